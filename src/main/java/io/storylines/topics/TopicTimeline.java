package io.storylines.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
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
 * articles whose top topic it is; {@code weight_sum}, the sum of its weight over the period's
 * articles; and {@code share}, that sum over the number of the period's articles with topic
 * weights (each article's weights sum to 1, so a period's shares sum to 1).
 *
 * <p>These figures count each near-duplicate cluster once, through its canonical article (the
 * copies of a story have the same words, so the same weights); the {@code _raw} columns count
 * every article. Without an {@code is_canonical} column every article is canonical. In a period,
 * language and model whose articles are all copies of stories first published earlier, {@code
 * share} is null: there is no story of its own to share among the topics.
 */
public final class TopicTimeline {
  public Dataset<Row> apply(Dataset<Row> docTopics) {
    Column canonical =
        java.util.Arrays.asList(docTopics.columns()).contains("is_canonical")
            ? col("is_canonical")
            : lit(true);
    Dataset<Row> weights =
        docTopics.select(
            col("period"),
            col("lang"),
            col("model_id"),
            col("top_topic"),
            canonical.as("canonical"),
            posexplode(col("topic_weights")).as(new String[] {"topic_id", "weight"}));
    Column top = col("top_topic").equalTo(col("topic_id"));
    Dataset<Row> perTopic =
        weights
            .groupBy(col("period"), col("lang"), col("model_id"), col("topic_id"))
            .agg(
                count(when(top.and(col("canonical")), lit(1))).as("n_articles"),
                sum(when(col("canonical"), col("weight")).otherwise(0.0)).as("weight_sum"),
                count(when(top, lit(1))).as("n_articles_raw"),
                sum(col("weight")).as("weight_sum_raw"));
    WindowSpec period = Window.partitionBy(col("period"), col("lang"), col("model_id"));
    // A period whose articles are all copies of earlier stories has no canonical weight: its
    // deduplicated share is null (Spark's ANSI division by zero would fail the run).
    Column canonicalTotal = sum(col("weight_sum")).over(period);
    return perTopic
        .withColumn("topic_id", col("topic_id").cast(DataTypes.IntegerType))
        .withColumn("share", when(canonicalTotal.gt(0), col("weight_sum").divide(canonicalTotal)))
        .withColumn("share_raw", col("weight_sum_raw").divide(sum(col("weight_sum_raw")).over(period)));
  }
}
