package io.storylines.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code storyline_articles} table: one row per storyline and article that its relevance rule
 * found, partitioned by {@code period}.
 */
public final class StorylineArticlesTable {
  public static final String NAME = "storyline_articles";

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add("storyline_id", DataTypes.StringType, false)
              .add("article_id", DataTypes.StringType, false)
              .add("lang", DataTypes.StringType, true)
              .add("source", DataTypes.StringType, true)
              .add("score", DataTypes.DoubleType, false)
              .add("frames", DataTypes.createArrayType(DataTypes.StringType, false), false)
              .add("frame_hits", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
              .add("evidence", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
              .add("anchor_sentences", DataTypes.IntegerType, false)
              .add("lexicon_hits", DataTypes.IntegerType, false)
              .add("period", DataTypes.StringType, false),
          List.of("period"));

  private StorylineArticlesTable() {}
}
