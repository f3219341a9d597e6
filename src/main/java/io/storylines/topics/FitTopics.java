package io.storylines.topics;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import io.storylines.ingest.OutcomeRows;
import io.storylines.text.AnalyzeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Spark stage: one topic model per language, fitted or reused, and every article's topic weights.
 *
 * <p>A model is a Spark ML {@link PipelineModel}: {@link CountVectorizer} over the text stage's
 * tokens (stopwords and news boilerplate already removed) then {@link LDA} with the online
 * optimizer ({@link TopicSettings}). A language whose articles with tokens number fewer than
 * {@code minDocs} gets no model and is counted as skipped; so is a language whose vocabulary is
 * empty after the document-frequency limits.
 *
 * <p>Without a model to reuse, each model is fitted and saved under {@code
 * MODELS/<lang>/<model_id>} (a {@code pipeline} folder and {@code storylines-model.json}), where
 * {@code model_id} is {@code <lang>-<run id>}; its metadata stays pending until the run publishes
 * ({@link ModelCommit}), and only committed models are reused. With {@code reuse} (the {@code --topic-model}
 * folder: a models root holding {@code <lang>/<model_id>} folders, of which the latest per
 * language is taken, or one model folder), a language that has a saved model is only scored with
 * it, so its topic ids and terms stay those of the saved model; other languages are fitted.
 *
 * <p>The driver holds, per language, the vocabulary and the k × vocabulary topic matrix that
 * Spark ML's model holds anyway, and the top terms of each topic.
 */
public final class FitTopics {
  /** Top terms per topic in the {@code topics} table. */
  public static final int TOP_TERMS = 30;

  /** Top terms per topic whose document frequency and NPMI are the topic's quality figures. */
  public static final int QUALITY_TERMS = 10;

  /**
   * The log-perplexity bound in the manifest is computed on at most about this many of a
   * language's documents (a seeded sample above it).
   */
  public static final int PERPLEXITY_DOCS = 10_000;

  static final String METADATA = "storylines-model.json";
  static final String PIPELINE = "pipeline";

  /** One language's model as the run used it. */
  public record LanguageModel(
      String lang, String modelId, String path, boolean fitted, long documents, int vocabulary,
      int fitPartitions, double logPerplexity) {}

  /**
   * One topic of a model: its top terms with their weights, and its quality figures counted over
   * the scored documents of its language.
   */
  public record Topic(
      String modelId, String lang, int topicId, List<String> terms, List<Double> weights,
      TopicCoherence.Quality quality, long documents) {}

  /**
   * The stage's output. {@code docTopics} reads the languages' articles cached for their fits
   * ({@code cached}): once the caller has materialized it (persisted and counted), {@link
   * #releaseInputs} frees them, so that runs in one session do not pile them up.
   */
  public record Result(
      Dataset<Row> docTopics, List<Topic> topics, List<LanguageModel> models, Map<String, Long> skipped,
      List<Dataset<Row>> cached) {
    public void releaseInputs() {
      cached.forEach(Dataset::unpersist);
    }
  }

  public static final StructType DOC_TOPICS =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("lang", DataTypes.StringType, false)
          .add("model_id", DataTypes.StringType, false)
          .add("topic_weights", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
          .add("top_topic", DataTypes.IntegerType, false)
          .add("top_weight", DataTypes.DoubleType, false)
          .add("period", DataTypes.StringType, false);

  private final TopicSettings settings;

  public FitTopics(TopicSettings settings) {
    this.settings = settings.validate();
  }

  /**
   * @param articles accepted articles with the text stage's columns
   * @param modelsRoot where new models are saved ({@code OUTPUT/models/topics})
   * @param runId names new models
   * @param reuse the {@code --topic-model} folder, if given
   */
  public Result apply(
      SparkSession spark, Dataset<Row> articles, String modelsRoot, String runId, Optional<String> reuse) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    return apply(
        spark, articles, modelsRoot, runId,
        reuse.map(dir -> savedModels(conf, new Path(dir))).orElse(Map.of()));
  }

  /**
   * As above, with the saved models to reuse named one per language ({@code --mode append} reuses
   * those of the published run); a language without one is fitted.
   */
  public Result apply(
      SparkSession spark, Dataset<Row> articles, String modelsRoot, String runId, Map<String, Path> saved) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Dataset<Row> withTokens =
        articles
            .filter(col(OutcomeRows.ACCEPTED).and(size(col(AnalyzeText.TOKENS)).gt(0)))
            .select(col(OutcomeRows.ARTICLE_ID), col(OutcomeRows.PERIOD), col(OutcomeRows.LANG), col(AnalyzeText.TOKENS));
    Map<String, Long> perLanguage = new TreeMap<>();
    for (Row row : withTokens.groupBy(col(OutcomeRows.LANG)).count().collectAsList()) {
      perLanguage.put(row.getString(0), row.getLong(1));
    }
    // Languages are independent: fit them in parallel, so that on small inputs the cores are not
    // idle between one model's many short Spark jobs. Results are combined in language order.
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, perLanguage.size())));
    Map<String, Future<Fitted>> futures = new TreeMap<>();
    try {
      for (Map.Entry<String, Long> language : perLanguage.entrySet()) {
        futures.put(
            language.getKey(),
            pool.submit(
                () -> fitOrLoad(conf, withTokens, language.getKey(), language.getValue(), modelsRoot, runId, saved)));
      }
    } finally {
      pool.shutdown();
    }
    List<LanguageModel> models = new ArrayList<>();
    List<Topic> topics = new ArrayList<>();
    Map<String, Long> skipped = new TreeMap<>();
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> docTopics = null;
    for (Future<Fitted> future : futures.values()) {
      Fitted fitted = join(future);
      if (fitted.cached() != null) {
        cached.add(fitted.cached());
      }
      if (fitted.skipReason() != null) {
        skipped.merge(fitted.skipReason(), 1L, Long::sum);
        continue;
      }
      docTopics = docTopics == null ? fitted.docTopics() : docTopics.unionByName(fitted.docTopics());
      topics.addAll(fitted.topics());
      models.add(fitted.model());
    }
    if (docTopics == null) {
      docTopics = spark.createDataFrame(List.of(), DOC_TOPICS);
    }
    return new Result(docTopics.select(columns(DOC_TOPICS)), topics, models, skipped, List.copyOf(cached));
  }

  /** One language's outcome: a model with its scored articles and topics, or why it was skipped. */
  private record Fitted(
      LanguageModel model, Dataset<Row> docTopics, List<Topic> topics, String skipReason, Dataset<Row> cached) {
    static Fitted skipped(String reason) {
      return new Fitted(null, null, null, reason, null);
    }
  }

  private Fitted fitOrLoad(
      Configuration conf, Dataset<Row> withTokens, String lang, long documents, String modelsRoot,
      String runId, Map<String, Path> saved) {
    Dataset<Row> docs = withTokens.filter(col(OutcomeRows.LANG).equalTo(lang));
    PipelineModel model;
    String modelId;
    String path;
    boolean fitted;
    int fitPartitions = 0;
    if (saved.containsKey(lang)) {
      path = saved.get(lang).toString();
      model = PipelineModel.load(new Path(saved.get(lang), PIPELINE).toString());
      modelId = saved.get(lang).getName();
      fitted = false;
    } else if (documents < settings.minDocs()) {
      return Fitted.skipped("too few documents");
    } else if (settings.maxDf() < 1 && settings.maxDf() * documents < settings.minDf()) {
      // No term can be in at least minDf and at most maxDf of so few documents (with --topic-min-docs
      // below minDf / maxDf); Spark's CountVectorizer would fail with "maxDF must be >= minDF".
      return Fitted.skipped("empty vocabulary");
    } else {
      modelId = lang + "-" + runId;
      Path dir = new Path(new Path(modelsRoot, lang), modelId);
      // One partition per core, cached, for the vocabulary and for scoring every article: the
      // text stage's partitioning (by input file) can leave cores idle or skewed. Articles go
      // to partitions by a hash of their id and lie in id order, because the optimizer samples
      // each mini-batch partition by partition, by position, with one seed per partition: so the
      // model depends on the number of partitions only, not on the order in which a shuffle
      // happened to fetch its blocks (which differs between local mode and a cluster).
      int cores = docs.sparkSession().sparkContext().defaultParallelism();
      docs = byId(docs, cores).persist(StorageLevel.MEMORY_AND_DISK());
      // The fit reads fewer partitions when a mini-batch would spread thin over the cores: each
      // partition adds a dense k x vocabulary matrix to every mini-batch (TopicSettings).
      fitPartitions = settings.fitPartitions(documents, cores);
      Dataset<Row> fitDocs = fitPartitions == cores ? docs : byId(docs, fitPartitions);
      // The vocabulary first: Spark 4's CountVectorizer only warns when no term is within
      // minDf..maxDf, and LDA then fails on zero columns. The fitted vectorizer is the pipeline's
      // first stage as it is (a Pipeline passes a Transformer stage through), so it is fitted once.
      CountVectorizerModel vocabulary = vectorizer().fit(docs);
      if (vocabulary.vocabulary().length == 0) {
        docs.unpersist();
        return Fitted.skipped("empty vocabulary");
      }
      model =
          new Pipeline()
              .setStages(new PipelineStage[] {vocabulary, lda(settings, documents)})
              .fit(fitDocs);
      save(conf, model, dir, lang, modelId, fitPartitions);
      path = dir.toString();
      fitted = true;
    }
    CountVectorizerModel vectorizer = (CountVectorizerModel) model.stages()[0];
    LDAModel lda = (LDAModel) model.stages()[1];
    double logPerplexity =
        lda.logPerplexity(model.transform(perplexitySample(docs, documents, PERPLEXITY_DOCS, settings.seed())));
    Dataset<Row> scored = model.transform(docs);
    Column weights = org.apache.spark.ml.functions.vector_to_array(col("topic_distribution"), "float64");
    Dataset<Row> languageTopics =
        scored
            .select(
                col(OutcomeRows.ARTICLE_ID).as("article_id"),
                col(OutcomeRows.LANG).as("lang"),
                lit(modelId).as("model_id"),
                weights.as("topic_weights"),
                col(OutcomeRows.PERIOD).as("period"))
            // An article none of whose tokens is in the vocabulary has no topic weights (all 0).
            .filter(aggregate(col("topic_weights"), lit(0.0), (acc, x) -> acc.plus(x)).gt(0.5))
            .withColumn("top_weight", array_max(col("topic_weights")))
            .withColumn(
                "top_topic",
                array_position(col("topic_weights"), col("top_weight")).minus(1).cast(DataTypes.IntegerType));
    return new Fitted(
        new LanguageModel(
            lang, modelId, path, fitted, documents, vectorizer.vocabulary().length, fitPartitions,
            logPerplexity),
        languageTopics,
        describe(lda, vectorizer.vocabulary(), modelId, lang, docs),
        null,
        fitted ? docs : null);
  }

  /** {@code docs} in {@code partitions} partitions by a hash of the article id, in id order. */
  private static Dataset<Row> byId(Dataset<Row> docs, int partitions) {
    return docs.repartition(partitions, col(OutcomeRows.ARTICLE_ID))
        .sortWithinPartitions(col(OutcomeRows.ARTICLE_ID));
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fitting topic models", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private CountVectorizer vectorizer() {
    return new CountVectorizer()
            .setInputCol(AnalyzeText.TOKENS)
            .setOutputCol("term_counts")
            .setVocabSize(settings.vocabSize())
            .setMinDF(settings.minDf())
            // A fraction below 1; 1.0 would mean "one document", so it stands for no limit.
            .setMaxDF(settings.maxDf() < 1 ? settings.maxDf() : Double.MAX_VALUE);
  }

  /**
   * The documents the log-perplexity bound is computed on: all of them up to {@link
   * #PERPLEXITY_DOCS}, else a seeded Bernoulli sample of about that many. The bound costs one
   * inference per document, as much as scoring it; over all of a large language's documents it
   * would grow the stage as much as scoring does, for a figure that compares models and that a
   * sample of 10,000 documents estimates well.
   */
  static Dataset<Row> perplexitySample(Dataset<Row> docs, long documents, int most, long seed) {
    return documents <= most ? docs : docs.sample(false, (double) most / documents, seed);
  }

  /**
   * The {@code LDA} stage the job fits for a language of {@code documents} articles with these
   * settings, reading term counts from the column {@code term_counts}. Public so that the topic
   * benchmark (bench/topics.sh) measures this very estimator rather than a copy of its settings.
   */
  public static LDA lda(TopicSettings settings, long documents) {
    LDA lda =
        new LDA()
            .setK(settings.k())
            .setMaxIter(settings.maxIter())
            .setSeed(settings.seed())
            .setFeaturesCol("term_counts")
            .setTopicDistributionCol("topic_distribution");
    if (TopicSettings.EM.equals(settings.optimizer())) {
      // Spark's default priors for EM (it requires both above 1); the graph is checkpointed into
      // the session's checkpoint folder, which the job sets under the run's own folder.
      lda.setOptimizer("em").setCheckpointInterval(TopicSettings.EM_CHECKPOINT_INTERVAL);
    } else {
      lda.setOptimizer("online")
          .setSubsamplingRate(settings.subsamplingRateFor(documents))
          .setLearningOffset(settings.learningOffset())
          .setLearningDecay(settings.learningDecay())
          .setOptimizeDocConcentration(settings.optimizeDocConcentration())
          .setTopicConcentration(0.05);
      if (!settings.optimizeDocConcentration()) {
        lda.setDocConcentration(50.0 / settings.k());
      }
    }
    return lda;
  }

  /**
   * The model's topics with their top terms, and their quality figures counted in one pass over
   * the language's documents (a fixed-size array of counts per partition, summed in a tree).
   */
  private static List<Topic> describe(
      LDAModel lda, String[] vocabulary, String modelId, String lang, Dataset<Row> docs) {
    List<Row> described = lda.describeTopics(TOP_TERMS).collectAsList();
    List<List<String>> qualityTerms = new ArrayList<>();
    for (Row topic : described) {
      List<Integer> terms = topic.getList(1);
      qualityTerms.add(
          terms.subList(0, Math.min(QUALITY_TERMS, terms.size())).stream().map(t -> vocabulary[t]).toList());
    }
    TopicCoherence coherence = new TopicCoherence(qualityTerms);
    long[] counts =
        docs.select(col(AnalyzeText.TOKENS))
            .javaRDD()
            .treeAggregate(
                coherence.newCounts(),
                (acc, row) -> coherence.accumulate(acc, row.<String>getList(0)),
                TopicCoherence::merge);
    List<TopicCoherence.Quality> qualities = coherence.score(counts);
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < described.size(); i++) {
      Row topic = described.get(i);
      List<Integer> terms = topic.getList(1);
      List<Double> weights = topic.getList(2);
      topics.add(
          new Topic(
              modelId, lang, topic.getInt(0), terms.stream().map(t -> vocabulary[t]).toList(),
              List.copyOf(weights), qualities.get(i), TopicCoherence.documents(counts)));
    }
    return topics;
  }

  private void save(
      Configuration conf, PipelineModel model, Path dir, String lang, String modelId, int fitPartitions) {
    try {
      model.write().save(new Path(dir, PIPELINE).toString());
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("model_id", modelId);
      metadata.put("lang", lang);
      metadata.put("settings", settings.describe());
      // The model depends on the number of partitions its online fit read (TopicSettings).
      metadata.put("fit_partitions", fitPartitions);
      FileSystem fs = dir.getFileSystem(conf);
      // Pending until the run publishes (ModelCommit): a failed run's model is never reused.
      try (FSDataOutputStream out = fs.create(new Path(dir, ModelCommit.PENDING), false)) {
        out.write(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(metadata)
                .getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the topic model " + dir, e);
    }
  }

  /**
   * Stops a run before any work when {@code --topic-model dir} holds no saved model that {@link
   * #savedModels} would take (a wrong path, or the model of a run that did not publish).
   *
   * @throws io.storylines.config.ConfigException naming the folder and what it lacks
   */
  public static void checkSavedModels(Configuration conf, String dir) {
    try {
      savedModels(conf, new Path(dir));
    } catch (IllegalArgumentException e) {
      throw new io.storylines.config.ConfigException(e.getMessage(), e);
    }
  }

  /**
   * The saved model per language in {@code dir}: one model folder (it has {@code
   * storylines-model.json}), or a root of {@code <lang>/<model_id>} folders, the latest model id
   * per language (ids end with the run id, which starts with the run's UTC time). Only committed
   * models count: a model whose run did not publish has no {@code storylines-model.json}.
   *
   * @throws IllegalArgumentException when {@code dir} holds no saved model
   */
  static Map<String, Path> savedModels(Configuration conf, Path dir) {
    try {
      FileSystem fs = dir.getFileSystem(conf);
      Map<String, Path> models = new TreeMap<>();
      if (fs.exists(new Path(dir, METADATA))) {
        models.put(languageOf(fs, dir), dir);
        return models;
      }
      if (fs.exists(dir)) {
        for (FileStatus lang : fs.listStatus(dir)) {
          if (!lang.isDirectory()) {
            continue;
          }
          for (FileStatus model : fs.listStatus(lang.getPath())) {
            if (model.isDirectory() && fs.exists(new Path(model.getPath(), METADATA))) {
              String language = languageOf(fs, model.getPath());
              Path current = models.get(language);
              if (current == null || current.getName().compareTo(model.getPath().getName()) < 0) {
                models.put(language, model.getPath());
              }
            }
          }
        }
      }
      if (models.isEmpty() && ModelCommit.isPending(fs, dir)) {
        throw new IllegalArgumentException(
            "--topic-model " + dir + " is the model of a run that did not publish its tables (it has "
                + ModelCommit.PENDING + ", no " + METADATA + "); use a model of a run that succeeded");
      }
      if (models.isEmpty()) {
        throw new IllegalArgumentException(
            "--topic-model " + dir + " holds no saved topic model (a folder with " + METADATA
                + ", or a models root such as OUTPUT/models/topics)");
      }
      return models;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the topic models in " + dir, e);
    }
  }

  private static String languageOf(FileSystem fs, Path model) throws IOException {
    try (FSDataInputStream in = fs.open(new Path(model, METADATA))) {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("lang").asText();
    }
  }

  private static Column[] columns(StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }
}
