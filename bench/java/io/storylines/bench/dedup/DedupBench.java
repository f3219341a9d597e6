package io.storylines.bench.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.storylines.dedup.CanonicalOrder;
import io.storylines.dedup.ConnectComponents;
import io.storylines.dedup.DedupSettings;
import io.storylines.dedup.FindDuplicates;
import io.storylines.dedup.WordShingles;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Benchmark (issue 7): near-duplicate clusters of a run's {@code articles} table by Storylines' own
 * banding ({@link FindDuplicates}) or by Spark ML's {@code MinHashLSH} ({@code
 * approxSimilarityJoin} on the same word 5-shingles, then the same {@link ConnectComponents}).
 * Prints one line of key=value figures: seconds of the clustering (the articles are read and
 * cached before the clock starts), pairs, clusters, duplicates, and the recall of same-URL pairs
 * whose title and body are identical.
 *
 * <pre>
 *   DedupBench ARTICLES_DIR banding|minhashlsh [HASH_TABLES] [MASTER]
 *   DedupBench ARTICLES_DIR sample SEED N
 * </pre>
 *
 * <p>{@code sample} prints N clusters of more than one article of a run's {@code dup_cluster},
 * drawn at random with SEED, for checking by hand: each member's id, URL, time, title, the start of
 * its body and its Jaccard similarity to the canonical article. It prints corpus text: keep its
 * output out of the repository.
 */
public final class DedupBench {
  private static final int VECTOR_SIZE = 1 << 30;

  public static void main(String[] args) {
    String articlesDir = args[0];
    String method = args[1];
    if (method.equals("sample")) {
      printSample(articlesDir, Long.parseLong(args[2]), Integer.parseInt(args[3]));
      return;
    }
    int tables = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    String master = args.length > 3 ? args[3] : "local[2]";
    SparkSession spark =
        SparkSession.builder()
            .appName("dedup-bench")
            .master(master)
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      Dataset<Row> articles =
          spark.read().parquet(articlesDir)
              .select("article_id", "published_at", "title", "body", "lang", "url")
              .repartition(4)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long n = articles.count();
      DedupSettings settings = DedupSettings.defaults();
      long start = System.nanoTime();
      Dataset<Row> clusters;
      String extra;
      if (method.equals("banding")) {
        FindDuplicates.Result result = new FindDuplicates(settings).apply(articles);
        clusters = result.clusters();
        extra =
            String.format(
                Locale.ROOT,
                "same_content=%d candidate_pairs=%d verified_pairs=%d rounds=%d",
                result.sameContent(), result.candidatePairs(), result.verifiedPairs(), result.rounds());
      } else {
        Dataset<Row> vectors =
            articles
                .select("article_id", "published_at", "title", "body", "lang")
                .mapPartitions(
                    new ShingleVectors(settings.shingleWords()),
                    ExpressionEncoder.apply(
                        new StructType()
                            .add("key", DataTypes.StringType)
                            .add("features", SQLDataTypes.VectorType())))
                .filter(col("features").isNotNull())
                .persist(StorageLevel.MEMORY_AND_DISK());
        MinHashLSHModel model =
            new MinHashLSH()
                .setNumHashTables(tables)
                .setSeed(settings.seed())
                .setInputCol("features")
                .setOutputCol("hashes")
                .fit(vectors);
        // approxSimilarityJoin keeps distance < threshold; J >= 0.8 is distance <= 0.2.
        Dataset<Row> pairs =
            model
                .approxSimilarityJoin(vectors, vectors, 1 - settings.threshold() + 1e-9, "distance")
                .select(col("datasetA.key").as("a"), col("datasetB.key").as("b"))
                .filter(col("a").lt(col("b")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long pairCount = pairs.count();
        ConnectComponents.Result components = new ConnectComponents().apply(pairs);
        Dataset<Row> labels = components.components();
        clusters =
            vectors
                .select("key")
                .join(labels, col("key").equalTo(labels.col("vertex")), "left")
                .select(
                    org.apache.spark.sql.functions.substring(col("key"), CanonicalOrder.ID_OFFSET + 1, Integer.MAX_VALUE)
                        .as("article_id"),
                    org.apache.spark.sql.functions.substring(
                            org.apache.spark.sql.functions.coalesce(col("component"), col("key")),
                            CanonicalOrder.ID_OFFSET + 1,
                            Integer.MAX_VALUE)
                        .as("dup_cluster"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        clusters.count();
        extra = String.format(Locale.ROOT, "hash_tables=%d verified_pairs=%d rounds=%d", tables, pairCount, components.rounds());
      }
      Row totals =
          clusters
              .groupBy("dup_cluster")
              .agg(count(lit(1)).as("size"))
              .filter(col("size").gt(1))
              .agg(count(lit(1)), org.apache.spark.sql.functions.sum(col("size")))
              .first();
      double seconds = (System.nanoTime() - start) / 1e9;
      long multi = totals.getLong(0);
      long inMulti = totals.isNullAt(1) ? 0 : totals.getLong(1);
      // Same-URL pairs whose title and body are identical, and how many share a cluster.
      Dataset<Row> a = articles.join(clusters, "article_id").select(
          col("article_id").as("id_a"), col("url").as("url_a"), col("title").as("title_a"),
          col("body").as("body_a"), col("dup_cluster").as("cluster_a"));
      Dataset<Row> b = articles.join(clusters, "article_id").select(
          col("article_id").as("id_b"), col("url").as("url_b"), col("title").as("title_b"),
          col("body").as("body_b"), col("dup_cluster").as("cluster_b"));
      Row recall =
          a.join(b, col("url_a").equalTo(col("url_b")).and(col("id_a").lt(col("id_b"))))
              .filter(col("body_a").equalTo(col("body_b")).and(col("title_a").eqNullSafe(col("title_b"))))
              .agg(
                  count(lit(1)),
                  org.apache.spark.sql.functions.sum(
                      org.apache.spark.sql.functions.when(col("cluster_a").equalTo(col("cluster_b")), 1).otherwise(0)))
              .first();
      long urlPairs = recall.getLong(0);
      long found = recall.isNullAt(1) ? 0 : recall.getLong(1);
      System.out.printf(
          Locale.ROOT,
          "dedup-bench method=%s articles=%d seconds=%.2f clusters=%d duplicates=%d url_identical_pairs=%d found=%d recall=%.4f %s%n",
          method, n, seconds, multi, inMulti - multi, urlPairs, found,
          urlPairs == 0 ? 1.0 : (double) found / urlPairs, extra);
    } finally {
      spark.stop();
    }
  }

  private static void printSample(String articlesDir, long seed, int n) {
    SparkSession spark =
        SparkSession.builder().appName("dedup-sample").master("local[2]")
            .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      Dataset<Row> articles = spark.read().parquet(articlesDir);
      java.util.List<String> multi =
          articles.filter(col("is_canonical").equalTo(false)).select("dup_cluster").distinct()
              .orderBy(org.apache.spark.sql.functions.xxhash64(col("dup_cluster"), lit(seed)))
              .limit(n).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
      java.util.List<Row> rows =
          articles.filter(col("dup_cluster").isin(multi.toArray()))
              .select("dup_cluster", "is_canonical", "article_id", "url", "published_at", "title", "body", "lang")
              .orderBy(col("dup_cluster"), col("is_canonical").desc(), col("published_at"), col("article_id"))
              .collectAsList();
      long[] canonical = null;
      int index = 0;
      String current = null;
      for (Row row : rows) {
        long[] shingles = WordShingles.of(row.getString(5), row.getString(6), row.getString(7), DedupSettings.DEFAULT_SHINGLE_WORDS);
        if (!row.getString(0).equals(current)) {
          current = row.getString(0);
          canonical = shingles;
          System.out.printf("%n== cluster %d %s%n", ++index, current);
        }
        String body = row.getString(6).replaceAll("\\s+", " ").strip();
        System.out.printf(
            Locale.ROOT, "%s %s J=%.3f %s %s%n   title: %s%n   body: %s%n",
            row.getBoolean(1) ? "*" : "-", row.getString(2),
            io.storylines.dedup.Jaccard.of(canonical, shingles), row.get(4), row.getString(3),
            row.getString(5), body.substring(0, Math.min(220, body.length())));
      }
    } finally {
      spark.stop();
    }
  }

  /** Order key and shingle set as a sparse 0/1 vector (index: the shingle hash mod 2^30). */
  private static final class ShingleVectors implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int k;

    ShingleVectors(int k) {
      this.k = k;
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
          String key = CanonicalOrder.key(published == null ? null : published.toInstant(), row.getString(0));
          long[] shingles = WordShingles.of(row.getString(2), row.getString(3), row.getString(4), k);
          if (shingles.length == 0) {
            // MinHashLSH cannot hash an empty set: such articles stay alone, as in FindDuplicates.
            return RowFactory.create(key, null);
          }
          int[] indices = Arrays.stream(shingles).mapToInt(h -> (int) Math.floorMod(h, (long) VECTOR_SIZE)).sorted().distinct().toArray();
          double[] ones = new double[indices.length];
          Arrays.fill(ones, 1.0);
          return RowFactory.create(key, Vectors.sparse(VECTOR_SIZE, indices, ones));
        }
      };
    }
  }
}
