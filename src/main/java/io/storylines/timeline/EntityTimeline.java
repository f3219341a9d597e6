package io.storylines.timeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark stage: how much of each period's coverage mentions each entity, per slice ({@link Slices}).
 *
 * <p>Counts are given twice. Deduplicated (the default reading): each near-duplicate cluster
 * ({@code dup_cluster}, the articles of one story filed more than once) counts once, so a wire
 * story syndicated by ten outlets is one story in the {@code "*"} source slice, and one in each
 * outlet's slice. Raw: every article counts. A cluster counts in a slice when any of its articles
 * in that slice mentions the entity; the deduplicated count is therefore never above the raw one.
 *
 * <p>Input: the accepted articles ({@code article_id, period, lang, source, dup_cluster}) and the
 * mentions ({@code article_id, entity_id}).
 */
public final class EntityTimeline {
  public Dataset<Row> apply(Dataset<Row> articles, Dataset<Row> mentions) {
    Dataset<Row> sliced =
        Slices.explodeAll(
            articles.select(col("article_id"), col("dup_cluster"), col("period"), col("lang"), col("source")));
    Dataset<Row> totals =
        sliced
            .groupBy(col("period"), col("lang"), col("source"))
            .agg(
                countDistinct(col("dup_cluster")).as("n_slice_articles"),
                count(lit(1)).as("n_slice_articles_raw"));
    Dataset<Row> perEntity =
        sliced
            .join(mentions.select(col("article_id"), col("entity_id")), "article_id")
            .groupBy(col("period"), col("lang"), col("source"), col("entity_id"))
            .agg(
                countDistinct(col("dup_cluster")).as("n_articles"),
                countDistinct(col("article_id")).as("n_articles_raw"),
                count(lit(1)).as("n_mentions_raw"));
    return perEntity
        .join(totals, scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of("period", "lang", "source")).toSeq())
        .withColumn("share", col("n_articles").divide(col("n_slice_articles")))
        .withColumn("share_raw", col("n_articles_raw").divide(col("n_slice_articles_raw")));
  }
}
