package io.storylines.io;

import io.storylines.ingest.OutcomeRows;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code rejects} table: one row per record that did not become an article, with the reason. */
public final class RejectsTable {
  public static final String NAME = "rejects";

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add(OutcomeRows.REASON, DataTypes.StringType)
              .add(OutcomeRows.DETAIL, DataTypes.StringType)
              .add(OutcomeRows.STAGE, DataTypes.StringType)
              .add(OutcomeRows.INPUT_FILE, DataTypes.StringType)
              .add(OutcomeRows.INPUT_LOCATOR, DataTypes.StringType)
              .add(OutcomeRows.RAW, DataTypes.StringType),
          List.of());

  private RejectsTable() {}
}
