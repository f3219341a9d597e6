package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Parquet values as the text the mapper reads. */
class RowRecordFieldsTest {
  private static String field(Object value, org.apache.spark.sql.types.DataType type) throws Exception {
    StructType schema = new StructType().add("date", type);
    Row row = new GenericRowWithSchema(new Object[] {value}, schema);
    return new RowRecordFields(row, Set.of()).get("date");
  }

  /** pandas writes an integer column with a missing value as float64. */
  @Test
  void aFloatingPointEpochIsWrittenWithoutAnExponent() throws Exception {
    assertEquals("1712345678", field(1712345678.0, DataTypes.DoubleType));
    assertEquals("1712345678.5", field(1712345678.5, DataTypes.DoubleType));
    assertEquals("1712345678123", field(1.712345678123E12, DataTypes.DoubleType));
    assertEquals("2.5", field(2.5f, DataTypes.FloatType));
    assertEquals("0.1", field(0.1f, DataTypes.FloatType));
    assertEquals("NaN", field(Double.NaN, DataTypes.DoubleType));
    assertEquals("42", field(42L, DataTypes.LongType));
    assertEquals(
        "2024-04-05T19:34:38Z",
        new DateParser(java.util.List.of(), java.time.ZoneOffset.UTC, false)
            .parse(field(1712345678.0, DataTypes.DoubleType))
            .instant()
            .orElseThrow()
            .toString());
  }
}
