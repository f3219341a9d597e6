package io.storylines.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code storyline_shifts} table: per storyline, period and language, the entities and pairs
 * whose share of the storyline's stories rose or fell most against the periods before, and the
 * actors new to it. Partitioned by {@code period}.
 */
public final class StorylineShiftsTable {
  public static final String NAME = "storyline_shifts";

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add("storyline_id", DataTypes.StringType)
              .add("lang", DataTypes.StringType)
              .add("kind", DataTypes.StringType)
              .add("item", DataTypes.StringType)
              .add("direction", DataTypes.StringType)
              .add("rank", DataTypes.IntegerType)
              .add("is_new", DataTypes.BooleanType)
              .add("n_articles", DataTypes.LongType)
              .add("n_storyline", DataTypes.LongType)
              .add("share", DataTypes.DoubleType)
              .add("baseline_articles", DataTypes.LongType)
              .add("baseline_storyline", DataTypes.LongType)
              .add("baseline_share", DataTypes.DoubleType)
              .add("delta", DataTypes.DoubleType)
              .add("z", DataTypes.DoubleType)
              .add("period", DataTypes.StringType),
          List.of("period"));

  private StorylineShiftsTable() {}
}
