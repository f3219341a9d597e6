package io.storylines.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code runs} table: one row per successful run published to this output folder, newest
 * included, so an analyst can see which run produced the tables and how earlier runs compared.
 */
public final class RunsTable {
  public static final String NAME = "runs";

  public static final StructType REASON_COUNT =
      new StructType()
          .add("reason", DataTypes.StringType)
          .add("records", DataTypes.LongType);

  public static final StructType STAGE_SECONDS =
      new StructType()
          .add("stage", DataTypes.StringType)
          .add("seconds", DataTypes.DoubleType);

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add("run_id", DataTypes.StringType)
              .add("started_at", DataTypes.TimestampType)
              .add("ended_at", DataTypes.TimestampType)
              .add("storylines_version", DataTypes.StringType)
              .add("spark_version", DataTypes.StringType)
              .add("java_version", DataTypes.StringType)
              .add("arguments", DataTypes.createArrayType(DataTypes.StringType))
              .add("config_hash", DataTypes.StringType)
              .add("input_files", DataTypes.LongType)
              .add("input_bytes", DataTypes.LongType)
              .add("records_read", DataTypes.LongType)
              .add("articles_accepted", DataTypes.LongType)
              .add("records_rejected", DataTypes.LongType)
              .add("rejected_by_reason", DataTypes.createArrayType(REASON_COUNT))
              .add("stage_seconds", DataTypes.createArrayType(STAGE_SECONDS))
              .add("topic_models", DataTypes.createArrayType(DataTypes.StringType))
              .add("manifest", DataTypes.StringType),
          List.of());

  private RunsTable() {}
}
