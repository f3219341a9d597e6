package io.storylines.bench.topics;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.nio.file.Path;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mallet 2.0.8's LDA (ParallelTopicModel, sparse Gibbs sampling) on a bag of words, with the
 * settings of Mallet's {@code train-topics} command line except where stated:
 *
 * <ul>
 *   <li>alpha: sum over topics 5.0 (alpha_k = 5 / K), beta 0.01 (the command line's defaults);
 *   <li>optimize-interval 0, the command line's default: hyperparameters stay fixed;
 *   <li>200 iterations (the setting; the command line's default is 1,000);
 *   <li>no log-likelihood every 10 iterations and no topic display (the command line prints
 *       both; they are reports, not training);
 *   <li>a fixed random seed per repetition (the command line's default 0 takes the clock).
 * </ul>
 *
 * <p>Every term of the vocabulary is in Mallet's alphabet, in vocabulary order, so the topic–word
 * matrix has the same columns as the other tools'. A document's tokens are its terms in file
 * order, each repeated by its count. Timed: {@code addInstances} (the random initial assignment)
 * and {@code estimate}. Written: the smoothed, normalized topic–word matrix (n_kw + beta) /
 * (n_k + V beta) as {@code .npy}, and a JSON run record.
 *
 * <pre>
 * MalletTopics --train train.ldac --vocab vocab.txt --k 20 --iterations 200 --threads 1 \
 *     --seed 1 --out-matrix phi.npy --out-record run.json
 * </pre>
 */
public final class MalletTopics {
  private static final Set<String> OPTIONS = Set.of("train", "vocab", "k", "iterations", "threads",
      "seed", "alpha-sum", "beta", "optimize-interval", "out-matrix", "out-record");

  private MalletTopics() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args, OPTIONS);
    int k = options.integer("k", 20);
    int iterations = options.integer("iterations", 200);
    int threads = options.integer("threads", 1);
    int seed = options.integer("seed", 1);
    double alphaSum = options.decimal("alpha-sum", 5.0);
    double beta = options.decimal("beta", 0.01);
    int optimizeInterval = options.integer("optimize-interval", 0);

    long loadStart = System.nanoTime();
    BagOfWords corpus = BagOfWords.read(options.path("train"), options.path("vocab"));
    InstanceList instances = toInstances(corpus);
    double loadSeconds = seconds(loadStart);

    Logger.getLogger("cc.mallet").setLevel(Level.WARNING);
    ParallelTopicModel model = new ParallelTopicModel(k, alphaSum, beta);
    model.setNumIterations(iterations);
    model.setOptimizeInterval(optimizeInterval);
    model.setBurninPeriod(200);
    model.setNumThreads(threads);
    model.setRandomSeed(seed);
    model.setTopicDisplay(0, 10);
    model.printLogLikelihood = false;

    long trainStart = System.nanoTime();
    model.addInstances(instances);
    model.estimate();
    double trainSeconds = seconds(trainStart);

    double[][] phi = model.getTopicWords(true, true);
    TopicWordMatrix.writeNpy(options.path("out-matrix"), phi);
    new RunRecord()
        .put("tool", threads == 1 ? "mallet" : "mallet-" + threads + "threads")
        .put("k", k)
        .put("seed", seed)
        .put("load_seconds", loadSeconds)
        .put("train_seconds", trainSeconds)
        .put("documents", corpus.documents().size())
        .put("tokens", corpus.tokens())
        .putJson("options", options.toJson())
        .write(options.path("out-record"));
    System.err.printf("mallet: K=%d, %d iterations, %d thread(s): trained in %.2f s%n", k,
        iterations, threads, trainSeconds);
    // Mallet's worker pool is not daemon: leave without waiting for it.
    System.exit(0);
  }

  private static InstanceList toInstances(BagOfWords corpus) {
    Alphabet alphabet = new Alphabet(corpus.vocabularySize());
    for (String term : corpus.vocabulary()) {
      alphabet.lookupIndex(term, true);
    }
    alphabet.stopGrowth();
    InstanceList instances = new InstanceList(alphabet, null);
    int id = 0;
    for (BagOfWords.Document doc : corpus.documents()) {
      int[] tokens = new int[doc.tokens()];
      int at = 0;
      for (int i = 0; i < doc.terms().length; i++) {
        for (int c = 0; c < doc.counts()[i]; c++) {
          tokens[at++] = doc.terms()[i];
        }
      }
      instances.add(new Instance(new FeatureSequence(alphabet, tokens), null, "doc" + id++, null));
    }
    return instances;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
