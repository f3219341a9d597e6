package io.storylines.ingest;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@link RecordFields} over a Spark {@link Row} read from Parquet. A dotted path walks into nested
 * structs; each step matches a column name exactly, else case-insensitively. Strings are returned as
 * they are; numbers and booleans as their literal text (floating-point numbers without an exponent
 * or a trailing {@code .0}: {@code 1712345678}, not {@code 1.712345678E9}); timestamps as ISO-8601 instants and dates as
 * ISO dates (so the date parser reads them); structs, arrays and maps are a wrong type.
 */
final class RowRecordFields implements RecordFields {
  private final Row row;
  private final Set<String> excluded;

  /** @param excluded top-level columns that are not part of the record (file metadata). */
  RowRecordFields(Row row, Set<String> excluded) {
    this.row = row;
    this.excluded = excluded;
  }

  @Override
  public String get(String path) throws WrongTypeException {
    Object value = row;
    StructType schema = row.schema();
    for (String step : path.split("\\.")) {
      if (!(value instanceof Row current) || schema == null) {
        return null;
      }
      int index = indexOf(schema, step, current == row);
      if (index < 0 || current.isNullAt(index)) {
        return null;
      }
      value = current.get(index);
      schema =
          schema.fields()[index].dataType() instanceof StructType nested ? nested : null;
    }
    if (value instanceof Row) {
      throw new WrongTypeException(path, "a struct");
    }
    if (value instanceof scala.collection.Iterable<?> || value instanceof java.util.Collection<?>) {
      throw new WrongTypeException(path, "a list or map");
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant().toString();
    }
    if (value instanceof java.time.Instant instant) {
      return instant.toString();
    }
    if (value instanceof byte[]) {
      throw new WrongTypeException(path, "binary");
    }
    // Without an exponent: pandas writes an integer column with a missing value as float64, and
    // Double.toString would turn the epoch 1712345678 into 1.712345678E9, which no date rule reads.
    if (value instanceof Double d && Double.isFinite(d)) {
      return plain(new java.math.BigDecimal(Double.toString(d)));
    }
    if (value instanceof Float f && Float.isFinite(f)) {
      return plain(new java.math.BigDecimal(Float.toString(f)));
    }
    return value.toString();
  }

  /** {@code 1.712345678E9} as {@code 1712345678}, {@code 2.5} as {@code 2.5}. */
  private static String plain(java.math.BigDecimal number) {
    java.math.BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  private int indexOf(StructType schema, String name, boolean topLevel) {
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].name().equals(name) && !(topLevel && excluded.contains(name))) {
        return i;
      }
    }
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].name().equalsIgnoreCase(name) && !(topLevel && excluded.contains(fields[i].name()))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (String name : row.schema().fieldNames()) {
      if (!excluded.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
