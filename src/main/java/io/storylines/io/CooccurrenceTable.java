package io.storylines.io;

import io.storylines.cooccurrence.CountCooccurrences;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code cooccurrence} table: one row per pair of entities, window ({@code scope}) and slice
 * (period, lang, source) of articles. Partitioned by {@code period}, the last column.
 */
public final class CooccurrenceTable {
  public static final String NAME = "cooccurrence";

  public static final TableSpec SPEC = new TableSpec(NAME, periodLast(), List.of("period"));

  private static StructType periodLast() {
    StructType table = new StructType();
    for (StructField field : CountCooccurrences.SCHEMA.fields()) {
      if (!field.name().equals("period")) {
        table = table.add(field.name(), field.dataType());
      }
    }
    return table.add("period", CountCooccurrences.SCHEMA.apply("period").dataType());
  }

  private CooccurrenceTable() {}
}
