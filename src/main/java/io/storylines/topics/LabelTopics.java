package io.storylines.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark stage: names every topic by its top terms and the entities most associated with it
 * ({@link TopicEntities}), and lays out the rows of the {@code topics} and {@code topic_quality}
 * tables.
 *
 * <p>The association needs, per model, W(e, t) and N(e) for every entity and W(t) and N: one
 * aggregation over the articles' distinct entities joined to their topic weights. What reaches
 * the driver is entities × topics per model, bounded by the gazetteer, not by the corpus.
 */
public final class LabelTopics {
  /** Terms of the label. */
  public static final int LABEL_TERMS = 5;

  /** Entities of the label and of {@code top_entities}. */
  public static final int LABEL_ENTITIES = 3;

  /** An entity must be mentioned in this many scored articles to name a topic. */
  public static final int MIN_ENTITY_ARTICLES = 3;

  public static final StructType TOPICS =
      new StructType()
          .add("model_id", DataTypes.StringType, false)
          .add("lang", DataTypes.StringType, false)
          .add("topic_id", DataTypes.IntegerType, false)
          .add("rank", DataTypes.IntegerType, false)
          .add("term", DataTypes.StringType, false)
          .add("weight", DataTypes.DoubleType, false)
          .add("topic_label", DataTypes.StringType, false);

  public static final StructType TOPIC_QUALITY =
      new StructType()
          .add("model_id", DataTypes.StringType, false)
          .add("lang", DataTypes.StringType, false)
          .add("topic_id", DataTypes.IntegerType, false)
          .add("topic_label", DataTypes.StringType, false)
          .add("top_terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("term_doc_freq", DataTypes.createArrayType(DataTypes.LongType, false), false)
          .add("median_term_doc_freq", DataTypes.DoubleType, false)
          .add("npmi", DataTypes.DoubleType, true)
          .add("pairs_never_together", DataTypes.IntegerType, false)
          .add("n_docs", DataTypes.LongType, false)
          .add("top_entities", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("weight_share", DataTypes.DoubleType, false);

  /** The two tables' rows. */
  public record Labelled(List<Row> topics, List<Row> quality) {}

  private final Map<String, String> entityNames;

  /** @param entityNames display name per entity id (ids without one are shown as the id) */
  public LabelTopics(Map<String, String> entityNames) {
    this.entityNames = Map.copyOf(entityNames);
  }

  /**
   * @param topics the models' topics ({@link FitTopics.Result#topics()})
   * @param docTopics {@link FitTopics#DOC_TOPICS}
   * @param mentions rows with {@code article_id} and {@code entity_id}
   */
  public Labelled apply(List<FitTopics.Topic> topics, Dataset<Row> docTopics, Dataset<Row> mentions) {
    Map<String, Double> topicWeight = new HashMap<>();
    Map<String, Long> documents = new HashMap<>();
    for (Row row :
        docTopics
            .select(col("model_id"), posexplode(col("topic_weights")).as(new String[] {"topic_id", "w"}))
            .groupBy(col("model_id"), col("topic_id"))
            .agg(sum(col("w")), count(col("w")))
            .collectAsList()) {
      topicWeight.put(row.getString(0) + "\t" + row.getInt(1), row.getDouble(2));
      documents.put(row.getString(0), row.getLong(3));
    }
    Dataset<Row> articleEntities =
        mentions.select(col("article_id"), col("entity_id")).distinct()
            .join(docTopics.select(col("article_id"), col("model_id"), col("topic_weights")), "article_id");
    Map<String, Long> entityArticles = new HashMap<>();
    for (Row row : articleEntities.groupBy(col("model_id"), col("entity_id")).count().collectAsList()) {
      entityArticles.put(row.getString(0) + "\t" + row.getString(1), row.getLong(2));
    }
    Map<String, Map<String, Double>> entityWeights = new HashMap<>();
    for (Row row :
        articleEntities
            .select(
                col("model_id"), col("entity_id"),
                posexplode(col("topic_weights")).as(new String[] {"topic_id", "w"}))
            .groupBy(col("model_id"), col("topic_id"), col("entity_id"))
            .agg(sum(col("w")))
            .collectAsList()) {
      entityWeights
          .computeIfAbsent(row.getString(0) + "\t" + row.getInt(1), k -> new HashMap<>())
          .put(row.getString(2), row.getDouble(3));
    }

    TopicEntities ranker = new TopicEntities(MIN_ENTITY_ARTICLES);
    List<Row> topicRows = new ArrayList<>();
    List<Row> qualityRows = new ArrayList<>();
    for (FitTopics.Topic topic : topics) {
      String key = topic.modelId() + "\t" + topic.topicId();
      long n = documents.getOrDefault(topic.modelId(), 0L);
      Map<String, Long> articlesOfModel = new HashMap<>();
      String prefix = topic.modelId() + "\t";
      entityArticles.forEach(
          (k, v) -> {
            if (k.startsWith(prefix)) {
              articlesOfModel.put(k.substring(prefix.length()), v);
            }
          });
      double weight = topicWeight.getOrDefault(key, 0.0);
      List<TopicEntities.Association> associated =
          ranker.rank(weight, n, entityWeights.getOrDefault(key, Map.of()), articlesOfModel, LABEL_ENTITIES);
      List<String> ids = associated.stream().map(TopicEntities.Association::entityId).toList();
      List<String> names = ids.stream().map(id -> entityNames.getOrDefault(id, id)).toList();
      String label = TopicEntities.label(topic.terms(), names, LABEL_TERMS);
      for (int rank = 0; rank < topic.terms().size(); rank++) {
        topicRows.add(
            RowFactory.create(
                topic.modelId(), topic.lang(), topic.topicId(), rank + 1, topic.terms().get(rank),
                topic.weights().get(rank), label));
      }
      TopicCoherence.Quality quality = topic.quality();
      qualityRows.add(
          RowFactory.create(
              topic.modelId(), topic.lang(), topic.topicId(), label, quality.terms(), quality.documentFrequency(),
              quality.medianDocumentFrequency(), Double.isNaN(quality.npmi()) ? null : quality.npmi(),
              quality.pairsNeverTogether(), topic.documents(), ids, n == 0 ? 0.0 : weight / n));
    }
    return new Labelled(topicRows, qualityRows);
  }
}
