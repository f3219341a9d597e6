package io.storylines.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The contract of one published table: its name, its columns in order with their types, and its
 * Hive-style partition columns. Defined once per table (the {@code *Table} classes) and checked
 * before anything is written; docs/tables.md documents the same contract and a test compares them.
 */
public record TableSpec(String name, StructType schema, List<String> partitionColumns) {
  public TableSpec {
    partitionColumns = List.copyOf(partitionColumns);
    for (String partition : partitionColumns) {
      schema.fieldIndex(partition);
    }
  }

  public List<String> columnNames() {
    return List.of(schema.fieldNames());
  }

  /** Column name to Spark SQL type name ({@code string}, {@code timestamp}, {@code array<double>}). */
  public Map<String, String> columnTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    for (StructField field : schema.fields()) {
      types.put(field.name(), field.dataType().simpleString());
    }
    return types;
  }

  /**
   * Selects this table's columns, in order, from a wider Dataset, and checks their types.
   *
   * @throws IllegalStateException naming the missing column or the wrong type
   */
  public Dataset<Row> select(Dataset<Row> data) {
    StructType actual = data.schema();
    List<Column> columns = new ArrayList<>();
    for (StructField expected : schema.fields()) {
      int index;
      try {
        index = actual.fieldIndex(expected.name());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "table " + name + ": column '" + expected.name() + "' is missing from " + actual.simpleString(), e);
      }
      DataType type = actual.fields()[index].dataType();
      if (!type.sameType(expected.dataType())) {
        throw new IllegalStateException(
            "table " + name + ": column '" + expected.name() + "' is " + type.simpleString()
                + ", expected " + expected.dataType().simpleString());
      }
      columns.add(functions.col(expected.name()));
    }
    return data.select(columns.toArray(new Column[0]));
  }
}
