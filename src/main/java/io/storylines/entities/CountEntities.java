package io.storylines.entities;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark stage: one row per gazetteer entity with its counts over the mentions ({@link
 * ExtractEntities#SCHEMA}): articles and mentions, first and last publication time, and articles
 * per language. Entities that no article mentions are listed with zero counts, so the table is
 * also the gazetteer as the run used it.
 */
public final class CountEntities {
  private static final StructType GAZETTEER =
      new StructType()
          .add("entity_id", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("wikidata", DataTypes.StringType, true);

  private final Gazetteer gazetteer;

  public CountEntities(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Dataset<Row> apply(SparkSession spark, Dataset<Row> mentions) {
    List<Row> rows = new ArrayList<>();
    for (GazetteerEntity entity : gazetteer.entities()) {
      rows.add(
          RowFactory.create(
              entity.entityId(), entity.name(), entity.type().name(), entity.wikidata()));
    }
    Dataset<Row> entities = spark.createDataFrame(rows, GAZETTEER);
    Column article = col("article_id");
    Column lang = col("lang");
    Dataset<Row> counts =
        mentions
            .groupBy(col("entity_id").as("counted_id"))
            .agg(
                countDistinct(article).as("n_articles"),
                count(lit(1)).as("n_mentions"),
                min(col("published_at")).as("first_seen"),
                max(col("published_at")).as("last_seen"),
                countDistinct(when(lang.equalTo("ar"), article)).as("n_articles_ar"),
                countDistinct(when(lang.equalTo("en"), article)).as("n_articles_en"),
                countDistinct(when(lang.equalTo("tr"), article)).as("n_articles_tr"),
                countDistinct(when(lang.isin("ar", "en", "tr").unary_$bang().or(lang.isNull()), article))
                    .as("n_articles_other"));
    Dataset<Row> joined =
        entities.join(counts, col("entity_id").equalTo(col("counted_id")), "left");
    for (String column :
        List.of(
            "n_articles",
            "n_mentions",
            "n_articles_ar",
            "n_articles_en",
            "n_articles_tr",
            "n_articles_other")) {
      joined = joined.withColumn(column, coalesce(col(column), lit(0L)));
    }
    return joined.drop("counted_id").orderBy(col("n_articles").desc(), col("entity_id"));
  }
}
