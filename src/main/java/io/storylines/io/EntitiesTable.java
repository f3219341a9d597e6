package io.storylines.io;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code entities} table: one row per gazetteer entity, with how often it was mentioned. */
public final class EntitiesTable {
  public static final String NAME = "entities";

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add("entity_id", DataTypes.StringType)
              .add("name", DataTypes.StringType)
              .add("type", DataTypes.StringType)
              .add("wikidata", DataTypes.StringType)
              .add("n_articles", DataTypes.LongType)
              .add("n_mentions", DataTypes.LongType)
              .add("first_seen", DataTypes.TimestampType)
              .add("last_seen", DataTypes.TimestampType)
              .add("n_articles_ar", DataTypes.LongType)
              .add("n_articles_en", DataTypes.LongType)
              .add("n_articles_tr", DataTypes.LongType)
              .add("n_articles_other", DataTypes.LongType),
          List.of());

  private EntitiesTable() {}
}
