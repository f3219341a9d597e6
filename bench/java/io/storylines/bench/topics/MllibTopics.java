package io.storylines.bench.topics;

import io.storylines.topics.FitTopics;
import io.storylines.topics.TopicSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark ML's LDA ({@code org.apache.spark.ml.clustering.LDA}) on a bag of words, on a local Spark:
 * the job's own estimator or Spark's defaults, with any optimizer parameter overridden from the
 * command line, so that bench/topics.sh can measure the one and tune the other. The documents
 * become a DataFrame with one column, {@code features}, of term-count {@code SparseVector}s of the
 * vocabulary's size (term ids sorted, counts as doubles), read by Spark from the same LDA-C file as
 * the other tools, spread over {@code --partitions} partitions and, with {@code --cache true},
 * cached and counted before the clock starts. Three figures are reported separately: Spark start-up
 * (the SparkSession), preparation (vectors, DataFrame, cache) and training ({@code LDA.fit} alone).
 * Written: {@code topicsMatrix} transposed to K x V with normalized rows as {@code .npy} (for the
 * online optimizer that is the variational lambda, whose normalized rows are the posterior mean of
 * the topics; for EM, the expected topic-term counts plus topicConcentration - 1, as Spark's
 * describeTopics has them), and a JSON run record.
 *
 * <pre>
 * MllibTopics --train train.ldac --vocab vocab.txt --k 20 [--defaults storylines|spark] \
 *     [--optimizer online|em] [--max-iter N] [--subsampling-rate R] [--learning-offset T] \
 *     [--learning-decay K] [--optimize-doc-concentration B] [--doc-concentration A] \
 *     [--topic-concentration E] [--asymmetric-doc-concentration B] \
 *     [--background-topics N --background-doc-concentration A] \
 *     --partitions 2 --cache true --seed 1 --master local[2] \
 *     [--fits 1] [--init random|corpus|documents [--init-shape S]] [--matrix mean|expelogbeta] \
 *     --out-matrix phi.npy --out-record run.json
 * </pre>
 *
 * {@code --defaults storylines} fits the job's own estimator for k ({@code FitTopics.lda} with
 * {@code TopicSettings.defaults(k)}); {@code --defaults spark}, the default, Spark's {@code LDA}
 * with Spark's defaults (online: maxIter 20, subsamplingRate 0.05, learningOffset 1024,
 * learningDecay 0.51, α and η 1/K, α learned; EM: α 50/K + 1, η 1.1). The other optimizer options
 * override those defaults one by one. {@code --min-df N} and {@code --max-df-fraction F} prune the
 * vocabulary the model sees (default: none), for the separate pruning experiment; the tool
 * comparison uses the full vocabulary. {@code --init} fits step by step from a chosen starting
 * lambda instead of calling {@code LDA.fit} (see {@link #fitFromStart}). {@code --matrix
 * expelogbeta} (online only) writes each topic's exp(E[log beta]) = exp(digamma(lambda) -
 * digamma(sum of lambda)), normalized, instead of the posterior mean: the matrix the model itself
 * infers document topics with (Spark's {@code expElogbeta}; bench/topics-tuning.md, tenth search).
 */
public final class MllibTopics {
  private static final Set<String> OPTIONS = Set.of("train", "vocab", "k", "defaults", "optimizer",
      "max-iter", "subsampling-rate", "learning-offset", "learning-decay",
      "optimize-doc-concentration", "doc-concentration", "topic-concentration", "partitions",
      "asymmetric-doc-concentration", "background-topics", "background-doc-concentration",
      "init", "init-shape", "matrix",
      "cache", "seed", "master", "checkpoint-interval", "checkpoint-dir", "fits", "min-df",
      "max-df-fraction", "out-matrix", "out-record");

  private MllibTopics() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args, OPTIONS);
    int k = options.integer("k", 20);
    BagOfWords corpus = BagOfWords.read(options.path("train"), options.path("vocab"));

    long startupStart = System.nanoTime();
    SparkSession spark = SparkSession.builder()
        .appName("storylines-bench-mllib-lda")
        .master(options.string("master", "local[2]"))
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    double startupSeconds = seconds(startupStart);
    try {
      run(spark, corpus, k, options, startupSeconds);
    } finally {
      spark.stop();
    }
  }

  private static void run(SparkSession spark, BagOfWords corpus, int k, BenchOptions options,
      double startupSeconds) throws Exception {
    long prepareStart = System.nanoTime();
    boolean[] kept = keptTerms(corpus, options.integer("min-df", 1),
        options.decimal("max-df-fraction", 1.0));
    Dataset<Row> documents = toDataFrame(spark, options.path("train"), corpus.vocabularySize(),
        kept, options.integer("partitions", 2));
    Dataset<Row> input = documents;
    if (options.bool("cache", true)) {
      documents = documents.cache();
      documents.count();
      // LDA persists the vectors it converts from its input only when that input is not cached
      // itself (Spark 4.2's LDA.fit: handlePersistence). Given the cached DataFrame, every
      // mini-batch would convert, check for NaN (an interpreted `exists` over every value) and
      // sample all documents again. The job gives LDA CountVectorizer's uncached output; this
      // gives it an uncached projection of the cached documents, the same arrangement.
      input = documents.select(functions.col("features"), functions.lit(true).as("cached_below"));
    }
    System.err.println("mllib: LDA input storage level: " + input.storageLevel().description());
    double prepareSeconds = seconds(prepareStart);

    LDA lda = configure(options, k, corpus.documents().size());
    if (options.has("checkpoint-dir")) {
      spark.sparkContext().setCheckpointDir(options.string("checkpoint-dir"));
    }
    // The first fit in a JVM also pays for loading and compiling LDA's code (Breeze, the
    // optimizer); later fits, as for the second and third language of one job run, do not.
    // With --fits N the same fit runs N times: the record keeps the first (cold) and last times.
    int fits = options.integer("fits", 1);
    LDAModel model = null;
    Matrix termsByTopics = null;
    double trainSeconds = 0;
    double lastTrainSeconds = 0;
    for (int fit = 0; fit < fits; fit++) {
      long trainStart = System.nanoTime();
      if (options.has("init")) {
        termsByTopics = fitFromStart(input, lda, corpus, options);
        model = null;
      } else {
        model = lda.fit(input);
        termsByTopics = model.topicsMatrix();
      }
      lastTrainSeconds = seconds(trainStart);
      if (fit == 0) {
        trainSeconds = lastTrainSeconds;
      }
    }

    // Online: topicsMatrix is lambda, already including the prior eta. EM: it is the expected
    // counts, without the prior; Spark's own topic distributions (describeTopics) add eta - 1 to
    // every count, and so does this, which also gives terms absent from training a non-zero
    // probability.
    double smoothing = lda.getOptimizer().equals("em")
        ? model.getEffectiveTopicConcentration() - 1 : 0;
    double finalAlphaMean = model == null ? Double.NaN
        : Arrays.stream(model.estimatedDocConcentration().toArray()).average().orElse(0);
    String matrix = options.string("matrix", "mean");
    if (!matrix.equals("mean") && !(matrix.equals("expelogbeta")
        && lda.getOptimizer().equals("online"))) {
      throw new IllegalArgumentException("--matrix must be mean, or expelogbeta with the online"
          + " optimizer, not " + matrix);
    }
    double[][] phi = new double[k][corpus.vocabularySize()];
    for (int topic = 0; topic < k; topic++) {
      for (int term = 0; term < corpus.vocabularySize(); term++) {
        double value = termsByTopics.apply(term, topic) + smoothing;
        // digamma(sum of lambda) is the same for every term of a topic: normalizing drops it.
        phi[topic][term] = matrix.equals("expelogbeta")
            ? Math.exp(org.apache.commons.math3.special.Gamma.digamma(value)) : value;
      }
    }
    TopicWordMatrix.writeNpy(options.path("out-matrix"), TopicWordMatrix.normalizeRows(phi));
    new RunRecord()
        .put("tool", "mllib-" + lda.getOptimizer())
        .put("k", k)
        .put("seed", options.integer("seed", 1))
        .put("startup_seconds", startupSeconds)
        .put("load_seconds", prepareSeconds)
        .put("train_seconds", trainSeconds)
        .put("last_train_seconds", lastTrainSeconds)
        .put("fits", fits)
        .put("matrix", matrix)
        .put("documents", corpus.documents().size())
        .put("kept_terms", IntStream.range(0, kept.length).filter(t -> kept[t]).count())
        .put("tokens", corpus.tokens())
        .put("final_doc_concentration_mean", finalAlphaMean)
        .putJson("options", options.toJson())
        // What was fitted, whichever defaults the options started from.
        .put("optimizer", lda.getOptimizer())
        .put("max_iter", lda.getMaxIter())
        .put("learning_decay", lda.getLearningDecay())
        .put("learning_offset", lda.getLearningOffset())
        .put("subsampling_rate", lda.getSubsamplingRate())
        .put("optimize_doc_concentration", String.valueOf(lda.getOptimizeDocConcentration()))
        .put("doc_concentration", lda.isSet(lda.docConcentration())
            ? Arrays.toString(lda.getDocConcentration()) : "Spark's default")
        .put("topic_concentration", lda.isSet(lda.topicConcentration())
            ? Double.toString(lda.getTopicConcentration()) : "Spark's default")
        .write(options.path("out-record"));
    System.err.printf("mllib: K=%d %s: Spark up in %.2f s, input ready in %.2f s, fit in %.2f s"
        + " (fit %d of %d: %.2f s)%n", k, lda.getOptimizer(), startupSeconds, prepareSeconds,
        trainSeconds, fits, fits, lastTrainSeconds);
  }

  /**
   * The estimator to fit. With {@code --defaults storylines} it is the job's own ({@link
   * FitTopics#lda} with {@link TopicSettings#defaults(int)} for k and this corpus's size), so that
   * the benchmark measures exactly what the job fits; with {@code --defaults spark} (the default),
   * Spark's {@code LDA} with its own defaults. Every optimizer option given on the command line
   * then overrides the value it names, and only those.
   */
  static LDA configure(BenchOptions options, int k, long documents) {
    String defaults = options.string("defaults", "spark");
    LDA lda = switch (defaults) {
      case "storylines" -> FitTopics.lda(TopicSettings.defaults(k), documents);
      case "spark" -> new LDA().setK(k);
      default -> throw new IllegalArgumentException(
          "--defaults must be storylines or spark, not " + defaults);
    };
    lda.setFeaturesCol("features").setSeed(options.integer("seed", 1));
    if (options.has("optimizer")) {
      lda.setOptimizer(options.string("optimizer", "online"));
    }
    if (options.has("max-iter")) {
      lda.setMaxIter(options.integer("max-iter", 0));
    }
    if (lda.getOptimizer().equals("online")) {
      if (options.has("subsampling-rate")) {
        lda.setSubsamplingRate(options.decimal("subsampling-rate", 0));
      }
      if (options.has("learning-offset")) {
        lda.setLearningOffset(options.decimal("learning-offset", 0));
      }
      if (options.has("learning-decay")) {
        lda.setLearningDecay(options.decimal("learning-decay", 0));
      }
      if (options.has("optimize-doc-concentration")) {
        lda.setOptimizeDocConcentration(options.bool("optimize-doc-concentration", true));
      }
    } else {
      lda.setCheckpointInterval(options.integer("checkpoint-interval", 10))
          .setKeepLastCheckpoint(false);
    }
    if (options.has("doc-concentration")) {
      lda.setDocConcentration(options.decimal("doc-concentration", 0));
    }
    if (options.has("topic-concentration")) {
      lda.setTopicConcentration(options.decimal("topic-concentration", 0));
    }
    if (options.bool("asymmetric-doc-concentration", false)) {
      // gensim's "asymmetric" prior, alpha_i proportional to 1 / (i + sqrt(k)), with the total of
      // the symmetric alpha it replaces (bench/topics-tuning.md, fourth search).
      if (!lda.isSet(lda.docConcentration()) || lda.getDocConcentration().length != 1) {
        throw new IllegalArgumentException("--asymmetric-doc-concentration spreads one symmetric"
            + " alpha: use --defaults storylines or give --doc-concentration A");
      }
      double total = lda.getDocConcentration()[0] * k;
      double[] alpha = new double[k];
      double sum = 0;
      for (int i = 0; i < k; i++) {
        alpha[i] = 1.0 / (i + Math.sqrt(k));
        sum += alpha[i];
      }
      for (int i = 0; i < k; i++) {
        alpha[i] *= total / sum;
      }
      lda.setDocConcentration(alpha);
    }
    if (options.has("background-topics")) {
      // The first N topics get a larger alpha, the others keep the symmetric one: topics that
      // every document may use, to take the words all documents share (bench/topics-tuning.md,
      // ninth search).
      int background = options.integer("background-topics", 0);
      if (!lda.isSet(lda.docConcentration()) || lda.getDocConcentration().length != 1
          || background < 1 || background >= k || !options.has("background-doc-concentration")) {
        throw new IllegalArgumentException("--background-topics N (0 < N < k) needs one symmetric"
            + " alpha (--defaults storylines or --doc-concentration A) and"
            + " --background-doc-concentration");
      }
      double[] alpha = new double[k];
      Arrays.fill(alpha, lda.getDocConcentration()[0]);
      Arrays.fill(alpha, 0, background, options.decimal("background-doc-concentration", 0));
      lda.setDocConcentration(alpha);
    }
    return lda;
  }

  /**
   * The online fit of {@code lda}, run step by step through Spark's mllib optimizer so that its
   * starting lambda can be chosen (bench/topics-tuning.md, fifth search): {@code --init random} is
   * Spark's own start (Gamma(100, 1/100) for every entry; it repeats {@code lda.fit} exactly, a check
   * of this path), {@code corpus} starts every topic at the corpus's term frequencies, each entry
   * times Gamma(s, 1/s) noise ({@code --init-shape s}, default 100), and {@code documents} deals the
   * documents at random into k groups and starts each topic at its group's term counts plus the
   * same noise on the corpus frequencies. Both have the total mass of a fitted topic (the corpus's
   * tokens / k) plus eta. It uses mllib methods that are public in bytecode but
   * {@code private[clustering]} in Scala (initialize, setLambda, next, getLDAModel): a benchmark
   * experiment only, not something the job could depend on.
   */
  static Matrix fitFromStart(Dataset<Row> input, LDA lda, BagOfWords corpus, BenchOptions options) {
    int k = lda.getK();
    org.apache.spark.api.java.JavaRDD<scala.Tuple2<Object, org.apache.spark.mllib.linalg.Vector>>
        docs = input.select(functions.monotonically_increasing_id(), functions.col("features"))
            .javaRDD()
            .map(row -> new scala.Tuple2<Object, org.apache.spark.mllib.linalg.Vector>(
                row.getLong(0), org.apache.spark.mllib.linalg.Vectors.fromML(row.getAs(1))));
    docs = docs.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    org.apache.spark.mllib.clustering.OnlineLDAOptimizer optimizer =
        new org.apache.spark.mllib.clustering.OnlineLDAOptimizer()
            .setMiniBatchFraction(lda.getSubsamplingRate())
            .setTau0(lda.getLearningOffset())
            .setKappa(lda.getLearningDecay())
            .setOptimizeDocConcentration(lda.getOptimizeDocConcentration());
    double[] alpha = lda.getDocConcentration();
    org.apache.spark.mllib.clustering.LDA old = new org.apache.spark.mllib.clustering.LDA()
        .setK(k)
        .setMaxIterations(lda.getMaxIter())
        .setSeed(lda.getSeed())
        .setDocConcentration(org.apache.spark.mllib.linalg.Vectors.dense(alpha))
        .setTopicConcentration(lda.getTopicConcentration())
        .setOptimizer(optimizer);
    optimizer.initialize(docs.rdd(), old);
    String init = options.string("init", "random");
    if (!init.equals("random")) {
      optimizer.setLambda(startingLambda(init, corpus, k, lda.getTopicConcentration(),
          options.decimal("init-shape", 100), lda.getSeed()));
    }
    double[] times = new double[lda.getMaxIter()];
    for (int i = 0; i < times.length; i++) {
      optimizer.next();
    }
    org.apache.spark.mllib.clustering.LDAModel fitted = optimizer.getLDAModel(times);
    docs.unpersist(false);
    return fitted.topicsMatrix().asML();
  }

  /** The K x V starting lambda that {@link #fitFromStart} describes. */
  static breeze.linalg.DenseMatrix<Object> startingLambda(String init, BagOfWords corpus, int k,
      double eta, double shape, long seed) {
    int v = corpus.vocabularySize();
    double[] frequency = new double[v];
    long tokens = 0;
    for (BagOfWords.Document doc : corpus.documents()) {
      for (int i = 0; i < doc.terms().length; i++) {
        frequency[doc.terms()[i]] += doc.counts()[i];
        tokens += doc.counts()[i];
      }
    }
    for (int term = 0; term < v; term++) {
      frequency[term] /= tokens;
    }
    double perTopic = (double) tokens / k;
    org.apache.commons.math3.random.Well19937c random =
        new org.apache.commons.math3.random.Well19937c(seed);
    org.apache.commons.math3.distribution.GammaDistribution noise =
        new org.apache.commons.math3.distribution.GammaDistribution(random, shape, 1 / shape);
    double[] values = new double[k * v]; // column-major K x V: entry (topic, term) at term * k + topic
    switch (init) {
      case "corpus" -> {
        for (int term = 0; term < v; term++) {
          for (int topic = 0; topic < k; topic++) {
            values[term * k + topic] = eta + perTopic * frequency[term] * noise.sample();
          }
        }
      }
      case "documents" -> {
        double[][] counts = new double[k][v];
        java.util.Random deal = new java.util.Random(seed);
        for (BagOfWords.Document doc : corpus.documents()) {
          int topic = deal.nextInt(k);
          for (int i = 0; i < doc.terms().length; i++) {
            counts[topic][doc.terms()[i]] += doc.counts()[i];
          }
        }
        for (int term = 0; term < v; term++) {
          for (int topic = 0; topic < k; topic++) {
            values[term * k + topic] = eta + counts[topic][term]
                + 0.1 * perTopic * frequency[term] * noise.sample();
          }
        }
      }
      default -> throw new IllegalArgumentException(
          "--init must be random, corpus or documents, not " + init);
    }
    // The double-specialized class, as Breeze's own DenseMatrix.zeros[Double] makes it.
    return new breeze.linalg.DenseMatrix$mcD$sp(k, v, values);
  }

  /**
   * One row per document, read by Spark from the LDA-C file: a SparseVector of term counts over
   * the whole vocabulary, term ids sorted. The rows are spread over {@code partitions} partitions
   * (a round-robin repartition).
   */
  static Dataset<Row> toDataFrame(SparkSession spark, Path ldacFile, int vocabularySize,
      boolean[] kept, int partitions) {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)));
    return spark.read().textFile(ldacFile.toString())
        .filter((FilterFunction<String>) line -> !line.isBlank())
        .map((MapFunction<String, Row>) line -> RowFactory.create(
            toCountVector(BagOfWords.parseLine(line, vocabularySize), vocabularySize, kept)),
            Encoders.row(schema))
        .repartition(partitions);
  }

  static Vector toCountVector(BagOfWords.Document doc, int vocabularySize, boolean[] kept) {
    int n = 0;
    long[] packed = new long[doc.terms().length];
    for (int i = 0; i < doc.terms().length; i++) {
      if (kept[doc.terms()[i]]) {
        packed[n++] = ((long) doc.terms()[i] << 32) | doc.counts()[i];
      }
    }
    packed = Arrays.copyOf(packed, n);
    Arrays.sort(packed);
    int[] indices = new int[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      indices[i] = (int) (packed[i] >>> 32);
      values[i] = (int) packed[i];
    }
    return Vectors.sparse(vocabularySize, indices, values);
  }

  /**
   * The terms that stay in the vectors: those in at least {@code minDf} training documents and in
   * at most {@code maxDfFraction} of them. A dropped term keeps its column (the vectors keep the
   * vocabulary's size) but no document counts it, so its topic weights stay at the prior and the
   * topic-word matrix still covers the whole vocabulary for scoring.
   */
  static boolean[] keptTerms(BagOfWords corpus, int minDf, double maxDfFraction) {
    int[] df = new int[corpus.vocabularySize()];
    for (BagOfWords.Document doc : corpus.documents()) {
      for (int term : doc.terms()) {
        df[term]++;
      }
    }
    double maxDf = maxDfFraction * corpus.documents().size();
    boolean[] kept = new boolean[df.length];
    for (int term = 0; term < df.length; term++) {
      kept[term] = df[term] >= minDf && df[term] <= maxDf;
    }
    return kept;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
