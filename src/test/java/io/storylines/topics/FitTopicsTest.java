package io.storylines.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The topic stage on seeded synthetic articles: three English themes with disjoint words (60
 * articles), and five Turkish articles, too few for a model.
 */
@ExtendWith(SharedSpark.class)
class FitTopicsTest {
  private static final StructType ARTICLES =
      new StructType()
          .add("accepted", DataTypes.BooleanType)
          .add("article_id", DataTypes.StringType)
          .add("period", DataTypes.StringType)
          .add("lang", DataTypes.StringType)
          .add("tokens", DataTypes.createArrayType(DataTypes.StringType));

  private static final List<List<String>> THEMES =
      List.of(
          List.of("sanction", "treasury", "caesar", "bank", "relief", "economy", "investor", "licence"),
          List.of("attack", "isis", "coalition", "soldier", "raid", "palmyra", "militant", "strike"),
          List.of("football", "league", "goal", "match", "coach", "season", "stadium", "player"));

  @TempDir Path temp;

  private static Dataset<Row> articles(SparkSession spark) {
    Random random = new Random(7);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      List<String> theme = THEMES.get(i % 3);
      List<String> tokens = new ArrayList<>();
      for (int t = 0; t < 40; t++) {
        tokens.add(theme.get(random.nextInt(theme.size())));
      }
      rows.add(RowFactory.create(true, "en:" + i, i < 30 ? "2025-05" : "2025-06", "en", tokens));
    }
    for (int i = 0; i < 5; i++) {
      rows.add(RowFactory.create(true, "tr:" + i, "2025-05", "tr", List.of("yaptırım", "ekonomi", "banka")));
    }
    rows.add(RowFactory.create(true, "en:empty", "2025-05", "en", List.of()));
    rows.add(RowFactory.create(false, "en:rejected", "2025-05", "en", List.of("goal")));
    return spark.createDataFrame(rows, ARTICLES);
  }

  /** Each theme's words are in a third of the articles: above the default maxDf of 0.3. */
  private static TopicSettings settings() {
    return TopicSettings.defaults().withK(3).withMinDocs(20).withVocabulary(20_000, 3, 0.5);
  }

  @Test
  void aLanguageWhoseVocabularyIsEmptyIsSkippedWithoutFailingTheRun(SparkSession spark) {
    FitTopics.Result result =
        new FitTopics(TopicSettings.defaults().withK(3).withMinDocs(20))
            .apply(spark, articles(spark), temp.resolve("none").toString(), "run", Optional.empty());
    assertEquals(Map.of("empty vocabulary", 1L, "too few documents", 1L), result.skipped());
    assertEquals(0, result.docTopics().count());
  }

  /**
   * Five Turkish articles, with at most half of them and at least 3 per term: no term can be in
   * both, which Spark's CountVectorizer refuses ("maxDF must be >= minDF").
   */
  @Test
  void aLanguageTooSmallForTheDocumentFrequencyLimitsIsSkipped(SparkSession spark) {
    FitTopics.Result result =
        new FitTopics(settings().withMinDocs(5))
            .apply(spark, articles(spark), temp.resolve("small-language").toString(), "run", Optional.empty());
    assertEquals(Map.of("empty vocabulary", 1L), result.skipped());
    assertEquals(List.of("en"), result.models().stream().map(FitTopics.LanguageModel::lang).toList());
  }

  private FitTopics.Result fit(SparkSession spark, Optional<String> reuse) {
    return fit(spark, settings(), reuse);
  }

  private FitTopics.Result fit(SparkSession spark, TopicSettings settings, Optional<String> reuse) {
    return new FitTopics(settings)
        .apply(spark, articles(spark), temp.resolve("models").toString(), "20261129T000000Z-abcdef", reuse);
  }

  /**
   * The 60 English articles make mini-batches of 15: with the default partition cost of 50
   * articles, the fit reads one partition; with a cost of 1, one per core of the shared local[2]
   * session (the cached input as it is).
   */
  @ParameterizedTest(name = "a partition costs {0} articles: {1} partitions")
  @CsvSource({"50, 1", "1, 2"})
  void weightsAreAMixtureAndThemesSeparate(int partitionCostDocs, int partitions, SparkSession spark) {
    FitTopics.Result result =
        fit(spark, settings().withPartitionCostDocs(partitionCostDocs), Optional.empty());
    assertEquals(1, result.models().size());
    FitTopics.LanguageModel model = result.models().get(0);
    assertEquals("en", model.lang());
    assertTrue(model.fitted());
    assertEquals(partitions, model.fitPartitions());
    assertEquals(60, model.documents());
    assertEquals(24, model.vocabulary());
    assertTrue(Double.isFinite(model.logPerplexity()), "log perplexity " + model.logPerplexity());
    assertEquals("array<double>", result.docTopics().schema().apply("topic_weights").dataType().simpleString());
    List<Row> docs = result.docTopics().collectAsList();
    assertEquals(60, docs.size(), "every English article with tokens, and no other");
    Map<Integer, Integer> topicOfTheme = new HashMap<>();
    for (Row doc : docs) {
      List<Double> weights = doc.getList(doc.fieldIndex("topic_weights"));
      assertEquals(3, weights.size());
      double sum = 0;
      for (double w : weights) {
        assertTrue(w >= 0 && w <= 1, "weight " + w);
        sum += w;
      }
      assertEquals(1.0, sum, 1e-6);
      int top = doc.getInt(doc.fieldIndex("top_topic"));
      assertEquals(weights.get(top), doc.getDouble(doc.fieldIndex("top_weight")), 0.0);
      int theme = Integer.parseInt(doc.getString(0).substring(3)) % 3;
      Integer previous = topicOfTheme.put(theme, top);
      assertTrue(previous == null || previous == top, "articles of one theme share their top topic");
    }
    assertEquals(3, topicOfTheme.values().stream().distinct().count(), "three themes, three topics");
    assertEquals(3, result.topics().size());
    for (FitTopics.Topic topic : result.topics()) {
      assertEquals(24, topic.terms().size(), "all 24 terms (fewer than 30)");
      assertEquals(60, topic.documents(), "quality is counted over the language's articles with tokens");
      TopicCoherence.Quality quality = topic.quality();
      assertEquals(topic.terms().subList(0, 10), quality.terms());
      // A theme's eight words are drawn 40 times in each of its 20 articles: each is in nearly all.
      long first = quality.documentFrequency().get(0);
      assertTrue(first >= 17 && first <= 20, "document frequency of the top term " + first);
      assertTrue(quality.npmi() >= -1 && quality.npmi() <= 1, "npmi " + quality.npmi());
    }
    assertEquals(Map.of("too few documents", 1L), result.skipped());
  }

  /** What the job does once the run has published: the fitted models count from then on. */
  private static void commit(SparkSession spark, FitTopics.Result result) throws IOException {
    for (FitTopics.LanguageModel model : result.models()) {
      ModelCommit.commit(spark.sparkContext().hadoopConfiguration(), new org.apache.hadoop.fs.Path(model.path()));
    }
  }

  @Test
  void aSavedModelIsReusedWithTheSameIdsAndWeights(SparkSession spark) throws IOException {
    FitTopics.Result first = fit(spark, Optional.empty());
    commit(spark, first);
    FitTopics.Result again = fit(spark, Optional.of(temp.resolve("models").toString()));
    FitTopics.LanguageModel model = again.models().get(0);
    assertFalse(model.fitted());
    assertEquals(0, model.fitPartitions(), "a reused model is not fitted");
    assertEquals(first.models().get(0).modelId(), model.modelId());
    assertEquals(first.topics(), again.topics());
    Map<String, List<Double>> before = new HashMap<>();
    first.docTopics().collectAsList().forEach(r -> before.put(r.getString(0), r.getList(3)));
    for (Row r : again.docTopics().collectAsList()) {
      List<Double> w = r.getList(3);
      for (int i = 0; i < w.size(); i++) {
        assertEquals(before.get(r.getString(0)).get(i), w.get(i), 1e-9);
      }
    }
    // One model folder works as well as the models root.
    FitTopics.Result direct = fit(spark, Optional.of(model.path()));
    assertFalse(direct.models().get(0).fitted());
  }

  @Test
  void emIsAnOptionAndItsModelIsReusedLikeAnOnlineOne(SparkSession spark) throws IOException {
    if (spark.sparkContext().getCheckpointDir().isEmpty()) {
      spark.sparkContext().setCheckpointDir(temp.resolve("checkpoints").toString());
    }
    // 12 iterations: the graph is checkpointed once, at the tenth.
    TopicSettings em = settings().withOptimizer(TopicSettings.EM, true).withMaxIter(12).validate();
    assertEquals(TopicSettings.EM, em.describe().get("optimizer"));
    String models = temp.resolve("em-models").toString();
    FitTopics.Result result =
        new FitTopics(em).apply(spark, articles(spark), models, "20261129T000000Z-em0000", Optional.empty());
    assertTrue(Double.isFinite(result.models().get(0).logPerplexity()));
    Map<Integer, Integer> topicOfTheme = new HashMap<>();
    Map<String, List<Double>> before = new HashMap<>();
    for (Row doc : result.docTopics().collectAsList()) {
      List<Double> weights = doc.getList(doc.fieldIndex("topic_weights"));
      assertEquals(1.0, weights.stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
      before.put(doc.getString(0), weights);
      topicOfTheme.merge(
          Integer.parseInt(doc.getString(0).substring(3)) % 3, doc.getInt(doc.fieldIndex("top_topic")),
          (a, b) -> a.equals(b) ? a : -1);
    }
    assertEquals(3, topicOfTheme.values().stream().filter(t -> t >= 0).distinct().count(), topicOfTheme.toString());
    commit(spark, result);
    FitTopics.Result again =
        new FitTopics(em).apply(spark, articles(spark), models, "later", Optional.of(models));
    assertFalse(again.models().get(0).fitted());
    // A reloaded EM model scores within about 1e-6 of the model in memory (measured: 1.2e-6), not
    // within the 1e-9 of an online model: the tolerance says so.
    for (Row doc : again.docTopics().collectAsList()) {
      List<Double> weights = doc.getList(doc.fieldIndex("topic_weights"));
      for (int i = 0; i < weights.size(); i++) {
        assertEquals(before.get(doc.getString(0)).get(i), weights.get(i), 1e-5);
      }
    }
  }

  @Test
  void emWithoutIterationsTakesItsOwnDefault() {
    assertEquals(TopicSettings.EM_MAX_ITER, TopicSettings.defaults().withOptimizer(TopicSettings.EM, false).maxIter());
    assertEquals(30, TopicSettings.defaults().withMaxIter(30).withOptimizer(TopicSettings.EM, true).maxIter());
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> TopicSettings.defaults().withOptimizer("gibbs", false).validate());
    assertTrue(error.getMessage().contains("optimizer"), error.getMessage());
  }

  @Test
  void aModelIsReusedOnlyOnceCommitted(SparkSession spark) throws IOException {
    FitTopics.Result first = fit(spark, Optional.empty());
    FitTopics.LanguageModel model = first.models().get(0);
    String root = temp.resolve("models").toString();
    // Saved, not committed: as if the run had failed after its topics stage.
    assertTrue(Files.exists(Path.of(model.path(), ModelCommit.PENDING)));
    assertFalse(Files.exists(Path.of(model.path(), FitTopics.METADATA)));
    IllegalArgumentException fromRoot =
        assertThrows(IllegalArgumentException.class, () -> fit(spark, Optional.of(root)));
    assertTrue(fromRoot.getMessage().contains("holds no saved topic model"), fromRoot.getMessage());
    IllegalArgumentException fromFolder =
        assertThrows(IllegalArgumentException.class, () -> fit(spark, Optional.of(model.path())));
    assertTrue(fromFolder.getMessage().contains("did not publish"), fromFolder.getMessage());

    commit(spark, first);
    commit(spark, first);
    assertTrue(Files.exists(Path.of(model.path(), FitTopics.METADATA)), "committed, and again: no change");
    assertFalse(Files.exists(Path.of(model.path(), ModelCommit.PENDING)));
    assertFalse(fit(spark, Optional.of(root)).models().get(0).fitted());
  }

  @Test
  void aFolderWithoutModelsIsRefusedByName(SparkSession spark) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> fit(spark, Optional.of(temp.resolve("nothing").toString())));
    assertTrue(error.getMessage().contains("nothing"), error.getMessage());
  }

  @Test
  void timelineSharesOfAPeriodSumToOne(SparkSession spark) {
    FitTopics.Result result = fit(spark, Optional.empty());
    Map<String, Double> shares = new HashMap<>();
    Map<String, Long> articles = new HashMap<>();
    for (Row r : new TopicTimeline().apply(result.docTopics()).collectAsList()) {
      String period = r.getString(r.fieldIndex("period"));
      shares.merge(period, r.getDouble(r.fieldIndex("share")), Double::sum);
      articles.merge(period, r.getLong(r.fieldIndex("n_articles")), Long::sum);
    }
    assertEquals(1.0, shares.get("2025-05"), 1e-9);
    assertEquals(1.0, shares.get("2025-06"), 1e-9);
    assertEquals(30L, articles.get("2025-05"));
    assertEquals(30L, articles.get("2025-06"));
    // Two articles of one language in May, and one in June, to make copies of one story.
    List<Row> docs = result.docTopics().select("article_id", "period", "lang").orderBy("article_id").collectAsList();
    Row may = docs.stream().filter(r -> r.getString(1).equals("2025-05")).findFirst().orElseThrow();
    String lang = may.getString(2);
    String mayCopy =
        docs.stream()
            .filter(r -> r.getString(1).equals("2025-05") && r.getString(2).equals(lang) && !r.equals(may))
            .findFirst().orElseThrow().getString(0);
    String juneCopy =
        docs.stream()
            .filter(r -> r.getString(1).equals("2025-06") && r.getString(2).equals(lang))
            .findFirst().orElseThrow().getString(0);
    // A copy in the same period counts in the raw columns only.
    Map<String, double[]> sameMonth = periodTotals(withCopy(result.docTopics(), mayCopy, may.getString(0)));
    assertArrayEquals(new double[] {29, 30, 1.0}, sameMonth.get("2025-05"), 1e-9);
    assertArrayEquals(new double[] {30, 30, 1.0}, sameMonth.get("2025-06"), 1e-9);

    // A copy a month later counts as the story in that month, as the other timelines count it:
    // June keeps its 30 stories, and its shares still sum to 1.
    Map<String, double[]> nextMonth = periodTotals(withCopy(result.docTopics(), juneCopy, may.getString(0)));
    assertArrayEquals(new double[] {30, 30, 1.0}, nextMonth.get("2025-05"), 1e-9);
    assertArrayEquals(new double[] {30, 30, 1.0}, nextMonth.get("2025-06"), 1e-9);
  }

  /** Every article a story of its own, but {@code copy}, a copy of {@code original}'s story. */
  private static Dataset<Row> withCopy(Dataset<Row> docTopics, String copy, String original) {
    org.apache.spark.sql.Column id = org.apache.spark.sql.functions.col("article_id");
    return docTopics
        .withColumn("dup_cluster", org.apache.spark.sql.functions.when(id.equalTo(copy), original).otherwise(id))
        .withColumn("is_canonical", id.notEqual(copy));
  }

  /** Per period: the stories and the articles over all topics, and the sum of the shares. */
  private static Map<String, double[]> periodTotals(Dataset<Row> docTopics) {
    Map<String, double[]> totals = new HashMap<>();
    for (Row r : new TopicTimeline().apply(docTopics).collectAsList()) {
      double[] t = totals.computeIfAbsent(r.getString(r.fieldIndex("period")), p -> new double[3]);
      t[0] += r.getLong(r.fieldIndex("n_articles"));
      t[1] += r.getLong(r.fieldIndex("n_articles_raw"));
      t[2] += r.getDouble(r.fieldIndex("share"));
    }
    return totals;
  }

  @Test
  void theDefaultScheduleIsSixPassesAtKappa051UpToFiftyTopicsAndFourAt07Above() {
    assertEquals(TopicSettings.defaults(TopicSettings.DEFAULT_K), TopicSettings.defaults());
    for (int k : new int[] {2, 20, TopicSettings.SIX_PASSES_MAX_K}) {
      TopicSettings settings = TopicSettings.defaults(k);
      assertEquals(k, settings.k());
      assertEquals(6.0, settings.maxIter() * settings.subsamplingRate(), 0.0, "passes at k = " + k);
      assertEquals(0.51, settings.learningDecay(), 0.0, "k = " + k);
    }
    for (int k : new int[] {TopicSettings.SIX_PASSES_MAX_K + 1, 100}) {
      TopicSettings settings = TopicSettings.defaults(k);
      assertEquals(4.0, settings.maxIter() * settings.subsamplingRate(), 0.0, "passes at k = " + k);
      assertEquals(0.7, settings.learningDecay(), 0.0, "k = " + k);
    }
    // Everything but the schedule is the same for every k.
    TopicSettings small = TopicSettings.defaults(20);
    TopicSettings large = TopicSettings.defaults(100);
    assertEquals(
        small.withK(100).withMaxIter(large.maxIter()).withLearningDecay(large.learningDecay()), large);
  }

  @Test
  void aMiniBatchSamplesAQuarterOfTheArticlesAndAtMostMaxBatchDocs() {
    TopicSettings defaults = TopicSettings.defaults();
    assertEquals(0.25, defaults.subsamplingRateFor(31_523), 0.0, "ANT v2.1: every pass");
    assertEquals(0.25, defaults.subsamplingRateFor(40_000), 0.0);
    assertEquals(10_000.0 / 252_184, defaults.subsamplingRateFor(252_184), 1e-15);
    assertEquals(0.1, defaults.withMaxBatchDocs(6).subsamplingRateFor(60), 1e-15);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxBatchDocs(0).validate());
    assertTrue(error.getMessage().contains("maxBatchDocs"), error.getMessage());
  }

  @Test
  void theOnlineFitReadsTheSquareRootOfAMiniBatchOver50PartitionsAtMostOnePerCore() {
    TopicSettings defaults = TopicSettings.defaults();
    assertEquals(2, defaults.fitPartitions(31_523, 2), "ANT v2.1 on local[2]: one per core");
    // A mini-batch of ANT is 7,881 articles: 12 x 12 x 50 = 7,200 <= 7,881 < 13 x 13 x 50.
    assertEquals(12, defaults.fitPartitions(31_523, 128));
    assertEquals(11, defaults.fitPartitions(31_523, 11));
    // AP: 2,022 articles, mini-batches of 506.
    assertEquals(3, defaults.fitPartitions(2_022, 8));
    assertEquals(2, defaults.fitPartitions(2_022, 2));
    // Above 40,000 articles a mini-batch stops at 10,000 articles: at most 14 partitions.
    assertEquals(14, defaults.fitPartitions(252_184, 200));
    assertEquals(14, defaults.fitPartitions(5_000_000, 1_000));
    // A sample language of 25 articles: mini-batches of 7, one partition.
    assertEquals(1, defaults.fitPartitions(25, 2));
    assertEquals(1, defaults.fitPartitions(796, 8), "a mini-batch of 199: one partition");
    assertEquals(2, defaults.fitPartitions(800, 8), "a mini-batch of 200: two");
    assertEquals(1, defaults.fitPartitions(0, 4));
    assertEquals(3, defaults.withPartitionCostDocs(1).fitPartitions(60, 8), "15 articles, cost 1");
    TopicSettings em = defaults.withOptimizer(TopicSettings.EM, false);
    assertEquals(64, em.fitPartitions(25, 64), "EM reads one partition per core");
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> defaults.fitPartitions(100, 0));
    assertTrue(error.getMessage().contains("cores"), error.getMessage());
    error = assertThrows(IllegalArgumentException.class,
        () -> defaults.withPartitionCostDocs(0).validate());
    assertTrue(error.getMessage().contains("partitionCostDocs"), error.getMessage());
  }

  @Test
  void theEstimatorCarriesEveryTunedSettingForItsK() {
    // bench/topics.sh measures this estimator (MllibTopics --defaults storylines), so its values
    // are those bench/topics-tuning.md chose, not only the settings record's.
    LDA twenty = FitTopics.lda(TopicSettings.defaults(20), 31_523);
    assertEquals(20, twenty.getK());
    assertEquals("online", twenty.getOptimizer());
    assertEquals(24, twenty.getMaxIter());
    assertEquals(0.25, twenty.getSubsamplingRate(), 0.0);
    assertEquals(1.0, twenty.getLearningOffset(), 0.0);
    assertEquals(0.51, twenty.getLearningDecay(), 0.0);
    assertFalse(twenty.getOptimizeDocConcentration());
    assertArrayEquals(new double[] {2.5}, twenty.getDocConcentration(), 0.0);
    assertEquals(0.05, twenty.getTopicConcentration(), 0.0);
    assertEquals(TopicSettings.defaults(20).seed(), twenty.getSeed());
    assertEquals("term_counts", twenty.getFeaturesCol());

    LDA hundred = FitTopics.lda(TopicSettings.defaults(100), 252_184);
    assertEquals(100, hundred.getK());
    assertEquals(16, hundred.getMaxIter());
    assertEquals(0.7, hundred.getLearningDecay(), 0.0);
    assertArrayEquals(new double[] {0.5}, hundred.getDocConcentration(), 0.0);
    assertEquals(10_000.0 / 252_184, hundred.getSubsamplingRate(), 1e-15, "capped mini-batches");

    LDA em =
        FitTopics.lda(TopicSettings.defaults(20).withOptimizer(TopicSettings.EM, false), 1_000);
    assertEquals("em", em.getOptimizer());
    assertEquals(TopicSettings.EM_MAX_ITER, em.getMaxIter());
    assertEquals(TopicSettings.EM_CHECKPOINT_INTERVAL, em.getCheckpointInterval());
    assertFalse(em.isSet(em.docConcentration()), "EM keeps Spark's own priors");
    assertFalse(em.isSet(em.topicConcentration()));
  }

  @Test
  void aFitWithSmallMiniBatchesUsesTheLoweredRate(SparkSession spark) throws Exception {
    FitTopics.Result result =
        new FitTopics(settings().withMaxBatchDocs(6))
            .apply(spark, articles(spark), temp.resolve("small").toString(), "run", Optional.empty());
    FitTopics.LanguageModel model = result.models().get(0);
    PipelineModel saved = PipelineModel.load(Path.of(model.path(), FitTopics.PIPELINE).toString());
    assertEquals(
        0.1, ((LDAModel) saved.stages()[1]).getSubsamplingRate(), 1e-15,
        "the fitted LDA sampled 6 of the 60 articles per mini-batch");
    JsonNode metadata =
        new ObjectMapper().readTree(Path.of(model.path(), ModelCommit.PENDING).toFile());
    assertEquals(6, metadata.get("settings").get("max_batch_docs").asInt());
    assertEquals(50, metadata.get("settings").get("partition_cost_docs").asInt());
    assertEquals(1, metadata.get("fit_partitions").asInt(), "mini-batches of 6 articles");
    assertTrue(Double.isFinite(model.logPerplexity()));
    for (Row doc : result.docTopics().collectAsList()) {
      double sum = 0;
      for (double w : doc.<Double>getList(doc.fieldIndex("topic_weights"))) {
        sum += w;
      }
      assertEquals(1.0, sum, 1e-6);
    }
  }

  @Test
  void thePerplexityBoundIsComputedOnASeededSampleOfALargeLanguage(SparkSession spark) {
    Dataset<Row> docs = articles(spark).filter("lang = 'en'");
    long all = docs.count();
    assertEquals(all, FitTopics.perplexitySample(docs, all, 100, 1).count(), "all of a small language");
    long sampled = FitTopics.perplexitySample(docs, all, 20, 1).count();
    assertTrue(sampled > 5 && sampled < 40, "about 20 of " + all + ": " + sampled);
    assertEquals(sampled, FitTopics.perplexitySample(docs, all, 20, 1).count(), "the same sample again");
  }

  @Test
  void settingsOutOfRangeAreNamed() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> TopicSettings.defaults().withK(1).validate());
    assertTrue(error.getMessage().contains("k"), error.getMessage());
  }
}
