package io.storylines.cli;

import io.storylines.StorylinesJob;
import io.storylines.config.ConfigException;
import io.storylines.config.FieldMapping;
import io.storylines.config.StorylinesConfig;
import io.storylines.config.RunMode;
import io.storylines.config.UndatedPolicy;
import io.storylines.dedup.DedupSettings;
import io.storylines.entities.Gazetteer;
import io.storylines.entities.GazetteerFiles;
import io.storylines.incremental.PublishedRun;
import io.storylines.incremental.TableSettings;
import io.storylines.io.OutputLayout;
import io.storylines.ingest.Period;
import io.storylines.ingest.format.InputFormat;
import io.storylines.run.Progress;
import io.storylines.run.RunResult;
import io.storylines.storyline.StorylineDefinition;
import io.storylines.storyline.StorylineFiles;
import io.storylines.topics.TopicSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/** {@code storylines run}: reads the inputs and publishes the tables under the output folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Read news articles and publish the Storylines tables (Parquet) under --output.",
      "PATH may be a file, a directory (read recursively) or a glob; .gz, .bz2, .xz, .zst, .lz4,"
          + " .snappy and .deflate files are read transparently, and so are the entries of .zip and"
          + " .tar archives (.tar.gz, .tgz, ...). Paths are Hadoop paths: local, hdfs://, s3a://."
    })
final class RunCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Input file, directory or glob; repeatable.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder.")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description = "auto|jsonl|json|csv|parquet|trec (default: ${DEFAULT-VALUE}, per file).")
  String format;

  @Option(
      names = "--map",
      paramLabel = "FIELD=NAME[,...]",
      description =
          "Source field for an article field (id, url, source, published_at, title, body, lang);"
              + " NAME may be a dotted path into nested JSON, e.g. title=properties.title.stringValue.")
  List<String> map = new ArrayList<>();

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      defaultValue = "month",
      description = "month|week|day: the time bucket of every table (default: ${DEFAULT-VALUE}).")
  String period;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description = "Extra java.time date pattern, tried after the built-in formats; repeatable.")
  List<String> dateFormats = new ArrayList<>();

  @Option(
      names = "--day-first",
      description =
          "Read an ambiguous 03/04/2025 as 3 April (default: month first, 4 March, unless a"
              + " --date-format puts the day first).")
  boolean dayFirst;

  @Option(
      names = "--undated",
      paramLabel = "POLICY",
      defaultValue = "reject",
      description =
          "reject|keep: a record without a readable date is a bad_date reject, or is kept under"
              + " period 'undated' (default: ${DEFAULT-VALUE}).")
  String undated;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      defaultValue = "auto",
      description = "Input encoding; auto = byte-order mark, else UTF-8 (default: ${DEFAULT-VALUE}).")
  String encoding;

  @Option(
      names = "--csv-delimiter",
      paramLabel = "CHAR",
      description =
          "CSV delimiter, one character or tab; not \" or a line break (default: detected from"
              + " the header among , ; tab |).")
  String csvDelimiter;

  @Option(
      names = "--max-record-chars",
      paramLabel = "N",
      defaultValue = "8388608",
      description =
          "Records longer than this are too_large rejects; at least 1024 (default:"
              + " ${DEFAULT-VALUE}).")
  int maxRecordChars;

  @Option(
      names = "--default-source",
      paramLabel = "NAME",
      defaultValue = "unknown",
      description =
          "Source of records with neither a source field nor a URL (default: ${DEFAULT-VALUE}).")
  String defaultSource;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "Your gazetteer (JSON Lines, see data/gazetteer/README.md), merged over the bundled one"
              + " by entity_id; repeatable.")
  List<String> gazetteers = new ArrayList<>();

  @Option(
      names = "--storyline",
      paramLabel = "FILE",
      description =
          "A storyline definition (JSON, see data/storylines/README.md); repeatable. Given, these"
              + " run instead of the bundled storylines.")
  List<String> storylines = new ArrayList<>();

  @Option(
      names = "--min-pair-docs",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "Co-occurrence: publish a pair of entities only where they are together in at least N"
              + " articles of the period and slice (default: ${DEFAULT-VALUE}).")
  int minPairDocs;

  @Option(
      names = "--topics",
      paramLabel = "K",
      defaultValue = "20",
      description = "Topics per language model (default: ${DEFAULT-VALUE}).")
  int topics;

  @Option(
      names = "--topic-min-docs",
      paramLabel = "N",
      defaultValue = "20",
      description = "A language with fewer articles gets no topic model (default: ${DEFAULT-VALUE}).")
  int topicMinDocs;

  @Option(
      names = "--topic-vocab",
      paramLabel = "N",
      defaultValue = "20000",
      description = "Most frequent terms kept per language for topics (default: ${DEFAULT-VALUE}).")
  int topicVocab;

  @Option(
      names = "--topic-min-df",
      paramLabel = "N",
      defaultValue = "3",
      description = "A topic term must be in at least N articles (default: ${DEFAULT-VALUE}).")
  int topicMinDf;

  @Option(
      names = "--topic-max-df",
      paramLabel = "FRACTION",
      defaultValue = "0.3",
      description =
          "A term in more than this fraction of a language's articles is dropped; 1 keeps all"
              + " (default: ${DEFAULT-VALUE}).")
  double topicMaxDf;

  @Option(
      names = "--topic-iterations",
      paramLabel = "N",
      description =
          "Optimizer iterations (default for online: 24 up to 50 topics, 16 above; for em: 20).")
  Integer topicIterations;

  @Option(
      names = "--topic-batch-docs",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "Most articles in one mini-batch of the online optimizer: each of its iterations samples"
              + " a quarter of a language's articles, at most N (default: ${DEFAULT-VALUE}).")
  int topicBatchDocs;

  @Option(
      names = "--topic-learning-decay",
      paramLabel = "KAPPA",
      description =
          "Decay of the online optimizer's learning rate, in (0.5, 1]: lower forgets the first"
              + " mini-batches faster (default: 0.51 up to 50 topics, 0.7 above; on AP, 24"
              + " iterations at 0.51 gave more coherent topics at k = 20 and 50, less coherent"
              + " ones at k = 75 and 100).")
  Double topicLearningDecay;

  @Option(
      names = "--topic-optimizer",
      paramLabel = "online|em",
      defaultValue = "online",
      description = "LDA optimizer: online (tuned, default) or em (checkpointed).")
  String topicOptimizer;

  @Option(
      names = "--topic-model",
      paramLabel = "DIR",
      description =
          "Reuse saved topic models (OUTPUT/models/topics of an earlier run, or one model folder):"
              + " articles are scored, so topic ids and terms stay those of the saved model;"
              + " languages without a saved model are fitted.")
  String topicModel;

  @Option(
      names = "--dedup-threshold",
      paramLabel = "J",
      defaultValue = "0.8",
      description =
          "Articles whose word 5-shingles have at least this Jaccard similarity, in (0, 1], are"
              + " near-duplicates (default: ${DEFAULT-VALUE}).")
  double dedupThreshold;

  @Option(
      names = "--no-dedup",
      description = "Skip near-duplicate detection: every article is its own dup_cluster.")
  boolean noDedup;

  @Option(
      names = "--mode",
      paramLabel = "replace|append",
      defaultValue = "replace",
      description =
          "replace: the input is the whole corpus (default). append: the input is a new batch added"
              + " to the articles already published in --output; ids already there are skipped,"
              + " topics are scored with the published models, and only changed periods are rewritten.")
  String mode;

  @CommandLine.Mixin SparkOptions sparkOptions;

  TopicSettings topicSettings() {
    TopicSettings settings =
        TopicSettings.defaults(topics)
            .withMinDocs(topicMinDocs)
            .withMaxBatchDocs(topicBatchDocs)
            .withVocabulary(topicVocab, topicMinDf, topicMaxDf)
            .withOptimizer(topicOptimizer, topicIterations != null);
    if (topicLearningDecay != null) {
      settings = settings.withLearningDecay(topicLearningDecay);
    }
    return topicIterations == null ? settings : settings.withMaxIter(topicIterations);
  }

  @Override
  public Integer call() {
    StorylinesConfig config = config();
    checkDefinitions(config);
    List<String> arguments = List.of(spec.commandLine().getParseResult().originalArgs().toArray(new String[0]));
    SparkSession spark = sparkOptions.session();
    try {
      Progress progress = Progress.toStderr();
      RunResult result = StorylinesJob.run(spark, config, arguments, progress);
      progress.summary(result);
      return StorylinesCli.EXIT_OK;
    } catch (ConfigException e) {
      throw new StorylinesCli.UsageError(e.getMessage(), e);
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads and checks the gazetteer and storyline files before Spark starts, so that a mistake in
   * one (the files users edit most) is reported in about 2 s, with nothing written; with {@code
   * --mode append}, also that they and the pair and near-duplicate settings are the published
   * run's. The job reads and checks them again in its stages. The files are read with the Hadoop
   * settings spark-submit or {@code -D} gave ({@code spark.hadoop.*}), as the job's are.
   */
  static void checkDefinitions(StorylinesConfig config) {
    Configuration hadoopConf = new Configuration();
    for (Tuple2<String, String> setting : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
      hadoopConf.set(setting._1(), setting._2());
    }
    try {
      Gazetteer gazetteer = GazetteerFiles.load(hadoopConf, config.gazetteers());
      List<StorylineDefinition> storylines =
          StorylineFiles.load(hadoopConf, config.storylines(), gazetteer);
      if (config.mode() == RunMode.APPEND) {
        OutputLayout layout = new OutputLayout(config.output(), "check");
        PublishedRun.load(hadoopConf, layout.root(), layout.publishedManifest())
            .requireSameSettings(TableSettings.current(hadoopConf, config, storylines));
      }
    } catch (ConfigException e) {
      throw new StorylinesCli.UsageError(e.getMessage(), e);
    }
  }

  StorylinesConfig config() {
    try {
      Character delimiter = null;
      if (csvDelimiter != null) {
        String d = csvDelimiter.equalsIgnoreCase("tab") || csvDelimiter.equals("\\t") ? "\t" : csvDelimiter;
        if (d.length() != 1) {
          throw new ConfigException("--csv-delimiter must be one character, not '" + csvDelimiter + "'");
        }
        delimiter = d.charAt(0);
      }
      return StorylinesConfig.builder()
          .inputs(inputs)
          .output(output)
          .format(option("--format", () -> InputFormat.fromCliName(format)))
          .mapping(FieldMapping.parse(map))
          .period(option("--period", () -> Period.fromCliName(period)))
          .dateFormats(dateFormats)
          .dayFirst(dayFirst)
          .undated(option("--undated", () -> UndatedPolicy.fromCliName(undated)))
          .encoding(encoding)
          .csvDelimiter(delimiter)
          .maxRecordChars(maxRecordChars)
          .defaultSource(defaultSource)
          .gazetteers(gazetteers)
          .storylines(storylines)
          .minPairDocs(minPairDocs)
          .topics(topicSettings())
          .topicModel(topicModel)
          .dedup(DedupSettings.defaults().withThreshold(dedupThreshold).withEnabled(!noDedup))
          .mode(option("--mode", () -> RunMode.fromCliName(mode)))
          .build();
    } catch (IllegalArgumentException | ConfigException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The value of option {@code name}, parsed; a value it refuses is an error that names the option. */
  private static <T> T option(String name, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name + ": " + e.getMessage(), e);
    }
  }
}
