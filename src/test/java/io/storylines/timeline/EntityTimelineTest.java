package io.storylines.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storylines.testing.SharedSpark;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four articles of May 2025: a wire story filed by two English sources (a1 and its duplicate a2,
 * one cluster), an Arabic article a3 of s1 that mentions Syria twice, and an English a4 of s1 about
 * the United States.
 */
@ExtendWith(SharedSpark.class)
class EntityTimelineTest {
  private static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("dup_cluster", DataTypes.StringType)
          .add("period", DataTypes.StringType)
          .add("lang", DataTypes.StringType)
          .add("source", DataTypes.StringType);

  private static final StructType MENTIONS =
      new StructType().add("article_id", DataTypes.StringType).add("entity_id", DataTypes.StringType);

  private static Map<String, Row> timeline(SparkSession spark) {
    List<Row> articles =
        List.of(
            RowFactory.create("a1", "a1", "2025-05", "en", "s1"),
            RowFactory.create("a2", "a1", "2025-05", "en", "s2"),
            RowFactory.create("a3", "a3", "2025-05", "ar", "s1"),
            RowFactory.create("a4", "a4", "2025-05", "en", "s1"));
    List<Row> mentions =
        List.of(
            RowFactory.create("a1", "syria"),
            RowFactory.create("a2", "syria"),
            RowFactory.create("a3", "syria"),
            RowFactory.create("a3", "syria"),
            RowFactory.create("a4", "united_states"));
    Map<String, Row> rows = new HashMap<>();
    for (Row row :
        new EntityTimeline()
            .apply(spark.createDataFrame(articles, ARTICLES), spark.createDataFrame(mentions, MENTIONS))
            .collectAsList()) {
      rows.put(
          row.getAs("lang") + "/" + row.getAs("source") + "/" + row.getAs("entity_id"), row);
    }
    return rows;
  }

  private static long n(Row row, String column) {
    return row.getAs(column);
  }

  @Test
  void aSyndicatedStoryCountsOnceDeduplicatedAndTwiceRaw(SparkSession spark) {
    Row syria = timeline(spark).get("*/*/syria");
    assertEquals(2, n(syria, "n_articles"), "the wire story and the Arabic article");
    assertEquals(3, n(syria, "n_slice_articles"));
    assertEquals(3, n(syria, "n_articles_raw"));
    assertEquals(4, n(syria, "n_slice_articles_raw"));
    assertEquals(4, n(syria, "n_mentions_raw"));
    assertEquals(2.0 / 3, (double) syria.getAs("share"), 1e-12);
    assertEquals(3.0 / 4, (double) syria.getAs("share_raw"), 1e-12);
  }

  @Test
  void eachSliceCountsTheStoriesInIt(SparkSession spark) {
    Map<String, Row> rows = timeline(spark);
    assertEquals(1, n(rows.get("en/*/syria"), "n_articles"));
    assertEquals(2, n(rows.get("en/*/syria"), "n_articles_raw"));
    assertEquals(2, n(rows.get("en/*/syria"), "n_slice_articles"), "the wire story and a4");
    assertEquals(1, n(rows.get("*/s2/syria"), "n_articles"), "the duplicate is s2's only story");
    assertEquals(1.0, (double) rows.get("*/s2/syria").getAs("share"), 0.0);
    assertEquals(1, n(rows.get("en/s1/united_states"), "n_articles"));
    assertEquals(null, rows.get("ar/s1/united_states"), "no row for an entity a slice does not mention");
  }

  @Test
  void languagesSumToTheirTotalAndDeduplicatedNeverExceedsRaw(SparkSession spark) {
    Map<String, Row> rows = timeline(spark);
    assertEquals(
        n(rows.get("*/*/syria"), "n_articles"),
        n(rows.get("en/*/syria"), "n_articles") + n(rows.get("ar/*/syria"), "n_articles"));
    assertEquals(
        n(rows.get("*/*/syria"), "n_articles_raw"),
        n(rows.get("*/s1/syria"), "n_articles_raw") + n(rows.get("*/s2/syria"), "n_articles_raw"),
        "raw counts sum over sources too");
    for (Row row : rows.values()) {
      assertEquals(true, n(row, "n_articles") <= n(row, "n_articles_raw"), row.toString());
    }
  }
}
