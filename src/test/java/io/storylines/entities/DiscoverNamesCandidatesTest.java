package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.SharedSpark;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How the names found in the articles become {@code entity_candidates} rows. */
@ExtendWith(SharedSpark.class)
class DiscoverNamesCandidatesTest {
  private static Row found(String key, String article, String publishedAt, String context) {
    return RowFactory.create(
        key, "en", key, "capitalized", article,
        publishedAt == null ? null : Timestamp.valueOf(publishedAt), context);
  }

  @Test
  void contextsAreTheEarliestAndLatestDatedArticlesAndUndatedOnlyNamesKeepTheirs(SparkSession spark) {
    List<Row> rows =
        List.of(
            found("idlib", "b", "2025-03-01 00:00:00", "march"),
            found("idlib", "a", "2025-01-01 00:00:00", "january"),
            found("idlib", "c", null, "undated"),
            found("raqqa", "y", null, "second"),
            found("raqqa", "x", null, "first"),
            found("homs", "h", null, "alone"));
    Map<String, Row> byKey = new HashMap<>();
    for (Row row :
        DiscoverNames.candidates(spark.createDataFrame(rows, DiscoverNames.FOUND), 2).collectAsList()) {
      byKey.put(row.getString(row.fieldIndex("key")), row);
    }

    assertEquals(2, byKey.size(), "homs is in one article only");
    Row idlib = byKey.get("idlib");
    assertEquals(3L, idlib.getLong(idlib.fieldIndex("n_articles")));
    assertEquals("january", idlib.getString(idlib.fieldIndex("first_context")));
    assertEquals("march", idlib.getString(idlib.fieldIndex("last_context")), "an undated article is not the latest");
    Row raqqa = byKey.get("raqqa");
    assertTrue(raqqa.isNullAt(raqqa.fieldIndex("first_seen")) && raqqa.isNullAt(raqqa.fieldIndex("last_seen")));
    assertEquals("first", raqqa.getString(raqqa.fieldIndex("first_context")), "by article id");
    assertEquals("second", raqqa.getString(raqqa.fieldIndex("last_context")));
  }

  /**
   * A name written two ways and found by two rules equally often gets the same surface and rule
   * whatever the order of its rows (which depends on how the input was split into files and
   * partitions): the most frequent, the first in sort order when tied.
   */
  @Test
  void surfaceAndRuleDoNotDependOnTheOrderOfTheRows(SparkSession spark) {
    Row first = RowFactory.create("palmyra", "en", "Palmyra", "trigger:city", "a", null, "one");
    Row second = RowFactory.create("palmyra", "en", "PALMYRA", "capitalized", "b", null, "two");
    Row third = RowFactory.create("palmyra", "en", "Palmyra", "capitalized", "c", null, "three");
    Row fourth = RowFactory.create("palmyra", "en", "PALMYRA", "trigger:city", "d", null, "four");
    for (List<Row> rows :
        List.of(List.of(first, second, third, fourth), List.of(fourth, third, second, first))) {
      Row palmyra =
          DiscoverNames.candidates(spark.createDataFrame(rows, DiscoverNames.FOUND).coalesce(1), 2).first();
      assertEquals("PALMYRA", palmyra.getString(palmyra.fieldIndex("surface")), rows.toString());
      assertEquals("capitalized", palmyra.getString(palmyra.fieldIndex("rule")), rows.toString());
    }
  }
}
