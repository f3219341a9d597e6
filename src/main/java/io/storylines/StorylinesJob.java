package io.storylines;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.sum;

import io.storylines.config.ConfigException;
import io.storylines.config.RunMode;
import io.storylines.config.StorylinesConfig;
import io.storylines.incremental.AppendBatch;
import io.storylines.incremental.PartitionPlan;
import io.storylines.incremental.PublishedRun;
import io.storylines.incremental.TableSettings;
import io.storylines.dedup.FindDuplicates;
import io.storylines.ingest.ArticleMapper;
import io.storylines.ingest.DateParser;
import io.storylines.ingest.InputFile;
import io.storylines.ingest.InputListing;
import io.storylines.ingest.ListInputFiles;
import io.storylines.ingest.OutcomeRows;
import io.storylines.ingest.ReadArticles;
import io.storylines.ingest.RejectDuplicateIds;
import io.storylines.ingest.RejectReason;
import io.storylines.entities.CountEntities;
import io.storylines.entities.DiscoverNames;
import io.storylines.entities.ExtractEntities;
import io.storylines.entities.Gazetteer;
import io.storylines.entities.GazetteerFiles;
import io.storylines.cooccurrence.CountCooccurrences;
import io.storylines.cooccurrence.Scope;
import io.storylines.io.ArticlesTable;
import io.storylines.io.CooccurrenceTable;
import io.storylines.io.DocTopicsTable;
import io.storylines.io.TopicTimelineTable;
import io.storylines.io.TopicQualityTable;
import io.storylines.io.TopicsTable;
import io.storylines.io.EntityTimelineTable;
import io.storylines.io.StorylineShiftsTable;
import io.storylines.io.StorylineTimelineTable;
import io.storylines.run.StageCache;
import io.storylines.timeline.EntityTimeline;
import io.storylines.timeline.StorylineShifts;
import io.storylines.timeline.StorylineTimeline;
import io.storylines.topics.FitTopics;
import io.storylines.topics.LabelTopics;
import io.storylines.topics.ModelCommit;
import io.storylines.topics.TopicSettings;
import io.storylines.topics.TopicTimeline;
import io.storylines.io.EntitiesTable;
import io.storylines.io.EntityCandidatesTable;
import io.storylines.io.MentionsTable;
import io.storylines.io.OutputLayout;
import io.storylines.io.RejectsTable;
import io.storylines.io.RunHistory;
import io.storylines.io.RunsTable;
import io.storylines.io.StorylineArticlesTable;
import io.storylines.io.TablePublisher;
import io.storylines.io.TableWriter;
import io.storylines.run.Progress;
import io.storylines.run.RecordAccounting;
import io.storylines.run.RunRecorder;
import io.storylines.run.RunRecorder.StageOutput;
import io.storylines.run.RunResult;
import io.storylines.run.StageRecord;
import io.storylines.storyline.MatchStorylines;
import io.storylines.storyline.StorylineDefinition;
import io.storylines.storyline.StorylineFiles;
import io.storylines.text.AnalyzeText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Storylines batch job: read the articles, account for every record, and publish the tables.
 *
 * <p>{@link #run} is the whole job, stage by stage: list the input files, read every record into an
 * article or a reject, analyse the text (language, normalization, sentences, tokens), reject
 * reused article ids among the records that have text, cluster near-duplicate articles, find the gazetteer's entities, count which entities are mentioned together,
 * fit or reuse a topic model per language and score every article, find each storyline's articles,
 * then write the tables to a staging folder, prove that each input file's records read equal its
 * articles plus its rejects as written, and publish all tables at once with the run manifest. The
 * storyline definitions are loaded and checked right after the gazetteer, before any article is
 * read, so a wrong definition stops the run at once.
 *
 * <p>The job sets the session's time zone to UTC and Parquet timestamps to {@code
 * TIMESTAMP_MICROS}, the conventions of the published tables.
 */
public final class StorylinesJob {
  /**
   * How the article rows are cached between stages: the rows with their text (ingested, analysed,
   * id-checked), which grow with the corpus and are reused by every later stage, are kept on the
   * executors' local disks, not in the heap, so the heap left for aggregations and joins does not
   * shrink as the corpus grows (the operating system's page cache still serves them from memory
   * when it can). The smaller outputs that are reused (mentions, clusters, doc topics) stay in
   * memory, spilling to disk.
   */
  static final StorageLevel TEXT_CACHE = StorageLevel.DISK_ONLY();

  private final SparkSession spark;
  private final StorylinesConfig config;
  private final RunRecorder run;

  private StorylinesJob(SparkSession spark, StorylinesConfig config, RunRecorder run) {
    this.spark = spark;
    this.config = config;
    this.run = run;
  }

  /** Runs the job quietly; for tests and for embedding. */
  public static RunResult run(SparkSession spark, StorylinesConfig config) {
    return run(spark, config, List.of(), Progress.quiet());
  }

  /**
   * Runs the job, reporting each stage to {@code progress}.
   *
   * @param arguments the command line as given, recorded in the run manifest
   * @throws io.storylines.config.ConfigException for a usage problem (an input that does not exist)
   * @throws io.storylines.run.StageFailedException when a stage fails; the previous tables stay
   */
  public static RunResult run(
      SparkSession spark, StorylinesConfig config, List<String> arguments, Progress progress) {
    RunRecorder recorder =
        new RunRecorder(config, arguments, Versions.of(spark), progress, Clock.systemUTC());
    return new StorylinesJob(spark, config, recorder).execute();
  }

  private RunResult execute() {
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    // The runs table has more than Spark's default of 25 fields to print in a plan; without this
    // every run warns that a plan's description was truncated.
    spark.conf().set("spark.sql.debug.maxToStringFields", "200");
    OutputLayout layout = new OutputLayout(config.output(), run.runId());
    // Before the try: a failed run leaves its manifest under the output, which must not be an input;
    // an input that matches nothing, a --topic-model that holds no model, or an append with nothing
    // to append to stops the run before any work, with nothing written.
    checkOutputOutsideInputs();
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    new ListInputFiles(hadoopConf, config.format()).requireExisting(config.inputs());
    config.topicModel().ifPresent(dir -> FitTopics.checkSavedModels(hadoopConf, dir));
    PublishedRun appendTo = null;
    if (config.mode() == RunMode.APPEND) {
      appendTo = PublishedRun.load(hadoopConf, layout.root(), layout.publishedManifest());
      appendTo.requirePeriod(config.period().cliName());
    }
    run.progress().line("run " + run.runId() + " writing to " + layout.root());
    try {
      Gazetteer gazetteer = loadGazetteer();
      textAnalysis = new AnalyzeText(gazetteer.aliases("tr"));
      List<StorylineDefinition> storylines = loadStorylines(gazetteer);
      published = appendTo == null ? null : loadPublishedRun(layout, appendTo);
      InputListing inputs = listInputFiles();
      Dataset<Row> outcomes = readArticles(inputs);
      Dataset<Row> analyzed = rejectDuplicateIds(analyzeText(outcomes));
      if (published != null) {
        analyzed = appendToPublished(analyzed);
      }
      Dataset<Row> duplicates = findDuplicates(analyzed);
      Dataset<Row> mentions = extractEntities(analyzed, gazetteer);
      Dataset<Row> cooccurrence = countCooccurrences(analyzed, mentions);
      TopicTables topics = fitTopics(analyzed, mentions, gazetteer, layout);
      Dataset<Row> storylineArticles = matchStorylines(analyzed, mentions, storylines);
      Timelines timelines =
          buildTimelines(analyzed, duplicates, mentions, storylines, storylineArticles, topics);
      return publishTables(
          layout, inputs, analyzed, duplicates, mentions, cooccurrence, topics, storylineArticles,
          timelines, gazetteer);
    } catch (RuntimeException e) {
      recordFailure(layout, e);
      throw e;
    }
  }

  private Gazetteer loadGazetteer() {
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    return run.stage(
        "gazetteer",
        () -> {
          Gazetteer gazetteer = GazetteerFiles.load(hadoopConf, config.gazetteers());
          long surfaces =
              gazetteer.entities().stream().mapToLong(e -> e.surfaces().size()).sum();
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put("entities", (long) gazetteer.entities().size());
          counts.put("aliases", surfaces);
          counts.put("user files", (long) config.gazetteers().size());
          return new StageOutput<>(gazetteer, counts);
        });
  }

  private List<StorylineDefinition> loadStorylines(Gazetteer gazetteer) {
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    return run.stage(
        "definitions",
        () -> {
          List<StorylineDefinition> storylines =
              StorylineFiles.load(hadoopConf, config.storylines(), gazetteer);
          // What an append of a later batch compares, recorded in the manifest.
          tableSettings = TableSettings.current(hadoopConf, config, storylines);
          Map<String, Object> gazetteerSection = new LinkedHashMap<>();
          gazetteerSection.put("files", config.gazetteers());
          gazetteerSection.put("sha256", tableSettings.gazetteer());
          run.section("gazetteer", gazetteerSection);
          List<Map<String, Object>> described = new ArrayList<>();
          for (StorylineDefinition storyline : storylines) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("storyline_id", storyline.storylineId());
            entry.put("file", storyline.file());
            entry.put("sha256", tableSettings.storylines().get(storyline.storylineId()));
            entry.put("bundled", config.storylines().isEmpty());
            entry.put("rule", storyline.rule().mode().code());
            entry.put("frames", storyline.frames().stream().map(f -> f.frameId()).toList());
            described.add(entry);
          }
          run.section("storylines", described);
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put("storylines", (long) storylines.size());
          counts.put("frames", storylines.stream().mapToLong(s -> s.frames().size()).sum());
          counts.put("user files", (long) config.storylines().size());
          return new StageOutput<>(storylines, counts);
        });
  }

  /** The settings that shape every period's tables, set by the definitions stage. */
  private TableSettings tableSettings;

  /**
   * Stops the run before any work when the output folder is an input folder, inside one, or holds
   * one: the next run would read its own tables, or publishing would replace its input.
   */
  private void checkOutputOutsideInputs() {
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path output = qualified(hadoopConf, config.output());
    for (String input : config.inputs()) {
      org.apache.hadoop.fs.Path in = qualified(hadoopConf, input);
      if (isWithin(output, in)) {
        throw new ConfigException(
            "--output " + config.output() + " is inside --input " + input
                + ": the next run would read its own tables; choose an output folder outside the input");
      }
      if (isWithin(in, output)) {
        throw new ConfigException(
            "--input " + input + " is inside --output " + config.output()
                + ": publishing would replace the input; choose an output folder outside the input");
      }
    }
  }

  private static org.apache.hadoop.fs.Path qualified(Configuration conf, String path) {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    try {
      return p.getFileSystem(conf).makeQualified(p);
    } catch (java.io.IOException e) {
      throw new ConfigException("cannot resolve " + path + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code path} is {@code folder} or a path below it. */
  private static boolean isWithin(org.apache.hadoop.fs.Path path, org.apache.hadoop.fs.Path folder) {
    for (org.apache.hadoop.fs.Path p = path; p != null; p = p.getParent()) {
      if (p.equals(folder)) {
        return true;
      }
    }
    return false;
  }

  /**
   * With {@code --mode append}: the stage that reads the articles of {@code published}, the run in
   * the output folder that the batch joins (loaded and its period checked before the run started).
   * It first checks that this run's gazetteer, storylines, pair and near-duplicate settings are the
   * published run's, before any article is read: the periods the batch does not change are copied
   * as the published run wrote them.
   */
  private PublishedRun loadPublishedRun(OutputLayout layout, PublishedRun published) {
    return run.stage(
        "published",
        () -> {
          published.requireSameSettings(tableSettings);
          org.apache.hadoop.fs.Path articles = layout.publishedTable(ArticlesTable.NAME);
          appendBatch = new AppendBatch(spark.read().parquet(articles.toString()));
          publishedArticles = appendBatch.carried().count();
          Map<String, Object> section = new LinkedHashMap<>();
          section.put("previous_run_id", published.runId());
          section.put("previous_articles", publishedArticles);
          Map<String, String> models = new TreeMap<>();
          published.topicModels().forEach((lang, model) -> models.put(lang, model.modelId()));
          section.put("topic_models", models);
          appendSection = section;
          run.section("append", section);
          return new StageOutput<>(published, Map.of("articles", publishedArticles));
        });
  }

  /** With {@code --mode append}: the run published in the output folder; else null. */
  private PublishedRun published;

  /** With {@code --mode append}: how many articles the published run has. */
  private long publishedArticles;

  /** With {@code --mode append}: what joins the batch to the published articles. */
  private AppendBatch appendBatch;

  /** With {@code --mode append}: the manifest's {@code append} section, filled as the run goes. */
  private Map<String, Object> appendSection;

  /** With {@code --mode append}: the batch's outcomes, ids checked against the published ones. */
  private Dataset<Row> batchOutcomes;

  /** The text stage, whose Turkish topic tokens keep the gazetteer's names unstemmed. */
  private AnalyzeText textAnalysis;

  /** With {@code --mode append}: the published articles, analysed again, cached. */
  private Dataset<Row> carriedArticles;

  /**
   * Skips the batch's records whose id is published, then adds the published articles, their text
   * analysed again, so that the stages after this one see every article, published or new.
   */
  private Dataset<Row> appendToPublished(Dataset<Row> checked) {
    return run.stage(
        "append",
        () -> {
          batchOutcomes = StageCache.persist(appendBatch.rejectPublished(checked), TEXT_CACHE);
          long present = countLanguages(batchOutcomes, RejectReason.ALREADY_PRESENT, true);
          checked.unpersist();
          carriedArticles =
              StageCache.persist(textAnalysis.apply(appendBatch.carried()), TEXT_CACHE);
          appendSection.put("already_present", present);
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put("already present", present);
          // Counted here, so that the analysis is timed as this stage's.
          counts.put("published articles", carriedArticles.count());
          return new StageOutput<>(batchOutcomes.unionByName(carriedArticles), counts);
        });
  }

  private InputListing listInputFiles() {
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    return run.stage(
        "inputs",
        () -> {
          InputListing listing = new ListInputFiles(hadoopConf, config.format()).list(config.inputs());
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put("files", (long) listing.files().size());
          counts.put("bytes", listing.totalBytes());
          counts.put("skipped", (long) listing.skipped().size());
          List<String> skipped = listing.skipped();
          run.section("skipped_files", skipped.subList(0, Math.min(1000, skipped.size())));
          return new StageOutput<>(listing, counts);
        });
  }

  /** Per input file: outcome rows by accepted (true) or rejected (false). */
  private Map<String, long[]> readCounts;

  /** The records read, cached until the text stage has analysed them. */
  private Dataset<Row> readCache;

  private Dataset<Row> readArticles(InputListing inputs) {
    return run.stage(
        "ingest",
        () -> {
          ArticleMapper mapper =
              new ArticleMapper(
                  config.mapping(),
                  new DateParser(config.dateFormats(), ZoneOffset.UTC, config.dayFirst()),
                  config.period(),
                  config.undated(),
                  config.defaultSource());
          ReadArticles.ArticlesRead read = new ReadArticles(mapper, config.readerOptions()).read(spark, inputs);
          readCache = StageCache.persist(read.outcomes(), TEXT_CACHE);
          readCounts = new TreeMap<>();
          for (Row row :
              readCache.groupBy(OutcomeRows.INPUT_FILE, OutcomeRows.ACCEPTED).count().collectAsList()) {
            long[] counts = readCounts.computeIfAbsent(row.getString(0), file -> new long[2]);
            counts[row.getBoolean(1) ? 0 : 1] += row.getLong(2);
          }
          // Every partition has been read by the count above, so the list is complete.
          List<String> skippedEntries = read.skippedArchiveEntries();
          run.section(
              "skipped_archive_entries",
              skippedEntries.subList(0, Math.min(1000, skippedEntries.size())));
          Dataset<Row> outcomes = withMissingParquetRows(read.parquetRows());
          long accepted = readCounts.values().stream().mapToLong(c -> c[0]).sum();
          long rejected = readCounts.values().stream().mapToLong(c -> c[1]).sum();
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put("read", accepted + rejected);
          counts.put("accepted", accepted);
          counts.put("rejected", rejected);
          if (!skippedEntries.isEmpty()) {
            counts.put("archive entries skipped", (long) skippedEntries.size());
          }
          return new StageOutput<>(outcomes, counts);
        });
  }

  /**
   * The cached outcome rows, plus one {@code unreadable_file} reject for each Parquet file of which
   * fewer rows were read than its footer holds (damaged data pages), counted in {@link #readCounts}.
   */
  private Dataset<Row> withMissingParquetRows(Map<String, Long> footerRows) {
    if (footerRows.isEmpty()) {
      return readCache;
    }
    Map<String, Long> rowsRead = new TreeMap<>();
    readCounts.forEach((file, counts) -> rowsRead.put(file, counts[0] + counts[1]));
    List<Row> missing = ReadArticles.missingParquetRows(spark, footerRows, rowsRead);
    if (missing.isEmpty()) {
      return readCache;
    }
    for (Row reject : missing) {
      String file = reject.getString(OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.INPUT_FILE));
      readCounts.computeIfAbsent(file, f -> new long[2])[1]++;
    }
    return ReadArticles.withRejects(spark, missing, readCache);
  }

  /**
   * After the text stage: a record that turned out to have no text does not take an id from a later
   * record of the same id that has text.
   */
  private Dataset<Row> rejectDuplicateIds(Dataset<Row> analyzed) {
    return run.stage(
        RejectDuplicateIds.STAGE,
        () -> {
          Dataset<Row> checked =
              StageCache.persist(new RejectDuplicateIds().apply(analyzed), TEXT_CACHE);
          long duplicates = countLanguages(checked, RejectReason.DUPLICATE_ID, published == null);
          analyzed.unpersist();
          return new StageOutput<>(checked, Map.of("duplicate ids", duplicates));
        });
  }

  /**
   * One pass over a stage's outcome rows: the rows it rejected for {@code reason}, and, when {@code
   * record} (the last stage to reject a batch record), the manifest's {@code languages} and {@code
   * declared_lang_disagreements} of the accepted articles.
   */
  private long countLanguages(Dataset<Row> outcomes, RejectReason reason, boolean record) {
    Column accepted = col(OutcomeRows.ACCEPTED);
    Column declared = col(OutcomeRows.DECLARED_LANG);
    Column disagrees = disagreesWithDeclaredLang();
    Column rejectedHere = col(OutcomeRows.REASON).equalTo(reason.code());
    long rejected = 0;
    Map<String, Long> languages = new TreeMap<>();
    Map<String, Long> disagreements = new TreeMap<>();
    for (Row row :
        outcomes
            .filter(accepted.or(rejectedHere))
            .groupBy(accepted, col(OutcomeRows.LANG), declared, disagrees.as("disagrees"))
            .count()
            .collectAsList()) {
      long n = row.getLong(4);
      if (!row.getBoolean(0)) {
        rejected += n;
        continue;
      }
      languages.merge(row.getString(1), n, Long::sum);
      if (row.getBoolean(3)) {
        disagreements.merge(row.getString(2) + "->" + row.getString(1), n, Long::sum);
      }
    }
    if (record) {
      run.section("languages", languages);
      run.section("declared_lang_disagreements", disagreements);
    }
    return rejected;
  }

  /** An accepted article whose declared language is not the detected one. */
  private static Column disagreesWithDeclaredLang() {
    Column declared = col(OutcomeRows.DECLARED_LANG);
    return col(OutcomeRows.ACCEPTED)
        .and(declared.isNotNull())
        .and(declared.notEqual(col(OutcomeRows.LANG)));
  }

  private Dataset<Row> analyzeText(Dataset<Row> outcomes) {
    return run.stage(
        AnalyzeText.STAGE,
        () -> {
          Dataset<Row> analyzed = StageCache.persist(textAnalysis.apply(outcomes), TEXT_CACHE);
          Column accepted = col(OutcomeRows.ACCEPTED);
          Column disagrees = disagreesWithDeclaredLang();
          Map<String, Long> languages = new TreeMap<>();
          long disagreements = 0;
          long emptied = 0;
          long textBytes = 0;
          for (Row row :
              analyzed
                  .filter(accepted.or(col(OutcomeRows.STAGE).equalTo(AnalyzeText.STAGE)))
                  .groupBy(col(OutcomeRows.LANG), accepted, disagrees.as("disagrees"))
                  .agg(
                      count(lit(1)),
                      sum(
                          octet_length(coalesce(col(OutcomeRows.TITLE), lit("")))
                              .plus(octet_length(col(OutcomeRows.BODY)))))
                  .collectAsList()) {
            long n = row.getLong(3);
            textBytes += row.getLong(4);
            if (!row.getBoolean(1)) {
              emptied += n;
              continue;
            }
            languages.merge(row.getString(0), n, Long::sum);
            if (row.getBoolean(2)) {
              disagreements += n;
            }
          }
          readCache.unpersist();
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put("articles", languages.values().stream().mapToLong(Long::longValue).sum());
          languages.forEach(counts::put);
          counts.put("declared lang disagreements", disagreements);
          counts.put("empty", emptied);
          counts.put("text bytes", textBytes);
          return new StageOutput<>(analyzed, counts);
        });
  }

  /** Article id to its near-duplicate cluster ({@link FindDuplicates#SCHEMA}), cached. */
  private Dataset<Row> findDuplicates(Dataset<Row> analyzed) {
    return run.stage(
        FindDuplicates.STAGE,
        () -> {
          FindDuplicates.Result found =
              new FindDuplicates(config.dedup()).apply(analyzed.filter(col(OutcomeRows.ACCEPTED)));
          Map<String, Object> section = new LinkedHashMap<>(config.dedup().describe());
          section.put("articles", found.articles());
          section.put("clusters", found.duplicateClusters());
          section.put("duplicates", found.duplicates());
          section.put("same_content_links", found.sameContent());
          section.put("candidate_pairs", found.candidatePairs());
          section.put("verified_pairs", found.verifiedPairs());
          section.put("propagation_rounds", found.rounds());
          run.section("dedup", section);
          Map<String, Long> counts = new LinkedHashMap<>();
          // A story is a cluster: an article and its near-duplicates (timelines count it once).
          counts.put("articles", found.articles());
          counts.put("stories", found.articles() - found.duplicates());
          counts.put("stories filed more than once", found.duplicateClusters());
          return new StageOutput<>(found.clusters(), counts);
        });
  }

  private Dataset<Row> extractEntities(Dataset<Row> analyzed, Gazetteer gazetteer) {
    return run.stage(
        "entities",
        () -> {
          Dataset<Row> mentions =
              StageCache.persist(
                  new ExtractEntities(gazetteer).apply(analyzed),
                  StorageLevel.MEMORY_AND_DISK());
          Row totals =
              mentions
                  .agg(
                      count(lit(1)),
                      countDistinct(col("article_id")),
                      countDistinct(col("entity_id")))
                  .first();
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put("mentions", totals.getLong(0));
          counts.put("articles with mentions", totals.getLong(1));
          counts.put("entities found", totals.getLong(2));
          return new StageOutput<>(mentions, counts);
        });
  }

  /** Rows of the co-occurrence table, counted by its stage. */
  private long cooccurrenceRows;

  private Dataset<Row> countCooccurrences(Dataset<Row> analyzed, Dataset<Row> mentions) {
    return run.stage(
        "cooccurrence",
        () -> {
          CountCooccurrences counter = new CountCooccurrences(config.minPairDocs());
          Dataset<Row> pairs =
              StageCache.persist(
                  counter.apply(analyzed.filter(col(OutcomeRows.ACCEPTED)), mentions),
                  StorageLevel.MEMORY_AND_DISK());
          Map<String, Long> byScope = new TreeMap<>();
          for (Row row : pairs.groupBy(col("scope")).count().collectAsList()) {
            byScope.put(row.getString(0), row.getLong(1));
          }
          counter.release();
          Map<String, Long> counts = new LinkedHashMap<>();
          cooccurrenceRows = byScope.values().stream().mapToLong(Long::longValue).sum();
          counts.put("rows", cooccurrenceRows);
          for (Scope scope : Scope.values()) {
            counts.put(scope.code() + " rows", byScope.getOrDefault(scope.code(), 0L));
          }
          counts.put("min pair docs", (long) config.minPairDocs());
          return new StageOutput<>(pairs, counts);
        });
  }

  /**
   * The topics stage's output: every article's topic weights, the rows of the small tables, and the
   * folders of the models this run fitted, which count once the run has published (ModelCommit).
   */
  private record TopicTables(
      Dataset<Row> docTopics, List<Row> topics, List<Row> quality, List<FitTopics.LanguageModel> models) {
    List<String> modelIds() {
      return models.stream().map(FitTopics.LanguageModel::modelId).toList();
    }

    List<String> fittedModels() {
      return models.stream().filter(FitTopics.LanguageModel::fitted).map(FitTopics.LanguageModel::path).toList();
    }
  }

  /** Where this output's topic models are saved. */
  private static org.apache.hadoop.fs.Path modelsRoot(OutputLayout layout) {
    return new org.apache.hadoop.fs.Path(layout.root(), "models/topics");
  }

  private TopicTables fitTopics(
      Dataset<Row> analyzed, Dataset<Row> mentions, Gazetteer gazetteer, OutputLayout layout) {
    return run.stage(
        "topics",
        () -> {
          String modelsRoot = modelsRoot(layout).toString();
          recoverTopicModels(layout);
          boolean em = TopicSettings.EM.equals(config.topics().optimizer());
          org.apache.hadoop.fs.Path checkpoints = new org.apache.hadoop.fs.Path(layout.runDir(), ".checkpoints");
          if (em && spark.sparkContext().getCheckpointDir().isEmpty()) {
            spark.sparkContext().setCheckpointDir(checkpoints.toString());
          }
          FitTopics fit = new FitTopics(config.topics());
          FitTopics.Result fitted =
              appendBatch != null && config.topicModel().isEmpty()
                  ? fit.apply(spark, analyzed, modelsRoot, run.runId(), publishedModels(modelsRoot))
                  : fit.apply(spark, analyzed, modelsRoot, run.runId(), config.topicModel());
          if (em) {
            deleteQuietly(checkpoints);
          }
          Dataset<Row> docTopics =
              StageCache.persist(fitted.docTopics(), StorageLevel.MEMORY_AND_DISK());
          long scored = docTopics.count();
          // The scores are cached now; the articles cached for the fits are not needed again.
          fitted.releaseInputs();
          List<Map<String, Object>> models = new ArrayList<>();
          for (FitTopics.LanguageModel model : fitted.models()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("lang", model.lang());
            entry.put("model_id", model.modelId());
            entry.put("path", model.path());
            entry.put("fitted", model.fitted());
            entry.put("documents", model.documents());
            entry.put("vocabulary", model.vocabulary());
            if (model.fitted()) {
              entry.put("fit_partitions", model.fitPartitions());
            }
            entry.put("log_perplexity_bound", model.logPerplexity());
            models.add(entry);
          }
          run.section("topic_models", models);
          run.section("topic_languages_skipped", fitted.skipped());
          Map<String, String> names = new LinkedHashMap<>();
          gazetteer.entities().forEach(entity -> names.put(entity.entityId(), entity.name()));
          LabelTopics.Labelled labelled = new LabelTopics(names).apply(fitted.topics(), docTopics, mentions);
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put("models", (long) fitted.models().size());
          counts.put("fitted", fitted.models().stream().filter(FitTopics.LanguageModel::fitted).count());
          counts.put("articles scored", scored);
          counts.put("languages skipped", fitted.skipped().values().stream().mapToLong(Long::longValue).sum());
          counts.put("topics", (long) labelled.quality().size());
          return new StageOutput<>(
              new TopicTables(docTopics, labelled.topics(), labelled.quality(), fitted.models()),
              counts);
        });
  }

  /**
   * Before this run saves or reuses a model: commits the models of the run published in this
   * output, in case it was killed between its publish and their commit, and deletes the models of
   * runs that did not publish. Skipped when the published manifest cannot be read, since the
   * published models are then unknown.
   */
  private void recoverTopicModels(OutputLayout layout) throws java.io.IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path manifest = layout.publishedManifest();
    List<org.apache.hadoop.fs.Path> publishedModels = new ArrayList<>();
    if (manifest.getFileSystem(conf).exists(manifest)) {
      try {
        PublishedRun previous =
            published != null ? published : PublishedRun.load(conf, layout.root(), manifest);
        publishedModels.addAll(previous.modelPaths(conf, modelsRoot(layout)).values());
      } catch (ConfigException e) {
        return;
      }
    }
    for (org.apache.hadoop.fs.Path deleted : ModelCommit.recover(conf, modelsRoot(layout), publishedModels)) {
      run.progress().line("deleted the topic model " + deleted + ", saved by a run that did not publish");
    }
  }

  /** With {@code --mode append}: the published run's topic models, by language. */
  private Map<String, org.apache.hadoop.fs.Path> publishedModels(String modelsRoot) {
    return published.modelPaths(
        spark.sparkContext().hadoopConfiguration(), new org.apache.hadoop.fs.Path(modelsRoot));
  }

  /** The timeline tables, cached, with their row counts. */
  private record Timelines(
      Dataset<Row> entities, long entityRows, Dataset<Row> storylines, long storylineRows,
      Dataset<Row> shifts, long shiftRows) {
    void unpersist() {
      entities.unpersist();
      storylines.unpersist();
      shifts.unpersist();
    }
  }

  /**
   * Coverage over time: each entity's and each storyline's share of every period and slice, and
   * what changed in each storyline, deduplicated (near-duplicate clusters once) and raw.
   */
  private Timelines buildTimelines(
      Dataset<Row> analyzed, Dataset<Row> duplicates, Dataset<Row> mentions,
      List<StorylineDefinition> storylineDefinitions, Dataset<Row> storylineArticles,
      TopicTables topics) {
    List<String> storylineIds =
        storylineDefinitions.stream().map(StorylineDefinition::storylineId).toList();
    return run.stage(
        "timelines",
        () -> {
          // The timelines read these few columns of every article several times: cached here,
          // they are read from the text cache (on disk, with the bodies) once.
          Dataset<Row> articles =
              StageCache.persist(
                  analyzed
                      .filter(col(OutcomeRows.ACCEPTED))
                      .select(
                          col(OutcomeRows.ARTICLE_ID), col(OutcomeRows.PERIOD), col(OutcomeRows.LANG),
                          col(OutcomeRows.SOURCE))
                      .join(duplicates, OutcomeRows.ARTICLE_ID),
                  StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> entities =
              StageCache.persist(
                  new EntityTimeline().apply(articles, mentions),
                  StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> storylines =
              StageCache.persist(
                  new StorylineTimeline(storylineIds)
                      .apply(articles, storylineArticles, mentions, topics.docTopics()),
                  StorageLevel.MEMORY_AND_DISK());
          Dataset<Row> shifts =
              StageCache.persist(
                  new StorylineShifts().apply(spark, articles, storylineArticles, mentions),
                  StorageLevel.MEMORY_AND_DISK());
          Timelines timelines =
              new Timelines(entities, entities.count(), storylines, storylines.count(), shifts, shifts.count());
          articles.unpersist();
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put("entity rows", timelines.entityRows());
          counts.put("storyline rows", timelines.storylineRows());
          counts.put("shifts", timelines.shiftRows());
          return new StageOutput<>(timelines, counts);
        });
  }

  /** Rows of the storyline_articles table, counted by its stage. */
  private long storylineArticleRows;

  private Dataset<Row> matchStorylines(
      Dataset<Row> analyzed, Dataset<Row> mentions, List<StorylineDefinition> storylines) {
    return run.stage(
        "storylines",
        () -> {
          Dataset<Row> matched =
              StageCache.persist(
                  new MatchStorylines(storylines).apply(analyzed, mentions),
                  StorageLevel.MEMORY_AND_DISK());
          Map<String, Long> counts = new LinkedHashMap<>();
          for (StorylineDefinition storyline : storylines) {
            counts.put(storyline.storylineId(), 0L);
          }
          for (Row row : matched.groupBy(col("storyline_id")).count().collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
          }
          storylineArticleRows = counts.values().stream().mapToLong(Long::longValue).sum();
          return new StageOutput<>(matched, counts);
        });
  }

  private RunResult publishTables(
      OutputLayout layout,
      InputListing inputs,
      Dataset<Row> checked,
      Dataset<Row> duplicates,
      Dataset<Row> mentions,
      Dataset<Row> cooccurrence,
      TopicTables topics,
      Dataset<Row> storylineArticles,
      Timelines timelines,
      Gazetteer gazetteer) {
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    TablePublisher publisher = new TablePublisher(hadoopConf);
    TableWriter writer = new TableWriter(spark);
    Map<String, Long> tableRows = new LinkedHashMap<>();
    Map<String, Long> rejectedByReason = new TreeMap<>();
    List<String> unreadableFiles = new ArrayList<>();
    RecordAccounting accounting =
        run.stage(
            "write",
            () -> {
              publisher.beginRun(layout);
              Tables tables = new Tables(writer, layout, appendPlan(duplicates, checked, topics));
              // Inner join: one cluster row per accepted article, which the accounting below proves.
              Dataset<Row> articles =
                  checked.filter(col(OutcomeRows.ACCEPTED)).join(duplicates, OutcomeRows.ARTICLE_ID);
              Dataset<Row> rejects = checked.filter(not(col(OutcomeRows.ACCEPTED)));
              if (appendBatch != null) {
                rejects =
                    RejectsTable.SPEC
                        .select(rejects)
                        .unionByName(
                            spark.read().parquet(layout.publishedTable(RejectsTable.NAME).toString()));
              }
              tables.write(ArticlesTable.SPEC, articles);
              writer.write(RejectsTable.SPEC, rejects, layout.stagedTable(RejectsTable.NAME));
              tables.write(MentionsTable.SPEC, mentions);
              writer.write(
                  EntitiesTable.SPEC,
                  new CountEntities(gazetteer).apply(spark, mentions),
                  layout.stagedTable(EntitiesTable.NAME));
              writer.write(
                  EntityCandidatesTable.SPEC,
                  new DiscoverNames(gazetteer, DiscoverNames.DEFAULT_MIN_ARTICLES).apply(checked),
                  layout.stagedTable(EntityCandidatesTable.NAME));
              long candidates =
                  spark.read().parquet(layout.stagedTable(EntityCandidatesTable.NAME).toString()).count();
              Map<String, Long> acceptedByFile =
                  tables.addedByFile(ArticlesTable.SPEC, OutcomeRows.INPUT_FILE);
              Map<String, Long> rejectedByFile =
                  tables.addedByFile(RejectsTable.SPEC, OutcomeRows.INPUT_FILE);
              rejectedByReason.putAll(tables.addedByFile(RejectsTable.SPEC, OutcomeRows.REASON));
              unreadableFiles.addAll(unreadableFiles(layout));
              Map<String, Long> readByFile = new TreeMap<>();
              readCounts.forEach((file, counts) -> readByFile.put(file, counts[0] + counts[1]));
              RecordAccounting check =
                  new RecordAccounting(readByFile, acceptedByFile, rejectedByFile);
              check.check();
              tables.write(CooccurrenceTable.SPEC, cooccurrence);
              writer.write(
                  TopicsTable.SPEC,
                  spark.createDataFrame(topics.topics(), LabelTopics.TOPICS),
                  layout.stagedTable(TopicsTable.NAME));
              writer.write(
                  TopicQualityTable.SPEC,
                  spark.createDataFrame(topics.quality(), LabelTopics.TOPIC_QUALITY),
                  layout.stagedTable(TopicQualityTable.NAME));
              tables.write(DocTopicsTable.SPEC, topics.docTopics());
              Dataset<Row> timeline =
                  new TopicTimeline()
                      .apply(
                          topics
                              .docTopics()
                              .join(
                                  duplicates.select("article_id", "dup_cluster", "is_canonical"),
                                  "article_id"));
              tables.write(TopicTimelineTable.SPEC, timeline);
              tables.write(StorylineArticlesTable.SPEC, storylineArticles);
              tables.write(StorylineTimelineTable.SPEC, timelines.storylines());
              tables.write(StorylineShiftsTable.SPEC, timelines.shifts());
              tables.write(EntityTimelineTable.SPEC, timelines.entities());
              tables.describe();
              long docTopicRows = topics.docTopics().count();
              // Counted from the cached doc topics, not read back: a run without a topic model
              // writes an empty partitioned folder, which has no schema to read.
              long timelineRows = timeline.count();
              long mentionRows = mentions.count();
              checked.unpersist();
              duplicates.unpersist();
              timelines.unpersist();
              mentions.unpersist();
              cooccurrence.unpersist();
              topics.docTopics().unpersist();
              storylineArticles.unpersist();
              if (batchOutcomes != null) {
                batchOutcomes.unpersist();
                carriedArticles.unpersist();
              }
              long accepted = acceptedByFile.values().stream().mapToLong(Long::longValue).sum();
              long rejected = rejectedByFile.values().stream().mapToLong(Long::longValue).sum();
              batchAccepted = accepted;
              batchRejected = rejected;
              tableRows.put(ArticlesTable.NAME, tables.rows(ArticlesTable.SPEC, accepted));
              tableRows.put(RejectsTable.NAME, tables.rows(RejectsTable.SPEC, rejected));
              tableRows.put(MentionsTable.NAME, mentionRows);
              tableRows.put(EntitiesTable.NAME, (long) gazetteer.entities().size());
              tableRows.put(EntityCandidatesTable.NAME, candidates);
              tableRows.put(CooccurrenceTable.NAME, cooccurrenceRows);
              tableRows.put(TopicsTable.NAME, (long) topics.topics().size());
              tableRows.put(TopicQualityTable.NAME, (long) topics.quality().size());
              tableRows.put(DocTopicsTable.NAME, docTopicRows);
              tableRows.put(TopicTimelineTable.NAME, timelineRows);
              tableRows.put(StorylineArticlesTable.NAME, storylineArticleRows);
              tableRows.put(StorylineTimelineTable.NAME, timelines.storylineRows());
              tableRows.put(StorylineShiftsTable.NAME, timelines.shiftRows());
              tableRows.put(EntityTimelineTable.NAME, timelines.entityRows());
              // The tables' rows: with --mode append, the published rows and the batch's together.
              Map<String, Long> counts = new LinkedHashMap<>();
              counts.put("articles", tableRows.get(ArticlesTable.NAME));
              counts.put("rejects", tableRows.get(RejectsTable.NAME));
              counts.put("mentions", mentionRows);
              counts.put("name candidates", candidates);
              counts.put("pairs", cooccurrenceRows);
              counts.put("doc topics", docTopicRows);
              counts.put("storyline articles", storylineArticleRows);
              return new StageOutput<>(check, counts);
            });
    long read = readCounts.values().stream().mapToLong(c -> c[0] + c[1]).sum();
    long accepted = batchAccepted;
    long rejected = batchRejected;
    run.section("inputs", describeInputs(inputs, accounting));
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("records_read", read);
    totals.put("articles_accepted", accepted);
    totals.put("records_rejected", rejected);
    totals.put("rejected_by_reason", rejectedByReason);
    totals.put("accounting", "records_read = articles_accepted + records_rejected holds for every input file");
    run.section("counts", totals);
    run.section("unreadable_files", unreadableFiles);
    return run.stage(
        "publish",
        () -> {
          tableRows.put(RunsTable.NAME, 0L);
          Map<String, String> tablePaths = new LinkedHashMap<>();
          for (String table : tableRows.keySet()) {
            tablePaths.put(table, layout.publishedTable(table).toString());
          }
          Map<String, Object> tables = describeTables(tableRows, tablePaths);
          long runs =
              new RunHistory(spark, writer)
                  .stage(
                      layout, run, inputs, read, accepted, rejected, rejectedByReason,
                      topics.modelIds(), tables);
          tableRows.put(RunsTable.NAME, runs);
          publisher.publish(layout, List.copyOf(tableRows.keySet()));
          tablesPublished = true;
          for (String model : topics.fittedModels()) {
            ModelCommit.commit(hadoopConf, new org.apache.hadoop.fs.Path(model));
          }
          RunResult result =
              new RunResult(
                  run.runId(),
                  true,
                  run.secondsSoFar(),
                  read,
                  accepted,
                  rejected,
                  rejectedByReason,
                  tableRows,
                  tablePaths,
                  layout.publishedManifest().toString(),
                  unreadableFiles,
                  inputs.skipped());
          return new StageOutput<>(result, Map.of("tables", (long) tableRows.size()));
        });
  }

  /** Whether this run's tables are published: its models are then committed, or the next run's. */
  private boolean tablesPublished;

  /** This run's articles accepted and records rejected, counted in the tables as written. */
  private long batchAccepted;

  private long batchRejected;

  /** With {@code --mode append}: the periods to write again; null for a replacing run. */
  private PartitionPlan appendPlan(Dataset<Row> duplicates, Dataset<Row> articles, TopicTables topics) {
    if (appendBatch == null) {
      return null;
    }
    java.util.SortedSet<String> changed = appendBatch.changedPeriods(batchOutcomes, duplicates);
    // A language scored with another model than the published run's (fitted now that it has
    // enough articles, or given by --topic-model) has new topic weights in every period.
    List<String> remodelled =
        topics.models().stream()
            .filter(
                model ->
                    !published.topicModels().containsKey(model.lang())
                        || !published.topicModels().get(model.lang()).modelId().equals(model.modelId()))
            .map(FitTopics.LanguageModel::lang)
            .toList();
    if (!remodelled.isEmpty()) {
      changed.addAll(
          articles
              .filter(col(OutcomeRows.ACCEPTED).and(col(OutcomeRows.LANG).isin(remodelled.toArray())))
              .select(col(OutcomeRows.PERIOD))
              .distinct()
              .as(Encoders.STRING())
              .collectAsList());
    }
    appendSection.put("remodelled_languages", remodelled);
    appendSection.put("changed_periods", List.copyOf(changed));
    return PartitionPlan.ofChanged(changed);
  }

  /**
   * Writes the staged tables. A replacing run writes each table whole. An appending run writes a
   * period-partitioned table's changed periods and copies its other partitions from the published
   * table ({@link TableWriter#writePartitions}); {@code storyline_shifts}, whose periods compare
   * with the ones before, is written from the earliest changed period on. Its counts per input
   * file are those the run added: the staged table's minus the published one's.
   */
  private final class Tables {
    private final TableWriter writer;
    private final OutputLayout layout;
    private final PartitionPlan changed;
    private final Map<String, Object> kept = new TreeMap<>();

    Tables(TableWriter writer, OutputLayout layout, PartitionPlan changed) {
      this.writer = writer;
      this.layout = layout;
      this.changed = changed;
    }

    void write(io.storylines.io.TableSpec spec, Dataset<Row> data) {
      org.apache.hadoop.fs.Path staged = layout.stagedTable(spec.name());
      if (changed == null || spec.partitionColumns().isEmpty()) {
        writer.write(spec, data, staged);
        return;
      }
      PartitionPlan plan =
          spec.name().equals(StorylineShiftsTable.NAME)
              ? PartitionPlan.fromEarliest(changed.changed())
              : changed;
      kept.put(
          spec.name(),
          writer.writePartitions(spec, data, staged, layout.publishedTable(spec.name()), plan).size());
    }

    /** Rows per value of {@code column} that the run added to table {@code spec}. */
    Map<String, Long> addedByFile(io.storylines.io.TableSpec spec, String column) {
      Map<String, Long> counts = writer.countBy(spec, layout.stagedTable(spec.name()), column);
      if (changed != null) {
        writer
            .countBy(spec, layout.publishedTable(spec.name()), column)
            .forEach((key, n) -> counts.merge(key, -n, Long::sum));
        counts.values().removeIf(n -> n == 0);
      }
      return counts;
    }

    /** The staged table's rows, given those the run added. */
    long rows(io.storylines.io.TableSpec spec, long added) {
      if (changed == null) {
        return added;
      }
      return spark.read().parquet(layout.stagedTable(spec.name()).toString()).count();
    }

    void describe() {
      if (changed != null) {
        appendSection.put("partitions_kept", kept);
      }
    }
  }

  /** Removes a working folder of the run (EM's checkpoints); it is hidden, so a leftover is harmless. */
  private void deleteQuietly(org.apache.hadoop.fs.Path dir) {
    try {
      dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(dir, true);
    } catch (java.io.IOException e) {
      run.progress().line("could not remove " + dir + ": " + e.getMessage());
    }
  }

  /** Files that could not be read, or broke off, as named in the staged rejects. */
  private List<String> unreadableFiles(OutputLayout layout) {
    return spark
        .read()
        .parquet(layout.stagedTable(RejectsTable.NAME).toString())
        .filter(col(OutcomeRows.REASON).equalTo(RejectReason.UNREADABLE_FILE.code()))
        .select(OutcomeRows.INPUT_FILE)
        .distinct()
        .orderBy(OutcomeRows.INPUT_FILE)
        .as(Encoders.STRING())
        .collectAsList();
  }

  private static List<Map<String, Object>> describeInputs(
      InputListing inputs, RecordAccounting accounting) {
    List<Map<String, Object>> files = new ArrayList<>();
    for (InputFile file : inputs.files()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", file.path());
      entry.put("bytes", file.size());
      entry.put("format", file.format().cliName());
      entry.put("records_read", accounting.read(file.path()));
      entry.put("articles_accepted", accounting.accepted(file.path()));
      entry.put("records_rejected", accounting.rejected(file.path()));
      files.add(entry);
    }
    return files;
  }

  private static Map<String, Object> describeTables(
      Map<String, Long> rows, Map<String, String> paths) {
    Map<String, Object> tables = new LinkedHashMap<>();
    rows.forEach(
        (name, count) -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("rows", count);
          entry.put("path", paths.get(name));
          tables.put(name, entry);
        });
    return tables;
  }

  /**
   * Leaves the failed run's manifest in its own run folder; the published tables are untouched.
   * The topic models this run saved are deleted: they were never committed (ModelCommit), unless
   * the tables were published and only a commit failed, which the next run then completes.
   */
  private void recordFailure(OutputLayout layout, RuntimeException error) {
    if (!tablesPublished) {
      try {
        ModelCommit.discardPending(
            spark.sparkContext().hadoopConfiguration(), modelsRoot(layout), id -> id.endsWith("-" + run.runId()));
      } catch (java.io.IOException | RuntimeException suppressed) {
        error.addSuppressed(suppressed);
      }
    }
    try {
      TableWriter.writeText(
          spark.sparkContext().hadoopConfiguration(),
          layout.manifestFile(),
          RunRecorder.toJson(run.manifest("failed", Instant.now(), error)));
    } catch (RuntimeException suppressed) {
      error.addSuppressed(suppressed);
    }
  }

  /** Stage records so far; used by tests to check progress reporting. */
  List<StageRecord> stages() {
    return run.stages();
  }
}
