package io.storylines.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code entity_candidates} table: names the gazetteer lacks, for analysts to review. */
public final class EntityCandidatesTable {
  public static final String NAME = "entity_candidates";

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add("lang", DataTypes.StringType)
              .add("key", DataTypes.StringType)
              .add("surface", DataTypes.StringType)
              .add("rule", DataTypes.StringType)
              .add("n_articles", DataTypes.LongType)
              .add("n_mentions", DataTypes.LongType)
              .add("first_seen", DataTypes.TimestampType)
              .add("last_seen", DataTypes.TimestampType)
              .add("first_context", DataTypes.StringType)
              .add("last_context", DataTypes.StringType),
          List.of());

  private EntityCandidatesTable() {}
}
