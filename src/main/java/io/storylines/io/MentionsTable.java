package io.storylines.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code mentions} table: one row per entity mention, partitioned by {@code period}. */
public final class MentionsTable {
  public static final String NAME = "mentions";

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add("article_id", DataTypes.StringType)
              .add("lang", DataTypes.StringType)
              .add("part", DataTypes.StringType)
              .add("sentence_idx", DataTypes.IntegerType)
              .add("entity_id", DataTypes.StringType)
              .add("entity_type", DataTypes.StringType)
              .add("surface", DataTypes.StringType)
              .add("char_start", DataTypes.IntegerType)
              .add("char_end", DataTypes.IntegerType)
              .add("adjectival", DataTypes.BooleanType)
              .add("method", DataTypes.StringType)
              .add("period", DataTypes.StringType),
          List.of("period"));

  private MentionsTable() {}
}
