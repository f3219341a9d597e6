package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.SharedSpark;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedSpark.class)
class RejectDuplicateIdsTest {

  private static Row article(String file, long index, String id) {
    return OutcomeRows.toRow(
        IngestOutcome.accepted(
            file,
            index,
            "line " + (index + 1),
            "{}",
            new IngestOutcome.Article(
                id, "src", null, Instant.parse("2025-01-01T00:00:00Z"), "2025-01", null, null, "b")));
  }

  private static Row reject(String file, long index) {
    return OutcomeRows.toRow(
        IngestOutcome.rejected(
            file, index, "line " + (index + 1), "{", RejectReason.MALFORMED_RECORD, "bad"));
  }

  private static Map<String, Row> byLocation(Dataset<Row> rows) {
    Map<String, Row> out = new TreeMap<>();
    for (Row row : rows.collectAsList()) {
      out.put(row.getAs(OutcomeRows.INPUT_FILE) + "#" + row.getAs(OutcomeRows.RECORD_INDEX), row);
    }
    return out;
  }

  @Test
  void firstReadByFileThenPositionStaysAcceptedAndLaterCopiesAreRejected(SparkSession spark) {
    List<Row> rows =
        List.of(
            article("file:/b.jsonl", 0, "src:1"),
            article("file:/a.jsonl", 5, "src:1"),
            article("file:/a.jsonl", 2, "src:1"),
            article("file:/a.jsonl", 3, "src:2"),
            reject("file:/a.jsonl", 4));
    Dataset<Row> checked =
        new RejectDuplicateIds().apply(spark.createDataFrame(rows, OutcomeRows.SCHEMA));
    Map<String, Row> result = byLocation(checked);
    assertEquals(5, result.size(), "the stage keeps every row");
    assertTrue((boolean) result.get("file:/a.jsonl#2").getAs(OutcomeRows.ACCEPTED));
    assertTrue((boolean) result.get("file:/a.jsonl#3").getAs(OutcomeRows.ACCEPTED));
    for (String later : List.of("file:/a.jsonl#5", "file:/b.jsonl#0")) {
      Row row = result.get(later);
      assertEquals(false, row.getAs(OutcomeRows.ACCEPTED), later);
      assertEquals("duplicate_id", row.getAs(OutcomeRows.REASON), later);
      assertEquals("ids", row.getAs(OutcomeRows.STAGE), later);
      assertEquals(
          "article_id src:1 was first read from file:/a.jsonl at line 3",
          row.getAs(OutcomeRows.DETAIL));
    }
    Row untouched = result.get("file:/a.jsonl#4");
    assertEquals("malformed_record", untouched.getAs(OutcomeRows.REASON));
    assertEquals("ingest", untouched.getAs(OutcomeRows.STAGE));
    assertNull(result.get("file:/a.jsonl#2").getAs(OutcomeRows.REASON));
    assertEquals(OutcomeRows.SCHEMA.fieldNames().length, checked.schema().fieldNames().length);
  }
}
