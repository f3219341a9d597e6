package io.storylines.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storylines.testing.SharedSpark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stage on a fixture small enough to count by hand. Five articles:
 *
 * <pre>
 *   a1  2025-05 en x   title: syria us     s0: syria us    s1: isis
 *   a2  2025-05 en y   s0: syria isis      s1: us
 *   a3  2025-05 ar x   s0: syria us
 *   a4  2025-05 ar x   (no mentions)
 *   a5  2025-06 en x   s0: syria us
 * </pre>
 */
@ExtendWith(SharedSpark.class)
class CountCooccurrencesTest {
  private static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("period", DataTypes.StringType)
          .add("lang", DataTypes.StringType)
          .add("source", DataTypes.StringType);
  private static final StructType MENTIONS =
      ARTICLES
          .add("part", DataTypes.StringType)
          .add("sentence_idx", DataTypes.IntegerType)
          .add("entity_id", DataTypes.StringType);

  private static Row article(String id, String period, String lang, String source) {
    return RowFactory.create(id, period, lang, source);
  }

  private static Row mention(String id, String period, String lang, String source, Integer sentence, String entity) {
    return RowFactory.create(id, period, lang, source, sentence == null ? "title" : "body", sentence, entity);
  }

  /** Rows keyed by "period scope lang source a b". */
  private static Map<String, Row> run(SparkSession spark, int minPairDocs) {
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                article("a1", "2025-05", "en", "x"),
                article("a2", "2025-05", "en", "y"),
                article("a3", "2025-05", "ar", "x"),
                article("a4", "2025-05", "ar", "x"),
                article("a5", "2025-06", "en", "x")),
            ARTICLES);
    List<Row> m = new ArrayList<>();
    m.add(mention("a1", "2025-05", "en", "x", null, "syria"));
    m.add(mention("a1", "2025-05", "en", "x", null, "us"));
    m.add(mention("a1", "2025-05", "en", "x", 0, "syria"));
    m.add(mention("a1", "2025-05", "en", "x", 0, "us"));
    m.add(mention("a1", "2025-05", "en", "x", 1, "isis"));
    m.add(mention("a2", "2025-05", "en", "y", 0, "syria"));
    m.add(mention("a2", "2025-05", "en", "y", 0, "isis"));
    m.add(mention("a2", "2025-05", "en", "y", 1, "us"));
    m.add(mention("a3", "2025-05", "ar", "x", 0, "syria"));
    m.add(mention("a3", "2025-05", "ar", "x", 0, "us"));
    m.add(mention("a5", "2025-06", "en", "x", 0, "syria"));
    m.add(mention("a5", "2025-06", "en", "x", 0, "us"));
    Dataset<Row> mentions = spark.createDataFrame(m, MENTIONS);
    Map<String, Row> rows = new HashMap<>();
    for (Row row : new CountCooccurrences(minPairDocs).apply(articles, mentions).collectAsList()) {
      String key = String.join(" ", row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5));
      assertNull(rows.put(key, row), "one row per key: " + key);
    }
    return rows;
  }

  private static void assertRow(
      Map<String, Row> rows, String key, long pair, long sentences, long a, long b, long n,
      double pmi, double npmi, double lift, double backbone) {
    Row row = rows.get(key);
    assertEquals(
        List.of(pair, sentences, a, b, n),
        List.of(row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10)),
        key + " counts");
    assertEquals(pmi, row.getDouble(11), 1e-9, key + " pmi");
    assertEquals(npmi, row.getDouble(12), 1e-9, key + " npmi");
    assertEquals(lift, row.getDouble(13), 1e-9, key + " lift");
    assertEquals(backbone, row.getDouble(14), 1e-9, key + " backbone_p");
  }

  @Test
  void allArticlesOfAPeriodByHand(SparkSession spark) {
    Map<String, Row> rows = run(spark, 1);
    double ln43 = Math.log(4.0 / 3.0);
    // article window, all languages and sources: N=4; syria 3, us 3, isis 2.
    // Backbone: isis s=4 k=2; syria s=5 k=2; us s=5 k=2.
    assertRow(rows, "2025-05 article * * syria us", 3, 3, 3, 3, 4, ln43, 1.0, 4.0 / 3, 0.4);
    assertRow(rows, "2025-05 article * * isis syria", 2, 1, 2, 3, 4, ln43, ln43 / Math.log(2), 4.0 / 3, 0.6);
    assertRow(rows, "2025-05 article * * isis us", 2, 0, 2, 3, 4, ln43, ln43 / Math.log(2), 4.0 / 3, 0.6);
    // sentence window: syria-us in a1 (title and s0) and a3; isis-syria in a2. syria s=3 k=2; isis, us k=1.
    assertRow(rows, "2025-05 sentence * * syria us", 2, 3, 3, 3, 4, Math.log(8.0 / 9), Math.log(8.0 / 9) / Math.log(2), 8.0 / 9, 1.0 / 3);
    assertRow(rows, "2025-05 sentence * * isis syria", 1, 1, 2, 3, 4, Math.log(4.0 / 6), Math.log(4.0 / 6) / Math.log(4), 4.0 / 6, 2.0 / 3);
    assertEquals(null, rows.get("2025-05 sentence * * isis us"), "never in one sentence");
  }

  @Test
  void slicesByLanguageAndSourceAddUpToTheTotals(SparkSession spark) {
    Map<String, Row> rows = run(spark, 1);
    // English, all sources: a1, a2; every entity in both, so every pair has p = 1.
    assertRow(rows, "2025-05 article en * syria us", 2, 2, 2, 2, 2, 0, 1, 1, 0.5);
    // Arabic, all sources: a3 and a4 (without mentions, but counted in N).
    assertRow(rows, "2025-05 article ar * syria us", 1, 1, 1, 1, 2, Math.log(2), 1, 2, 1);
    // Source x, all languages: a1, a3, a4.
    assertRow(rows, "2025-05 sentence * x syria us", 2, 3, 2, 2, 3, Math.log(1.5), 1, 1.5, 1);
    // One language and one source: a1 alone.
    assertRow(rows, "2025-05 sentence en x syria us", 1, 2, 1, 1, 1, 0, 1, 1, 1);
    long english = rows.get("2025-05 article en * syria us").getLong(6);
    long arabic = rows.get("2025-05 article ar * syria us").getLong(6);
    assertEquals(english + arabic, rows.get("2025-05 article * * syria us").getLong(6));
  }

  @Test
  void periodsAreCountedApart(SparkSession spark) {
    Map<String, Row> rows = run(spark, 1);
    assertRow(rows, "2025-06 sentence * * syria us", 1, 1, 1, 1, 1, 0, 1, 1, 1);
    assertEquals(null, rows.get("2025-06 article * * isis syria"));
  }

  @Test
  void minimumSupportDropsRowsButNotTheirWeightInTheBackbone(SparkSession spark) {
    Map<String, Row> rows = run(spark, 2);
    assertEquals(null, rows.get("2025-05 sentence * * isis syria"));
    assertEquals(null, rows.get("2025-06 sentence * * syria us"));
    // Still 1/3: isis-syria (weight 1) counts in syria's strength though it is not published.
    assertRow(rows, "2025-05 sentence * * syria us", 2, 3, 3, 3, 4, Math.log(8.0 / 9), Math.log(8.0 / 9) / Math.log(2), 8.0 / 9, 1.0 / 3);
    for (Row row : rows.values()) {
      assertEquals(true, row.getLong(6) >= 2, row.toString());
    }
  }

  @Test
  void minimumSupportMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new CountCooccurrences(0));
  }
}
