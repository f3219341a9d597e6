package io.storylines.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;

import io.storylines.ingest.OutcomeRows;
import io.storylines.run.StageCache;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Spark stage: near-duplicate clusters of the accepted articles. Two articles are
 * <em>duplicates</em> when the Jaccard similarity of their word shingle sets ({@link WordShingles})
 * is at least the threshold; a <em>cluster</em> is a connected component of duplicates (so A ~ B and
 * B ~ C put A, B and C in one cluster even when A and C are further apart); its <em>canonical</em>
 * article is the first in {@link CanonicalOrder} (earliest published, then smallest id), and the
 * cluster is named by the canonical article's id.
 *
 * <p>Input: articles with the columns {@code article_id}, {@code published_at}, {@code lang},
 * {@code title} and {@code body} (the text stage's accepted rows). Output ({@link #SCHEMA}): one row
 * per input article with {@code article_id}, {@code dup_cluster} (its own id for an article with no
 * duplicate) and {@code is_canonical}. In order:
 *
 * <ol>
 *   <li><b>Fingerprints</b>, one pure-Java {@link ArticleFingerprint.Maker} per partition: order
 *       key, hash of the shingle set, and band keys of the MinHash signature. Articles without a
 *       word are never hashed and stay alone.
 *   <li><b>Same content</b>: articles with equal shingle-set hashes are duplicates at once (J = 1);
 *       each is linked to the first of its group, and only that first one goes on. Exact copies,
 *       however many, thus cost no pairs.
 *   <li><b>Candidates</b>: pairs of those that share a band key (a self-join on the key).
 *   <li><b>Verification</b>: the candidates' shingle sets are computed again and their exact
 *       Jaccard similarity kept where it reaches the threshold.
 *   <li><b>Clusters</b>: {@link ConnectComponents} over both kinds of links, labelled by the
 *       smallest order key, which is the canonical article's.
 * </ol>
 *
 * <p>Nothing is collected to the driver. The pairs of a band key grow with the square of the
 * articles that share it; exact copies share every key, which is why step 2 comes first.
 */
public final class FindDuplicates {
  public static final String STAGE = "dedup";
  public static final String DUP_CLUSTER = "dup_cluster";
  public static final String IS_CANONICAL = "is_canonical";

  public static final StructType SCHEMA =
      new StructType()
          .add(OutcomeRows.ARTICLE_ID, DataTypes.StringType, false)
          .add(DUP_CLUSTER, DataTypes.StringType, false)
          .add(IS_CANONICAL, DataTypes.BooleanType, false);

  static final String ORDER_KEY = "order_key";
  static final String CONTENT_HASH = "content_hash";
  static final String BAND_KEYS = "band_keys";
  static final String SHINGLES = "shingles";

  static final StructType FINGERPRINTS =
      new StructType()
          .add(ORDER_KEY, DataTypes.StringType, false)
          .add(CONTENT_HASH, DataTypes.LongType, true)
          .add(BAND_KEYS, DataTypes.createArrayType(DataTypes.LongType, false), false);

  static final StructType SHINGLE_SETS =
      new StructType()
          .add(ORDER_KEY, DataTypes.StringType, false)
          .add(SHINGLES, DataTypes.createArrayType(DataTypes.LongType, false), false);

  private static final String[] INPUT = {
    OutcomeRows.ARTICLE_ID, OutcomeRows.PUBLISHED_AT, OutcomeRows.TITLE, OutcomeRows.BODY, OutcomeRows.LANG
  };

  private final DedupSettings settings;

  public FindDuplicates(DedupSettings settings) {
    this.settings = settings.validate();
  }

  /**
   * The clusters, their counts, and what it took to find them.
   *
   * @param clusters {@link #SCHEMA}, one row per article, cached: unpersist it when done
   * @param articles articles (rows of {@code clusters})
   * @param duplicateClusters clusters of more than one article
   * @param duplicates articles that are not their cluster's canonical one
   * @param sameContent links between articles with identical shingle sets
   * @param candidatePairs pairs that shared a band key
   * @param verifiedPairs candidate pairs at or above the threshold
   * @param rounds rounds of {@link ConnectComponents}
   */
  public record Result(
      Dataset<Row> clusters,
      long articles,
      long duplicateClusters,
      long duplicates,
      long sameContent,
      long candidatePairs,
      long verifiedPairs,
      int rounds) {}

  public Result apply(Dataset<Row> articles) {
    StructType schema = articles.schema();
    for (String column : INPUT) {
      try {
        schema.fieldIndex(column);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "dedup: column '" + column + "' is missing from " + schema.simpleString(), e);
      }
    }
    Dataset<Row> input = articles.select(INPUT[0], java.util.Arrays.copyOfRange(INPUT, 1, INPUT.length));
    Column id = col(OutcomeRows.ARTICLE_ID);
    if (!settings.enabled()) {
      Dataset<Row> singletons =
          StageCache.persist(
              input.select(id, id.as(DUP_CLUSTER), lit(true).as(IS_CANONICAL)),
              StorageLevel.MEMORY_AND_DISK());
      return new Result(singletons, singletons.count(), 0, 0, 0, 0, 0, 0);
    }
    Dataset<Row> fingerprints =
        StageCache.persist(
            input.mapPartitions(new Fingerprint(settings), ExpressionEncoder.apply(FINGERPRINTS)),
            StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> firstOfContent =
        fingerprints
            .filter(col(CONTENT_HASH).isNotNull())
            .groupBy(CONTENT_HASH)
            .agg(min(ORDER_KEY).as("first"));
    Dataset<Row> withFirst = fingerprints.join(firstOfContent, CONTENT_HASH);
    Dataset<Row> sameContentLinks =
        StageCache.persist(
            withFirst
                .filter(col(ORDER_KEY).notEqual(col("first")))
                .select(col(ORDER_KEY).as(ConnectComponents.A), col("first").as(ConnectComponents.B)),
            StorageLevel.MEMORY_AND_DISK());
    long sameContent = sameContentLinks.count();

    Dataset<Row> bandRows =
        withFirst
            .filter(col(ORDER_KEY).equalTo(col("first")))
            .select(col(ORDER_KEY), explode(col(BAND_KEYS)).as("band_key"));
    Dataset<Row> left = bandRows.select(col(ORDER_KEY).as("a"), col("band_key").as("key_a"));
    Dataset<Row> right = bandRows.select(col(ORDER_KEY).as("b"), col("band_key").as("key_b"));
    Dataset<Row> candidates =
        StageCache.persist(
            left.join(right, col("key_a").equalTo(col("key_b")).and(col("a").lt(col("b"))))
                .select(ConnectComponents.A, ConnectComponents.B)
                .distinct(),
            StorageLevel.MEMORY_AND_DISK());
    long candidatePairs = candidates.count();

    Dataset<Row> verified =
        candidatePairs == 0
            ? candidates
            : StageCache.persist(verify(input, candidates), StorageLevel.MEMORY_AND_DISK());
    long verifiedPairs = candidatePairs == 0 ? 0 : verified.count();
    candidates.unpersist();

    Dataset<Row> links = sameContentLinks.union(verified);
    ConnectComponents.Result components =
        sameContent + verifiedPairs == 0
            ? new ConnectComponents.Result(links.select(col(ConnectComponents.A).as(ConnectComponents.VERTEX), col(ConnectComponents.B).as(ConnectComponents.COMPONENT)), 0, List.of())
            : new ConnectComponents().apply(links);
    Dataset<Row> labels = components.components();
    Dataset<Row> clusters =
        StageCache.persist(
            fingerprints
                .select(ORDER_KEY)
                .join(labels, col(ORDER_KEY).equalTo(labels.col(ConnectComponents.VERTEX)), "left")
                .select(
                    substring(col(ORDER_KEY), CanonicalOrder.ID_OFFSET + 1, Integer.MAX_VALUE)
                        .as(OutcomeRows.ARTICLE_ID),
                    substring(
                            coalesce(col(ConnectComponents.COMPONENT), col(ORDER_KEY)),
                            CanonicalOrder.ID_OFFSET + 1,
                            Integer.MAX_VALUE)
                        .as(DUP_CLUSTER),
                    coalesce(col(ConnectComponents.COMPONENT), col(ORDER_KEY))
                        .equalTo(col(ORDER_KEY))
                        .as(IS_CANONICAL)),
            StorageLevel.MEMORY_AND_DISK());
    Row totals =
        clusters
            .agg(
                functions.count(lit(1)),
                functions.countDistinct(
                    functions.when(functions.not(col(IS_CANONICAL)), col(DUP_CLUSTER))),
                functions.sum(functions.when(functions.not(col(IS_CANONICAL)), 1).otherwise(0)))
            .first();
    fingerprints.unpersist();
    sameContentLinks.unpersist();
    verified.unpersist();
    components.release();
    return new Result(
        clusters,
        totals.getLong(0),
        totals.getLong(1),
        totals.isNullAt(2) ? 0 : totals.getLong(2),
        sameContent,
        candidatePairs,
        verifiedPairs,
        components.rounds());
  }

  /** The candidate pairs whose shingle sets reach the threshold. */
  private Dataset<Row> verify(Dataset<Row> input, Dataset<Row> candidates) {
    Column idOfKey = substring(col("key"), CanonicalOrder.ID_OFFSET + 1, Integer.MAX_VALUE);
    Dataset<Row> involved =
        candidates
            .select(col(ConnectComponents.A).as("key"))
            .union(candidates.select(col(ConnectComponents.B).as("key")))
            .select(idOfKey.as(OutcomeRows.ARTICLE_ID))
            .distinct();
    Dataset<Row> sets =
        input
            .join(involved, OutcomeRows.ARTICLE_ID)
            .select(INPUT[0], java.util.Arrays.copyOfRange(INPUT, 1, INPUT.length))
            .mapPartitions(new ShingleSet(settings), ExpressionEncoder.apply(SHINGLE_SETS));
    Dataset<Row> setA = sets.select(col(ORDER_KEY).as("set_a_key"), col(SHINGLES).as("set_a"));
    Dataset<Row> setB = sets.select(col(ORDER_KEY).as("set_b_key"), col(SHINGLES).as("set_b"));
    Column common = size(functions.array_intersect(col("set_a"), col("set_b")));
    Column union = size(col("set_a")).plus(size(col("set_b"))).minus(common);
    return candidates
        .join(setA, col(ConnectComponents.A).equalTo(col("set_a_key")))
        .join(setB, col(ConnectComponents.B).equalTo(col("set_b_key")))
        .filter(common.cast(DataTypes.DoubleType).divide(union).geq(lit(settings.threshold())))
        .select(ConnectComponents.A, ConnectComponents.B);
  }

  private static final class Fingerprint implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final DedupSettings settings;

    Fingerprint(DedupSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ArticleFingerprint.Maker maker = new ArticleFingerprint.Maker(settings);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          Timestamp published = row.getTimestamp(1);
          ArticleFingerprint fingerprint =
              maker.of(
                  row.getString(0),
                  published == null ? null : published.toInstant(),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4));
          return RowFactory.create(
              fingerprint.orderKey(), fingerprint.contentHash(), boxed(fingerprint.bandKeys()));
        }
      };
    }
  }

  private static final class ShingleSet implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final DedupSettings settings;

    ShingleSet(DedupSettings settings) {
      this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          Timestamp published = row.getTimestamp(1);
          String key =
              CanonicalOrder.key(published == null ? null : published.toInstant(), row.getString(0));
          long[] shingles =
              WordShingles.of(row.getString(2), row.getString(3), row.getString(4), settings.shingleWords());
          return RowFactory.create(key, boxed(shingles));
        }
      };
    }
  }

  // The row encoder takes arrays of boxed values for array<bigint>.
  private static Long[] boxed(long[] values) {
    Long[] boxed = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
