package io.storylines.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code storyline_timeline} table: per storyline, period and slice, the storyline's stories,
 * their share of the slice, frames, top entities and pairs and mean topic weights, deduplicated
 * and raw. Partitioned by {@code period}.
 */
public final class StorylineTimelineTable {
  public static final String NAME = "storyline_timeline";

  private static StructType top(String item) {
    return new StructType().add(item, DataTypes.StringType).add("n_articles", DataTypes.LongType);
  }

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add("storyline_id", DataTypes.StringType)
              .add("lang", DataTypes.StringType)
              .add("source", DataTypes.StringType)
              .add("n_articles", DataTypes.LongType)
              .add("n_storyline", DataTypes.LongType)
              .add("share", DataTypes.DoubleType)
              .add("n_comention_sentences", DataTypes.LongType)
              .add("frame_shares", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
              .add("top_entities", DataTypes.createArrayType(top("entity_id")))
              .add("top_pairs", DataTypes.createArrayType(top("pair")))
              .add("topic_model_id", DataTypes.StringType)
              .add("mean_topic_weights", DataTypes.createArrayType(DataTypes.DoubleType))
              .add("n_articles_raw", DataTypes.LongType)
              .add("n_storyline_raw", DataTypes.LongType)
              .add("share_raw", DataTypes.DoubleType)
              .add("n_comention_sentences_raw", DataTypes.LongType)
              .add("frame_shares_raw", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
              .add("period", DataTypes.StringType),
          List.of("period"));

  private StorylineTimelineTable() {}
}
