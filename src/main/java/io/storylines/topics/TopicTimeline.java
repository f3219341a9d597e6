package io.storylines.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Spark stage: topic prevalence per period, from the articles' topic weights ({@link
 * FitTopics#DOC_TOPICS}). For each period, language, model and topic: {@code n_articles}, the
 * stories whose top topic it is; {@code weight_sum}, the sum of its weight over the period's
 * stories; and {@code share}, that sum over the number of the period's stories with topic weights
 * (each article's weights sum to 1, so a period's shares sum to 1).
 *
 * <p>A story is a near-duplicate cluster ({@code dup_cluster}), counted once in each period,
 * language and model it has articles in, as the entity and storyline timelines count it: a story
 * reprinted a month later counts in both months. Its weights there are those of one of its
 * articles of that period (the copies of a story have the same words, so the same weights): the
 * cluster's canonical article when it is there ({@code is_canonical}), else the smallest article
 * id. The {@code _raw} columns count every article. Without a {@code dup_cluster} column every
 * article is a story of its own.
 */
public final class TopicTimeline {
  public Dataset<Row> apply(Dataset<Row> docTopics) {
    java.util.List<String> columns = java.util.Arrays.asList(docTopics.columns());
    Column story = columns.contains("dup_cluster") ? col("dup_cluster") : col("article_id");
    Column canonical = columns.contains("is_canonical") ? col("is_canonical") : lit(true);
    WindowSpec slice = Window.partitionBy(col("period"), col("lang"), col("model_id"), story)
        .orderBy(canonical.desc(), col("article_id"));
    // Two selects: in one, Spark would number the rows after the explode, not the articles.
    Dataset<Row> weights =
        docTopics
            .select(
                col("period"),
                col("lang"),
                col("model_id"),
                col("top_topic"),
                col("topic_weights"),
                row_number().over(slice).equalTo(1).as("story"))
            .select(
                col("period"),
                col("lang"),
                col("model_id"),
                col("top_topic"),
                col("story"),
                posexplode(col("topic_weights")).as(new String[] {"topic_id", "weight"}));
    Column top = col("top_topic").equalTo(col("topic_id"));
    Dataset<Row> perTopic =
        weights
            .groupBy(col("period"), col("lang"), col("model_id"), col("topic_id"))
            .agg(
                count(when(top.and(col("story")), lit(1))).as("n_articles"),
                sum(when(col("story"), col("weight")).otherwise(0.0)).as("weight_sum"),
                count(when(top, lit(1))).as("n_articles_raw"),
                sum(col("weight")).as("weight_sum_raw"));
    WindowSpec period = Window.partitionBy(col("period"), col("lang"), col("model_id"));
    return perTopic
        .withColumn("topic_id", col("topic_id").cast(DataTypes.IntegerType))
        .withColumn("share", col("weight_sum").divide(sum(col("weight_sum")).over(period)))
        .withColumn("share_raw", col("weight_sum_raw").divide(sum(col("weight_sum_raw")).over(period)));
  }
}
