package io.storylines.cooccurrence;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.storylines.ingest.OutcomeRows;
import io.storylines.run.StageCache;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import io.storylines.timeline.Slices;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.types.StructType;

/**
 * Spark stage: the entity co-occurrence network of every period, slice and window.
 *
 * <p>Input: the accepted articles (article_id, period, lang, source) and their mentions
 * (entities' {@code ExtractEntities#SCHEMA}, which carries the article's source). Output: {@link
 * #SCHEMA}, one row per pair of distinct entities (entity_a &lt; entity_b) that are together in at
 * least {@code minPairDocs} articles of a period, for each window ({@link Scope}) and each slice:
 * every (lang, source), every lang over all sources ({@code source = "*"}), every source over all
 * languages ({@code lang = "*"}), and everything ({@code "*", "*"}).
 *
 * <p>All of it stays distributed: an article's pairs are enumerated on the executor that holds its
 * mentions ({@link ArticlePairs}, lazily, so an article with 400 entities streams its 79,800 pairs),
 * counts are summed by a shuffle, and the node totals that PMI and the backbone need are joined
 * back. Nothing is collected and nothing is a cartesian product.
 *
 * <p>{@link #apply} caches the summed pair counts, which several branches of the plan read; call
 * {@link #release} when the result has been computed.
 *
 * <p>The backbone p-value ({@link DisparityFilter}) is computed on each slice's full network, all
 * pairs with at least one article, before the minimum-support filter drops rows; the edge weight
 * is {@code n_docs_pair}. PMI, NPMI and lift use document probabilities ({@link
 * PairAssociation}).
 */
public final class CountCooccurrences {
  /** The lang or source of a row that covers all of them. */
  public static final String ALL = Slices.ALL;

  public static final StructType SCHEMA =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("scope", DataTypes.StringType, false)
          .add("lang", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("entity_a", DataTypes.StringType, false)
          .add("entity_b", DataTypes.StringType, false)
          .add("n_docs_pair", DataTypes.LongType, false)
          .add("n_sentences_pair", DataTypes.LongType, false)
          .add("n_docs_a", DataTypes.LongType, false)
          .add("n_docs_b", DataTypes.LongType, false)
          .add("n_docs", DataTypes.LongType, false)
          .add("pmi", DataTypes.DoubleType, false)
          .add("npmi", DataTypes.DoubleType, false)
          .add("lift", DataTypes.DoubleType, false)
          .add("backbone_p", DataTypes.DoubleType, false);

  private static final StructType PAIRS =
      new StructType()
          .add("period", DataTypes.StringType, false)
          .add("lang", DataTypes.StringType, true)
          .add("source", DataTypes.StringType, true)
          .add("entity_a", DataTypes.StringType, false)
          .add("entity_b", DataTypes.StringType, false)
          .add("shared_sentences", DataTypes.IntegerType, false);

  private static final String[] SLICE = {"period", "lang", "source"};

  private final int minPairDocs;
  private final List<Dataset<Row>> cached = new ArrayList<>();

  public CountCooccurrences(int minPairDocs) {
    if (minPairDocs < 1) {
      throw new IllegalArgumentException("minPairDocs must be at least 1, got " + minPairDocs);
    }
    this.minPairDocs = minPairDocs;
  }

  public Dataset<Row> apply(Dataset<Row> articles, Dataset<Row> mentions) {
    Dataset<Row> pairs = pairsPerArticle(mentions);
    // Used four times below (two windows, two ends of each edge). Spark does not reuse the shuffle
    // of a plan with typed operations (the flatMap) across those branches, so without the cache
    // every article's pairs would be enumerated four times; release() drops it.
    Dataset<Row> pairCounts =
        StageCache.persist(
            inAllSlices(pairs)
                .groupBy(col("period"), col("lang"), col("source"), col("entity_a"), col("entity_b"))
                .agg(
                    count(lit(1)).as("n_docs_article"),
                    sum(when(col("shared_sentences").gt(0), 1L).otherwise(0L)).as("n_docs_sentence"),
                    sum(col("shared_sentences").cast(DataTypes.LongType)).as("n_sentences_pair")),
            StorageLevel.MEMORY_AND_DISK());
    cached.add(pairCounts);
    Dataset<Row> edges =
        edgesOfScope(pairCounts, Scope.ARTICLE, col("n_docs_article"))
            .unionByName(
                edgesOfScope(
                    pairCounts.filter(col("n_docs_sentence").gt(0)),
                    Scope.SENTENCE,
                    col("n_docs_sentence")));
    Dataset<Row> nodes = nodes(edges, entityDocs(mentions));
    Dataset<Row> slices =
        inAllSlices(articles.select(col(OutcomeRows.PERIOD), col(OutcomeRows.LANG), col(OutcomeRows.SOURCE)))
            .groupBy(SLICE[0], SLICE[1], SLICE[2])
            .agg(count(lit(1)).as("n_docs"));
    Dataset<Row> measured =
        edges
            .join(endpoint(nodes, "a"), keys("a"))
            .join(endpoint(nodes, "b"), keys("b"))
            .join(slices, List.of(SLICE).stream().map(c -> edges.col(c).equalTo(slices.col(c)))
                .reduce(Column::and).orElseThrow())
            .filter(col("n_docs_pair").geq(minPairDocs))
            .select(
                edges.col("period"),
                edges.col("scope"),
                edges.col("lang"),
                edges.col("source"),
                col("entity_a"),
                col("entity_b"),
                col("n_docs_pair"),
                col("n_sentences_pair"),
                col("n_docs_a"),
                col("n_docs_b"),
                col("n_docs"),
                col("strength_a"),
                col("degree_a"),
                col("strength_b"),
                col("degree_b"));
    return measured.map(new Measure(), ExpressionEncoder.apply(SCHEMA));
  }

  /**
   * Drops the intermediate results that {@link #apply} cached. Call it once the returned Dataset
   * has been computed (persisted and counted, or written).
   */
  public void release() {
    cached.forEach(Dataset::unpersist);
    cached.clear();
  }

  /** One row per article and pair of its entities, with the sentences they share. */
  private static Dataset<Row> pairsPerArticle(Dataset<Row> mentions) {
    Column sentence =
        when(col("part").equalTo("title"), lit(ArticlePairs.TITLE_SENTENCE))
            .when(col("sentence_idx").isNull(), lit(ArticlePairs.NO_SENTENCE))
            .otherwise(col("sentence_idx"));
    return mentions
        .groupBy(col("article_id"), col("period"), col("lang"), col("source"))
        .agg(collect_list(struct(col("entity_id"), sentence.as("sentence"))).as("mentions"))
        .flatMap(new PairsOfArticle(), ExpressionEncoder.apply(PAIRS));
  }

  private static Dataset<Row> inAllSlices(Dataset<Row> rows) {
    return Slices.explodeAll(rows);
  }

  private static Dataset<Row> edgesOfScope(Dataset<Row> pairCounts, Scope scope, Column nDocsPair) {
    return pairCounts.select(
        col("period"),
        lit(scope.code()).as("scope"),
        col("lang"),
        col("source"),
        col("entity_a"),
        col("entity_b"),
        nDocsPair.as("n_docs_pair"),
        col("n_sentences_pair"));
  }

  /** Articles per (period, lang, source) slice that mention each entity. */
  private static Dataset<Row> entityDocs(Dataset<Row> mentions) {
    Dataset<Row> distinct =
        mentions.select(col("article_id"), col("period"), col("lang"), col("source"), col("entity_id")).distinct();
    return inAllSlices(distinct)
        .groupBy(col("period"), col("lang"), col("source"), col("entity_id"))
        .agg(count(lit(1)).as("n_docs_entity"));
  }

  /** Per node of each network: its strength, its degree and its articles. */
  private static Dataset<Row> nodes(Dataset<Row> edges, Dataset<Row> entityDocs) {
    Dataset<Row> ends =
        edges
            .select(col("period"), col("scope"), col("lang"), col("source"), col("entity_a").as("entity_id"), col("n_docs_pair"))
            .unionByName(
                edges.select(
                    col("period"), col("scope"), col("lang"), col("source"), col("entity_b").as("entity_id"), col("n_docs_pair")));
    Dataset<Row> graph =
        ends.groupBy(col("period"), col("scope"), col("lang"), col("source"), col("entity_id"))
            .agg(sum(col("n_docs_pair")).as("strength"), count(lit(1)).as("degree"));
    return graph.join(entityDocs, new String[] {SLICE[0], SLICE[1], SLICE[2], "entity_id"});
  }

  /** The node table with its columns suffixed for one end of an edge. */
  private static Dataset<Row> endpoint(Dataset<Row> nodes, String end) {
    return nodes.select(
        col("period").as("period_" + end),
        col("scope").as("scope_" + end),
        col("lang").as("lang_" + end),
        col("source").as("source_" + end),
        col("entity_id").as("node_" + end),
        col("strength").as("strength_" + end),
        col("degree").as("degree_" + end),
        col("n_docs_entity").as("n_docs_" + end));
  }

  private static Column keys(String end) {
    return col("period").equalTo(col("period_" + end))
        .and(col("scope").equalTo(col("scope_" + end)))
        .and(col("lang").equalTo(col("lang_" + end)))
        .and(col("source").equalTo(col("source_" + end)))
        .and(col("entity_" + end).equalTo(col("node_" + end)));
  }

  private static final class PairsOfArticle implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row article) {
      List<Row> mentionRows = article.getList(4);
      List<ArticlePairs.Mention> mentions = new ArrayList<>(mentionRows.size());
      for (Row m : mentionRows) {
        mentions.add(new ArticlePairs.Mention(m.getString(0), m.getInt(1)));
      }
      Iterator<EntityPair> pairs = ArticlePairs.of(mentions).iterator();
      String period = article.getString(1);
      String lang = article.getString(2);
      String source = article.getString(3);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return pairs.hasNext();
        }

        @Override
        public Row next() {
          EntityPair pair = pairs.next();
          return RowFactory.create(
              period, lang, source, pair.entityA(), pair.entityB(), pair.sharedSentences());
        }
      };
    }
  }

  private static final class Measure implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(Row r) {
      long nPair = r.getLong(6);
      PairAssociation association =
          PairAssociation.of(nPair, r.getLong(8), r.getLong(9), r.getLong(10));
      double pA = DisparityFilter.nodePValue(nPair, r.getLong(11), r.getLong(12));
      double pB = DisparityFilter.nodePValue(nPair, r.getLong(13), r.getLong(14));
      return RowFactory.create(
          r.getString(0),
          r.getString(1),
          r.getString(2),
          r.getString(3),
          r.getString(4),
          r.getString(5),
          nPair,
          r.getLong(7),
          r.getLong(8),
          r.getLong(9),
          r.getLong(10),
          association.pmi(),
          association.npmi(),
          association.lift(),
          DisparityFilter.edgePValue(pA, pB));
    }
  }
}
