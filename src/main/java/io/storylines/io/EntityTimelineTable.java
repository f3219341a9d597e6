package io.storylines.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code entity_timeline} table: per period, slice and entity, the articles that mention it,
 * deduplicated and raw, and their share of the slice. Partitioned by {@code period}.
 */
public final class EntityTimelineTable {
  public static final String NAME = "entity_timeline";

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add("lang", DataTypes.StringType)
              .add("source", DataTypes.StringType)
              .add("entity_id", DataTypes.StringType)
              .add("n_articles", DataTypes.LongType)
              .add("n_slice_articles", DataTypes.LongType)
              .add("share", DataTypes.DoubleType)
              .add("n_articles_raw", DataTypes.LongType)
              .add("n_slice_articles_raw", DataTypes.LongType)
              .add("share_raw", DataTypes.DoubleType)
              .add("n_mentions_raw", DataTypes.LongType)
              .add("period", DataTypes.StringType),
          List.of("period"));

  private EntityTimelineTable() {}
}
