package io.storylines.topics;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of the per-language topic models: the vocabulary of {@code CountVectorizer} and the
 * online optimizer of Spark ML's {@code LDA}. Immutable; {@link #validate} names the first bad value.
 *
 * @param k topics per language
 * @param maxIter optimizer iterations; with {@code subsamplingRate} it sets the passes over the data
 * @param subsamplingRate fraction of the documents in each mini-batch
 * @param maxBatchDocs the most documents a mini-batch samples: above {@code maxBatchDocs /
 *     subsamplingRate} documents, the rate is lowered to {@code maxBatchDocs / documents}, so the
 *     fit sees at most {@code maxIter × maxBatchDocs} documents, as online variational Bayes
 *     (Hoffman et al.) and its implementations with a fixed batch size do; below it, a fit makes
 *     {@code maxIter × subsamplingRate} passes
 * @param learningOffset τ₀ of the online learning rate (τ₀ + t)^−κ; larger damps early iterations
 * @param learningDecay κ, in (0.5, 1]
 * @param optimizeDocConcentration learn the document–topic prior α from the data; when false, α is
 *     fixed at 50/k (Griffiths and Steyvers), and the topic–word prior η at 0.05
 * @param vocabSize most frequent terms kept per language
 * @param minDf a term must occur in at least this many documents
 * @param maxDf a term in more than this fraction of the documents is dropped (near-stopwords)
 * @param minDocs a language with fewer documents (with tokens) gets no model; it is skipped and
 *     counted
 * @param seed the random seed, fixed so that a rerun on the same input gives the same model
 * @param optimizer {@code online} (the default, tuned) or {@code em}: Spark's expectation–maximization
 *     on a GraphX graph, which keeps every document's topic counts in memory and checkpoints the
 *     graph every {@link #EM_CHECKPOINT_INTERVAL} iterations; it takes Spark's default priors (α =
 *     50/k + 1, η = 1.1, which EM requires to be above 1), and {@link #EM_MAX_ITER} iterations
 *     unless {@code maxIter} is set for it
 * @param partitionCostDocs what one more partition of the online fit costs, in articles' E-steps:
 *     it sets how many partitions the fit reads ({@link #fitPartitions}); default {@link
 *     #PARTITION_COST_DOCS}
 */
public record TopicSettings(
    int k,
    int maxIter,
    double subsamplingRate,
    int maxBatchDocs,
    double learningOffset,
    double learningDecay,
    boolean optimizeDocConcentration,
    int vocabSize,
    int minDf,
    double maxDf,
    int minDocs,
    long seed,
    String optimizer,
    int partitionCostDocs)
    implements Serializable {

  public static final String ONLINE = "online";
  public static final String EM = "em";

  /** EM iterations when none are given: Spark's default. */
  public static final int EM_MAX_ITER = 20;

  /** EM checkpoints its graph this often, so that its lineage (and stack) does not grow. */
  public static final int EM_CHECKPOINT_INTERVAL = 10;

  /** The default {@link #maxBatchDocs}: ANT v2.1 (31,523 articles) still makes all its passes. */
  public static final int MAX_BATCH_DOCS = 10_000;

  /** The default number of topics per language. */
  public static final int DEFAULT_K = 20;

  /**
   * The default {@link #partitionCostDocs}. Each partition of the online fit sums its share of a
   * mini-batch into a dense k × vocabulary matrix (3.2 MB at k = 20 and 20,000 terms), which
   * Spark's optimizer allocates, serializes and adds up on the way to the driver for every
   * mini-batch, however few articles the partition held. Measured on local[2] (bench/RESULTS.md),
   * one more partition cost about as much as the E-step of 36 articles (AP, k = 20) or 10 to 15
   * (AP, k = 100); on ANT v2.1 (k = 20, 20,000 terms) roughly 25 to 50, an estimate from the whole
   * topics stage's time.
   */
  public static final int PARTITION_COST_DOCS = 50;

  /**
   * The largest k whose default schedule is six passes at κ 0.51; above it, four passes at κ 0.7.
   * On AP, six passes at κ 0.51 gave more coherent topics, of more common terms, with a lower
   * held-out perplexity at k = 20 and k = 50, and less coherent ones, of rarer terms, at k = 75
   * and k = 100 (bench/RESULTS.md); on ANT at k = 20 they were more coherent too.
   */
  public static final int SIX_PASSES_MAX_K = 50;

  /** The tuned defaults, for {@link #DEFAULT_K} topics. */
  public static TopicSettings defaults() {
    return defaults(DEFAULT_K);
  }

  /**
   * The tuned defaults for {@code k} topics (bench/topics-tuning.md): mini-batches of 25% of the
   * articles, τ₀ 1, α 50/k, η 0.05; up to k = {@link #SIX_PASSES_MAX_K}, 24 iterations (six
   * passes) at κ 0.51, above it 16 iterations (four passes) at κ 0.7.
   */
  public static TopicSettings defaults(int k) {
    boolean sixPasses = k <= SIX_PASSES_MAX_K;
    return new TopicSettings(
        k, sixPasses ? 24 : 16, 0.25, MAX_BATCH_DOCS, 1, sixPasses ? 0.51 : 0.7, false, 20_000, 3,
        0.3, 20, 20_261_129L, ONLINE, PARTITION_COST_DOCS);
  }

  /** Another k, with this schedule; {@link #defaults(int)} gives the schedule tuned for a k. */
  public TopicSettings withK(int value) {
    return new TopicSettings(value, maxIter, subsamplingRate, maxBatchDocs, learningOffset, learningDecay,
        optimizeDocConcentration, vocabSize, minDf, maxDf, minDocs, seed, optimizer, partitionCostDocs);
  }

  public TopicSettings withMinDocs(int value) {
    return new TopicSettings(k, maxIter, subsamplingRate, maxBatchDocs, learningOffset, learningDecay,
        optimizeDocConcentration, vocabSize, minDf, maxDf, value, seed, optimizer, partitionCostDocs);
  }

  public TopicSettings withMaxIter(int value) {
    return new TopicSettings(k, value, subsamplingRate, maxBatchDocs, learningOffset, learningDecay,
        optimizeDocConcentration, vocabSize, minDf, maxDf, minDocs, seed, optimizer, partitionCostDocs);
  }

  /** The vocabulary: at most {@code size} terms, each in at least {@code min} documents and at most
   * a fraction {@code max} of them. */
  public TopicSettings withVocabulary(int size, int min, double max) {
    return new TopicSettings(k, maxIter, subsamplingRate, maxBatchDocs, learningOffset, learningDecay,
        optimizeDocConcentration, size, min, max, minDocs, seed, optimizer, partitionCostDocs);
  }

  /** κ, the decay of the online learning rate (τ₀ + t)^−κ; {@link #validate} wants it in (0.5, 1]. */
  public TopicSettings withLearningDecay(double value) {
    return new TopicSettings(k, maxIter, subsamplingRate, maxBatchDocs, learningOffset, value,
        optimizeDocConcentration, vocabSize, minDf, maxDf, minDocs, seed, optimizer, partitionCostDocs);
  }

  /** Another {@link #partitionCostDocs}; tests lower it to fit small inputs in several partitions. */
  public TopicSettings withPartitionCostDocs(int value) {
    return new TopicSettings(k, maxIter, subsamplingRate, maxBatchDocs, learningOffset, learningDecay,
        optimizeDocConcentration, vocabSize, minDf, maxDf, minDocs, seed, optimizer, value);
  }

  public TopicSettings withMaxBatchDocs(int value) {
    return new TopicSettings(k, maxIter, subsamplingRate, value, learningOffset, learningDecay,
        optimizeDocConcentration, vocabSize, minDf, maxDf, minDocs, seed, optimizer, partitionCostDocs);
  }

  /**
   * The fraction of {@code documents} each mini-batch samples: {@link #subsamplingRate}, lowered
   * so that a mini-batch holds about {@link #maxBatchDocs} documents at most.
   */
  public double subsamplingRateFor(long documents) {
    return documents <= 0 ? subsamplingRate : Math.min(subsamplingRate, (double) maxBatchDocs / documents);
  }

  /**
   * How many partitions the online fit of {@code documents} articles reads, given {@code cores}
   * (the cluster's default parallelism): the n that makes a mini-batch of B articles quickest if
   * its E-step, B articles' worth, is shared by n partitions and each partition adds the cost of
   * {@link #partitionCostDocs} articles: B / n + n × cost is least at n = √(B / cost). So n is the
   * largest whole number with n² × cost ≤ B, at least one and at most {@code cores}. By default a
   * mini-batch of fewer than 200 articles is one partition, 506 (AP) three, 7,881 (ANT v2.1) twelve,
   * and {@link #maxBatchDocs} (10,000) fourteen, however large the corpus or the cluster. EM reads
   * one partition per core.
   */
  public int fitPartitions(long documents, int cores) {
    if (cores < 1) {
      throw new IllegalArgumentException("cores must be at least 1, not " + cores);
    }
    if (EM.equals(optimizer)) {
      return cores;
    }
    long batch = (long) Math.ceil(subsamplingRateFor(documents) * Math.max(0, documents));
    // Whole numbers only: no rounding of a square root decides a boundary such as 200 articles.
    long n = 1;
    while (n < cores && (n + 1) * (n + 1) * partitionCostDocs <= batch) {
      n++;
    }
    return (int) n;
  }

  /** The optimizer; switching to EM without iterations given takes {@link #EM_MAX_ITER}. */
  public TopicSettings withOptimizer(String value, boolean iterationsGiven) {
    int iterations = EM.equals(value) && !EM.equals(optimizer) && !iterationsGiven ? EM_MAX_ITER : maxIter;
    return new TopicSettings(k, iterations, subsamplingRate, maxBatchDocs, learningOffset, learningDecay,
        optimizeDocConcentration, vocabSize, minDf, maxDf, minDocs, seed, value, partitionCostDocs);
  }

  /**
   * @throws IllegalArgumentException naming the first value out of range, and the command-line
   *     option that sets it, if any
   */
  public TopicSettings validate() {
    require(k >= 2, "k (--topics) must be at least 2, not " + k);
    require(ONLINE.equals(optimizer) || EM.equals(optimizer),
        "optimizer (--topic-optimizer) must be online or em, not " + optimizer);
    require(maxIter >= 1, "maxIter (--topic-iterations) must be at least 1, not " + maxIter);
    require(subsamplingRate > 0 && subsamplingRate <= 1, "subsamplingRate must be in (0, 1], not " + subsamplingRate);
    require(maxBatchDocs >= 1, "maxBatchDocs (--topic-batch-docs) must be at least 1, not " + maxBatchDocs);
    require(learningOffset > 0, "learningOffset must be positive, not " + learningOffset);
    require(learningDecay > 0.5 && learningDecay <= 1,
        "learningDecay (--topic-learning-decay) must be in (0.5, 1], not " + learningDecay);
    require(vocabSize >= 2, "vocabSize (--topic-vocab) must be at least 2, not " + vocabSize);
    require(minDf >= 1, "minDf (--topic-min-df) must be at least 1, not " + minDf);
    require(maxDf > 0 && maxDf <= 1, "maxDf (--topic-max-df) must be in (0, 1], not " + maxDf);
    require(minDocs >= 2, "minDocs (--topic-min-docs) must be at least 2, not " + minDocs);
    require(partitionCostDocs >= 1, "partitionCostDocs must be at least 1, not " + partitionCostDocs);
    return this;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The settings as ordered key/values, for the run manifest and the model's metadata. */
  public Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("k", k);
    out.put("optimizer", optimizer);
    out.put("max_iter", maxIter);
    if (ONLINE.equals(optimizer)) {
      out.put("subsampling_rate", subsamplingRate);
      out.put("max_batch_docs", maxBatchDocs);
      out.put("partition_cost_docs", partitionCostDocs);
      out.put("learning_offset", learningOffset);
      out.put("learning_decay", learningDecay);
      out.put("optimize_doc_concentration", optimizeDocConcentration);
      out.put("doc_concentration", optimizeDocConcentration ? "learned" : 50.0 / k);
      out.put("topic_concentration", 0.05);
    } else {
      out.put("doc_concentration", 50.0 / k + 1);
      out.put("topic_concentration", 1.1);
      out.put("checkpoint_interval", EM_CHECKPOINT_INTERVAL);
    }
    out.put("vocab_size", vocabSize);
    out.put("min_df", minDf);
    out.put("max_df", maxDf);
    out.put("min_docs", minDocs);
    out.put("seed", seed);
    return out;
  }
}
