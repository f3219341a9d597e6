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
 */
public record TopicSettings(
    int k,
    int maxIter,
    double subsamplingRate,
    double learningOffset,
    double learningDecay,
    boolean optimizeDocConcentration,
    int vocabSize,
    int minDf,
    double maxDf,
    int minDocs,
    long seed)
    implements Serializable {

  public static TopicSettings defaults() {
    // Tuned on AP against Mallet and scikit-learn: bench/topics-tuning.md.
    return new TopicSettings(20, 16, 0.25, 1, 0.7, false, 20_000, 3, 0.5, 20, 20_261_129L);
  }

  public TopicSettings withK(int value) {
    return new TopicSettings(value, maxIter, subsamplingRate, learningOffset, learningDecay,
        optimizeDocConcentration, vocabSize, minDf, maxDf, minDocs, seed);
  }

  public TopicSettings withMinDocs(int value) {
    return new TopicSettings(k, maxIter, subsamplingRate, learningOffset, learningDecay,
        optimizeDocConcentration, vocabSize, minDf, maxDf, value, seed);
  }

  /** @throws IllegalArgumentException naming the first value out of range */
  public TopicSettings validate() {
    require(k >= 2, "topics k must be at least 2, not " + k);
    require(maxIter >= 1, "maxIter must be at least 1, not " + maxIter);
    require(subsamplingRate > 0 && subsamplingRate <= 1, "subsamplingRate must be in (0, 1], not " + subsamplingRate);
    require(learningOffset > 0, "learningOffset must be positive, not " + learningOffset);
    require(learningDecay > 0.5 && learningDecay <= 1, "learningDecay must be in (0.5, 1], not " + learningDecay);
    require(vocabSize >= 2, "vocabSize must be at least 2, not " + vocabSize);
    require(minDf >= 1, "minDf must be at least 1, not " + minDf);
    require(maxDf > 0 && maxDf <= 1, "maxDf must be in (0, 1], not " + maxDf);
    require(minDocs >= 2, "minDocs must be at least 2, not " + minDocs);
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
    out.put("optimizer", "online");
    out.put("max_iter", maxIter);
    out.put("subsampling_rate", subsamplingRate);
    out.put("learning_offset", learningOffset);
    out.put("learning_decay", learningDecay);
    out.put("optimize_doc_concentration", optimizeDocConcentration);
    out.put("vocab_size", vocabSize);
    out.put("min_df", minDf);
    out.put("max_df", maxDf);
    out.put("min_docs", minDocs);
    out.put("seed", seed);
    return out;
  }
}
