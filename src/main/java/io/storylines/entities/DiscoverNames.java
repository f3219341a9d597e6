package io.storylines.entities;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;

import io.storylines.ingest.OutcomeRows;
import io.storylines.text.AnalyzeText;
import io.storylines.text.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark stage: names that the gazetteer does not know ({@link NameDiscovery} on every accepted
 * article's body), counted across the corpus by language and match key. A name is a candidate
 * once it appears in at least {@code minArticles} articles; analysts review the candidates and
 * promote names into their own gazetteer file. Output: the {@code entity_candidates} table.
 */
public final class DiscoverNames {
  /** The default threshold: a name seen in one article only is too often noise. */
  public static final int DEFAULT_MIN_ARTICLES = 2;

  /** One name found in one sentence of one article. */
  static final StructType FOUND =
      new StructType()
          .add("key", DataTypes.StringType, false)
          .add("lang", DataTypes.StringType, true)
          .add("surface", DataTypes.StringType, false)
          .add("rule", DataTypes.StringType, false)
          .add("article_id", DataTypes.StringType, false)
          .add("published_at", DataTypes.TimestampType, true)
          .add("context", DataTypes.StringType, false);

  private final Gazetteer gazetteer;
  private final int minArticles;

  public DiscoverNames(Gazetteer gazetteer, int minArticles) {
    if (minArticles < 1) {
      throw new IllegalArgumentException("minArticles must be at least 1, not " + minArticles);
    }
    this.gazetteer = gazetteer;
    this.minArticles = minArticles;
  }

  public Dataset<Row> apply(Dataset<Row> analyzed) {
    Dataset<Row> found =
        analyzed
            .filter(col(OutcomeRows.ACCEPTED))
            .select(
                col(OutcomeRows.ARTICLE_ID),
                col(OutcomeRows.PUBLISHED_AT),
                col(OutcomeRows.LANG),
                col(OutcomeRows.BODY),
                col(AnalyzeText.SENTENCES))
            .flatMap(new NamesOfArticle(new EntityExtractor(gazetteer)), ExpressionEncoder.apply(FOUND));
    return candidates(found, minArticles);
  }

  /**
   * The names of {@code found} ({@link #FOUND}) in at least {@code minArticles} articles, each with
   * the surface and the rule found most often (the first in sort order when tied). The
   * contexts are those of the earliest and the latest dated article; of a name found only in
   * undated articles ({@code --undated keep}), those of the first and last article by id, and its
   * {@code first_seen} and {@code last_seen} are null.
   */
  static Dataset<Row> candidates(Dataset<Row> found, int minArticles) {
    Column undated = col("published_at").isNull();
    // Dated before undated, then by time; article id and context make ties deterministic.
    Column earliest = struct(undated, col("published_at"), col("article_id"), col("context"));
    Column latest = struct(not(undated), col("published_at"), col("article_id"), col("context"));
    return found
        .groupBy(col("lang"), col("key"))
        .agg(
            // The most frequent, the first in sort order when tied: Spark's plain mode and first
            // depend on the order of the rows, so a rerun on the same articles split otherwise into
            // files or partitions could name another surface or rule.
            mode(col("surface"), true).as("surface"),
            mode(col("rule"), true).as("rule"),
            countDistinct(col("article_id")).as("n_articles"),
            count(lit(1)).as("n_mentions"),
            min(col("published_at")).as("first_seen"),
            max(col("published_at")).as("last_seen"),
            min_by(col("context"), earliest).as("first_context"),
            max_by(col("context"), latest).as("last_context"))
        .filter(col("n_articles").geq(minArticles))
        .orderBy(col("n_articles").desc(), col("lang"), col("key"));
  }

  private static final class NamesOfArticle implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final EntityExtractor extractor;

    NamesOfArticle(EntityExtractor extractor) {
      this.extractor = extractor;
    }

    @Override
    public Iterator<Row> call(Row article) {
      String body = article.getString(3);
      List<Sentence> sentences =
          BodySentences.utf16(body, article.isNullAt(4) ? List.of() : article.getList(4));
      List<NameCandidate> names = extractor.discover(body, article.getString(2), sentences);
      if (names.isEmpty()) {
        return Collections.emptyIterator();
      }
      List<Row> rows = new ArrayList<>(names.size());
      for (NameCandidate name : names) {
        rows.add(
            RowFactory.create(
                name.key(),
                article.getString(2),
                name.surface(),
                name.rule(),
                article.getString(0),
                article.get(1),
                name.context()));
      }
      return rows.iterator();
    }
  }
}
