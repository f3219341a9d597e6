package io.storylines.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code topic_timeline} table: topic prevalence per period, partitioned by {@code period}. */
public final class TopicTimelineTable {
  public static final String NAME = "topic_timeline";

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add("lang", DataTypes.StringType)
              .add("model_id", DataTypes.StringType)
              .add("topic_id", DataTypes.IntegerType)
              .add("n_articles", DataTypes.LongType)
              .add("weight_sum", DataTypes.DoubleType)
              .add("share", DataTypes.DoubleType)
              .add("n_articles_raw", DataTypes.LongType)
              .add("weight_sum_raw", DataTypes.DoubleType)
              .add("share_raw", DataTypes.DoubleType)
              .add("period", DataTypes.StringType),
          List.of("period"));

  private TopicTimelineTable() {}
}
