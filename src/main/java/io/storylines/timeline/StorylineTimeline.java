package io.storylines.timeline;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark stage: each storyline's coverage per period and slice ({@link Slices}): how many stories
 * the slice has, how many belong to the storyline and their share, the sentences that co-mention
 * its anchors, the share of its stories that take each frame, its most mentioned entities and
 * pairs, and, per language, the mean topic mixture of its articles.
 *
 * <p>Every count is given deduplicated, each near-duplicate cluster ({@code dup_cluster}) once, and
 * raw ({@code _raw}), every article. A cluster is in a slice when one of its articles is; it is a
 * storyline story there when one of those articles is a storyline article. For the sums over a
 * cluster's articles (co-mention sentences), a cluster counts with its article that has the most.
 * Every storyline of the run has a row for every slice with articles, with zeros where the slice
 * has none of its stories, so that the rows add up over languages and, raw, over sources, and a
 * storyline that matched nothing reads as zeros, not as a storyline that was not run.
 *
 * <p>Inputs: the accepted articles ({@code article_id, dup_cluster, period, lang, source}), the
 * {@code storyline_articles} rows, the mentions ({@code article_id, entity_id}) and the {@code
 * doc_topics} rows.
 */
public final class StorylineTimeline {
  private final List<String> storylineIds;

  /** @param storylineIds the run's storylines, each of which gets its rows, matched or not */
  public StorylineTimeline(List<String> storylineIds) {
    this.storylineIds = List.copyOf(storylineIds);
  }

  /** Entities and pairs listed per row. */
  public static final int TOP = 10;

  private static final List<String> SLICE = List.of("storyline_id", "period", "lang", "source");

  /** The frame shares of a slice whose storyline stories take no frame, or that has none. */
  private static final Column NO_FRAMES =
      org.apache.spark.sql.functions.map().cast(DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType));

  public Dataset<Row> apply(
      Dataset<Row> articles, Dataset<Row> storylineArticles, Dataset<Row> mentions, Dataset<Row> docTopics) {
    Dataset<Row> base =
        articles.select(col("article_id"), col("dup_cluster"), col("period"), col("lang"), col("source"));
    // Stories per slice, whatever the storyline.
    Dataset<Row> totals =
        Slices.explodeAll(base)
            .groupBy(col("period"), col("lang"), col("source"))
            .agg(countDistinct(col("dup_cluster")).as("n_articles"), count(lit(1)).as("n_articles_raw"));

    Dataset<Row> members =
        storylineArticles
            .select(
                col("storyline_id"), col("article_id"), col("anchor_sentences"), col("frames"))
            .join(base, "article_id");
    // Not cached: the storyline's articles are few, and a cache here would outlive the stage.
    Dataset<Row> sliced = Slices.explodeAll(members);
    // One row per storyline, slice and cluster, then per slice.
    Dataset<Row> clusters =
        sliced
            .groupBy(col("storyline_id"), col("period"), col("lang"), col("source"), col("dup_cluster"))
            .agg(
                count(lit(1)).as("articles"),
                max(col("anchor_sentences")).as("anchor_sentences"),
                sum(col("anchor_sentences")).as("anchor_sentences_raw"),
                array_distinct(flatten(collect_list(col("frames")))).as("frames"));
    Dataset<Row> perSlice =
        clusters
            .groupBy(col("storyline_id"), col("period"), col("lang"), col("source"))
            .agg(
                count(lit(1)).as("n_storyline"),
                sum(col("articles")).as("n_storyline_raw"),
                sum(col("anchor_sentences")).as("n_comention_sentences"),
                sum(col("anchor_sentences_raw")).as("n_comention_sentences_raw"));

    Dataset<Row> frames = frameShares(clusters, sliced, perSlice);
    Dataset<Row> entities = topEntities(sliced, mentions);
    Dataset<Row> pairs = topPairs(sliced, mentions);
    Dataset<Row> topics = meanTopics(sliced, docTopics);

    scala.collection.immutable.Seq<String> slice = seq(SLICE);
    // Every storyline of the run has a row for every slice with articles: a period in which a
    // language or outlet ran none of its stories is a row with share 0, not a gap in the time
    // series. (Storylines are few; the slices are those of entity_timeline.)
    Dataset<Row> everySlice =
        articles.sparkSession()
            .createDataset(storylineIds, Encoders.STRING())
            .toDF("storyline_id")
            .crossJoin(totals);
    return everySlice
        .join(perSlice, slice, "left")
        .withColumn("n_storyline", coalesce(col("n_storyline"), lit(0L)))
        .withColumn("n_storyline_raw", coalesce(col("n_storyline_raw"), lit(0L)))
        .withColumn("n_comention_sentences", coalesce(col("n_comention_sentences"), lit(0L)))
        .withColumn("n_comention_sentences_raw", coalesce(col("n_comention_sentences_raw"), lit(0L)))
        .join(frames, slice, "left")
        .join(entities, slice, "left")
        .join(pairs, slice, "left")
        .join(topics, slice, "left")
        .withColumn("share", col("n_storyline").divide(col("n_articles")))
        .withColumn("share_raw", col("n_storyline_raw").divide(col("n_articles_raw")))
        .withColumn("top_entities", coalesce(col("top_entities"), emptyTop("entity_id")))
        .withColumn("top_pairs", coalesce(col("top_pairs"), emptyTop("pair")))
        .withColumn("frame_shares", coalesce(col("frame_shares"), NO_FRAMES))
        .withColumn("frame_shares_raw", coalesce(col("frame_shares_raw"), NO_FRAMES));
  }

  /** Per slice: for each frame, the share of storyline stories (and articles) that take it. */
  private static Dataset<Row> frameShares(Dataset<Row> clusters, Dataset<Row> sliced, Dataset<Row> perSlice) {
    Dataset<Row> stories =
        clusters
            .select(col("storyline_id"), col("period"), col("lang"), col("source"), explode(col("frames")).as("frame"))
            .groupBy(col("storyline_id"), col("period"), col("lang"), col("source"), col("frame"))
            .agg(count(lit(1)).as("n"));
    Dataset<Row> articles =
        sliced
            .select(col("storyline_id"), col("period"), col("lang"), col("source"), explode(col("frames")).as("frame"))
            .groupBy(col("storyline_id"), col("period"), col("lang"), col("source"), col("frame"))
            .agg(count(lit(1)).as("n_raw"));
    // The slice's storyline stories and articles, as counted for the row itself.
    Dataset<Row> denominators =
        perSlice.select(
            col("storyline_id"), col("period"), col("lang"), col("source"),
            col("n_storyline").as("d"), col("n_storyline_raw").as("d_raw"));
    scala.collection.immutable.Seq<String> key = seq(List.of("storyline_id", "period", "lang", "source", "frame"));
    return stories
        .join(articles, key)
        .join(denominators, seq(SLICE))
        .groupBy(col("storyline_id"), col("period"), col("lang"), col("source"))
        .agg(
            // Entries sorted by frame: a map's order is part of its Parquet value, and a rerun
            // (or a cluster run) must write the same bytes.
            map_from_entries(
                    org.apache.spark.sql.functions.array_sort(
                        collect_list(struct(col("frame"), col("n").divide(col("d"))))))
                .as("frame_shares"),
            map_from_entries(
                    org.apache.spark.sql.functions.array_sort(
                        collect_list(struct(col("frame"), col("n_raw").divide(col("d_raw"))))))
                .as("frame_shares_raw"));
  }

  /** Per slice: the entities in most storyline stories, with their counts, best first. */
  private static Dataset<Row> topEntities(Dataset<Row> sliced, Dataset<Row> mentions) {
    Dataset<Row> counts =
        sliced
            .select(col("storyline_id"), col("period"), col("lang"), col("source"), col("dup_cluster"), col("article_id"))
            .join(mentions.select(col("article_id"), col("entity_id")).distinct(), "article_id")
            .groupBy(col("storyline_id"), col("period"), col("lang"), col("source"), col("entity_id"))
            .agg(countDistinct(col("dup_cluster")).as("n_articles"));
    return top(counts, "entity_id", "top_entities");
  }

  /** Per slice: the entity pairs mentioned together in most storyline stories (in one article). */
  private static Dataset<Row> topPairs(Dataset<Row> sliced, Dataset<Row> mentions) {
    Dataset<Row> pairsOfArticle = pairsOfArticle(mentions);
    Dataset<Row> counts =
        sliced
            .select(col("storyline_id"), col("period"), col("lang"), col("source"), col("dup_cluster"), col("article_id"))
            .join(pairsOfArticle, "article_id")
            .groupBy(col("storyline_id"), col("period"), col("lang"), col("source"), col("pair"))
            .agg(countDistinct(col("dup_cluster")).as("n_articles"));
    return top(counts, "pair", "top_pairs");
  }

  /** Each article's pairs of distinct entities, as {@code "a|b"} with a before b. */
  static Dataset<Row> pairsOfArticle(Dataset<Row> mentions) {
    Dataset<Row> entities = mentions.select(col("article_id"), col("entity_id")).distinct();
    return entities
        .as("a")
        .join(
            entities.as("b"),
            col("a.article_id").equalTo(col("b.article_id")).and(col("a.entity_id").lt(col("b.entity_id"))))
        .select(
            col("a.article_id").as("article_id"),
            org.apache.spark.sql.functions.concat_ws("|", col("a.entity_id"), col("b.entity_id")).as("pair"));
  }

  private static Dataset<Row> top(Dataset<Row> counts, String item, String name) {
    Column[] slice = SLICE.stream().map(c -> col(c)).toArray(Column[]::new);
    return counts
        .withColumn(
            "rank",
            row_number()
                .over(Window.partitionBy(slice).orderBy(col("n_articles").desc(), col(item).asc())))
        .filter(col("rank").leq(TOP))
        .groupBy(slice)
        .agg(
            org.apache.spark.sql.functions.array_sort(
                    collect_list(struct(col("rank"), col(item), col("n_articles"))))
                .as("ranked"))
        .withColumn(
            name,
            org.apache.spark.sql.functions.transform(
                col("ranked"), r -> struct(r.getField(item).as(item), r.getField("n_articles").as("n_articles"))))
        .drop("ranked");
  }

  private static Column emptyTop(String item) {
    return org.apache.spark.sql.functions.array()
        .cast(
            DataTypes.createArrayType(
                new org.apache.spark.sql.types.StructType()
                    .add(item, DataTypes.StringType)
                    .add("n_articles", DataTypes.LongType, false)));
  }

  /**
   * Per language slice: the mean topic weights of the storyline's scored articles, and the model
   * they come from. A {@code lang = '*'} row has none: the languages' models have different topics.
   */
  private static Dataset<Row> meanTopics(Dataset<Row> sliced, Dataset<Row> docTopics) {
    Dataset<Row> weighted =
        sliced
            .filter(col("lang").notEqual(lit(Slices.ALL)))
            .select(col("storyline_id"), col("period"), col("lang"), col("source"), col("article_id"))
            .join(docTopics.select(col("article_id"), col("model_id"), col("topic_weights")), "article_id");
    Dataset<Row> perTopic =
        weighted
            .select(
                col("storyline_id"), col("period"), col("lang"), col("source"), col("model_id"),
                org.apache.spark.sql.functions.posexplode(col("topic_weights")).as(new String[] {"topic", "w"}))
            .groupBy(col("storyline_id"), col("period"), col("lang"), col("source"), col("model_id"), col("topic"))
            .agg(org.apache.spark.sql.functions.avg(col("w")).as("w"));
    return perTopic
        .groupBy(col("storyline_id"), col("period"), col("lang"), col("source"))
        .agg(
            first(col("model_id")).as("topic_model_id"),
            org.apache.spark.sql.functions.array_sort(collect_list(struct(col("topic"), col("w")))).as("ranked"))
        .withColumn(
            "mean_topic_weights",
            org.apache.spark.sql.functions.transform(col("ranked"), r -> r.getField("w")))
        .drop("ranked");
  }

  static scala.collection.immutable.Seq<String> seq(List<String> columns) {
    return CollectionConverters.asScala(columns).toSeq();
  }
}
