package io.storylines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Compares one table of two output folders row for row: the cluster run against the embedded one,
 * a rerun against the first run, an appended output against a full run. Doubles match within
 * {@link #TOLERANCE}, because sums added in another order differ in their last bits; every other
 * value matches exactly.
 */
public final class SameTables {
  /** Absolute and relative: float sums in another order differ in their last bits, no more. */
  public static final double TOLERANCE = 1e-9;

  /** {@code runs} columns that describe the run (its id, clock, arguments) rather than the data. */
  public static final Set<String> RUN_SPECIFIC =
      Set.of("run_id", "started_at", "ended_at", "arguments", "config_hash", "stage_seconds", "manifest");

  private SameTables() {}

  /**
   * Two output folders published the same tables (the lists of their run manifests,
   * {@code _run.json}), each holding the same rows ({@link #assertSameRows}).
   */
  public static void assertSameOutputs(SparkSession spark, Path expectedOut, Path actualOut)
      throws IOException {
    JsonNode expected = new ObjectMapper().readTree(expectedOut.resolve("_run.json").toFile());
    JsonNode actual = new ObjectMapper().readTree(actualOut.resolve("_run.json").toFile());
    Set<String> tables = new TreeSet<>();
    expected.get("tables").fieldNames().forEachRemaining(tables::add);
    Set<String> actualTables = new TreeSet<>();
    actual.get("tables").fieldNames().forEachRemaining(actualTables::add);
    assertEquals(tables, actualTables, "published tables");
    for (String table : tables) {
      assertSameRows(
          spark, table, expectedOut, expected.get("run_id").asText(), actualOut,
          actual.get("run_id").asText());
    }
  }

  /**
   * The two outputs' {@code table} hold the same rows: same schema and count, and, sorted by their
   * values other than doubles, pairwise equal (doubles within {@link #TOLERANCE}). Each run's id
   * reads {@code RUN} in strings (topic model ids end with it).
   */
  public static void assertSameRows(
      SparkSession spark, String table, Path expectedOut, String expectedRun, Path actualOut,
      String actualRun) {
    Dataset<Row> expected = spark.read().parquet(expectedOut.resolve(table).toString());
    Dataset<Row> actual = spark.read().parquet(actualOut.resolve(table).toString());
    if (table.equals("runs")) {
      expected = expected.drop(RUN_SPECIFIC.toArray(String[]::new));
      actual = actual.drop(RUN_SPECIFIC.toArray(String[]::new));
    }
    assertEquals(expected.schema(), actual.schema(), table);
    List<List<Object>> expectedRows = sortedRows(expected, expectedRun);
    List<List<Object>> actualRows = sortedRows(actual, actualRun);
    assertEquals(expectedRows.size(), actualRows.size(), table + " rows");
    assertTrue(expectedRows.size() > 0 || table.equals("entity_candidates"), table + " is empty");
    for (int i = 0; i < expectedRows.size(); i++) {
      assertClose(expectedRows.get(i), actualRows.get(i), table + " row " + expectedRows.get(i));
    }
  }

  private static List<List<Object>> sortedRows(Dataset<Row> table, String runId) {
    StructType schema = table.schema();
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : table.collectAsList()) {
      @SuppressWarnings("unchecked")
      List<Object> values = (List<Object>) plain(row, schema, runId);
      rows.add(values);
    }
    rows.sort(Comparator.comparing(SameTables::withoutDoubles).thenComparing(String::valueOf));
    return rows;
  }

  /** Structs and arrays as lists, binary as hex, the run's id as {@code RUN}. */
  private static Object plain(Object value, DataType type, String runId) {
    if (value == null) {
      return null;
    }
    if (type instanceof StructType struct) {
      Row row = (Row) value;
      List<Object> fields = new ArrayList<>();
      for (int i = 0; i < struct.fields().length; i++) {
        fields.add(plain(row.get(i), struct.fields()[i].dataType(), runId));
      }
      return fields;
    }
    if (type instanceof ArrayType array) {
      List<Object> items = new ArrayList<>();
      for (Object item : CollectionConverters.asJava((scala.collection.Seq<?>) value)) {
        items.add(plain(item, array.elementType(), runId));
      }
      return items;
    }
    if (value instanceof String text) {
      return text.replace(runId, "RUN");
    }
    if (value instanceof Float number) {
      return number.doubleValue();
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return value;
  }

  private static String withoutDoubles(Object value) {
    if (value instanceof Double) {
      return "~";
    }
    if (value instanceof List<?> list) {
      StringBuilder text = new StringBuilder("[");
      for (Object item : list) {
        text.append(withoutDoubles(item)).append(", ");
      }
      return text.append(']').toString();
    }
    return String.valueOf(value);
  }

  private static void assertClose(Object expected, Object actual, String where) {
    if (expected instanceof Double e && actual instanceof Double a) {
      double bound = TOLERANCE * Math.max(1, Math.max(Math.abs(e), Math.abs(a)));
      if (!(Math.abs(e - a) <= bound) && !e.equals(a)) {
        fail(where + ": " + e + " and " + a + " differ by " + Math.abs(e - a));
      }
    } else if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
      Iterator<?> others = a.iterator();
      for (Object item : e) {
        assertClose(item, others.next(), where);
      }
    } else {
      assertEquals(expected, actual, where);
    }
  }
}
