package io.storylines.report.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.storylines.cooccurrence.CountCooccurrences;
import io.storylines.cooccurrence.Scope;
import io.storylines.ingest.OutcomeRows;
import io.storylines.timeline.Slices;
import io.storylines.io.ArticlesTable;
import io.storylines.io.CooccurrenceTable;
import io.storylines.io.EntitiesTable;
import io.storylines.io.OutputLayout;
import io.storylines.io.StorylineShiftsTable;
import io.storylines.io.StorylineTimelineTable;
import io.storylines.io.TableSpec;
import io.storylines.io.TopicTimelineTable;
import io.storylines.io.TopicsTable;
import io.storylines.report.AbsentSection;
import io.storylines.report.ArticlesPerPeriodSection;
import io.storylines.report.PairTimelineSection;
import io.storylines.report.PeriodChart;
import io.storylines.report.Report;
import io.storylines.report.ReportSection;
import io.storylines.report.RunManifest;
import io.storylines.report.RunSummarySection;
import io.storylines.report.StorylineShareSection;
import io.storylines.report.TitleSampleSection;
import io.storylines.report.TopEdgesSection;
import io.storylines.report.TopEntitiesSection;
import io.storylines.report.TopicPrevalenceSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.expressions.Window;

/**
 * Reads what the report shows from the published tables of one output folder, and builds the
 * {@link Report}. Spark aggregates; only small results reach the driver, each with a bound:
 *
 * <ul>
 *   <li>the manifest {@code _run.json}, one small file;
 *   <li>articles per (period, language): periods times languages rows;
 *   <li>per storyline, one row per period (all languages and sources), and at most {@value
 *       #TOP_SHIFTS} rises and {@value #TOP_SHIFTS} new items of each kind in its latest period with
 *       shifts;
 *   <li>the top {@value #TOP_EDGES} pairs of the sentence network, and their names;
 *   <li>at most {@value #TIMELINE_PAIRS} pairs' rows per period;
 *   <li>the first {@value #TERMS_PER_TOPIC} terms of every topic of every topic model, and one row
 *       of totals per topic;
 *   <li>per model and period, the shares of {@value TopicPrevalenceSection#DRAWN_TOPICS} topics and
 *       of the others summed;
 *   <li>the top {@value #TOP_ENTITIES} rows of {@code entities};
 *   <li>the latest {@value #TITLES_PER_LANGUAGE} titles per language.
 * </ul>
 *
 * <p>A section whose table is not in the folder is an {@link AbsentSection}.
 */
public final class LoadReport {
  public static final int TOP_EDGES = 15;
  public static final int TIMELINE_PAIRS = 5;
  public static final int TOP_ENTITIES = 15;
  public static final int TITLES_PER_LANGUAGE = 10;
  public static final int TERMS_PER_TOPIC = 8;
  /** Rises, and new items, per storyline and kind in the storyline section. */
  public static final int TOP_SHIFTS = 5;
  public static final double BACKBONE_ALPHA = 0.05;

  private static final DateTimeFormatter PUBLISHED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final SparkSession spark;
  private final Path output;
  private final FileSystem fs;

  public LoadReport(SparkSession spark, String output) {
    this.spark = spark;
    this.output = new Path(output);
    try {
      this.fs = this.output.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + output, e);
    }
  }

  /**
   * @throws IllegalArgumentException when the folder has no run manifest (not the output of a run)
   */
  public Report load() {
    RunManifest manifest = manifest();
    ArticlesPerPeriodSection articles = articlesPerPeriod();
    List<ReportSection> sections = new ArrayList<>();
    sections.add(new RunSummarySection(manifest));
    sections.add(articles != null ? articles : new AbsentSection("articles", "Articles per period and language"));
    sections.add(
        exists(StorylineTimelineTable.NAME) && exists(StorylineShiftsTable.NAME)
            ? storylineShare(articles != null ? articles.articlesByPeriodAndLang().keySet() : Set.of())
            : new AbsentSection("storyline-share", "Storyline share over time"));
    if (exists(CooccurrenceTable.NAME)) {
      // Read by up to five queries below; the slice is small (one row per pair and period).
      Dataset<Row> sentenceNetwork = sentenceNetwork().persist(StorageLevel.MEMORY_AND_DISK());
      try {
        TopEdgesSection edges = topEdges(sentenceNetwork);
        sections.add(edges);
        List<String> periods =
            articles != null
                ? List.copyOf(articles.articlesByPeriodAndLang().keySet())
                : periods(sentenceNetwork);
        sections.add(pairTimeline(sentenceNetwork, edges, periods));
      } finally {
        sentenceNetwork.unpersist();
      }
    } else {
      sections.add(new AbsentSection("edges", "Top co-occurrence edges"));
      sections.add(new AbsentSection("pairs-over-time", "Pairs over time"));
    }
    sections.add(
        exists(TopicsTable.NAME) && exists(TopicTimelineTable.NAME)
            ? topicPrevalence(articles != null ? articles.articlesByPeriodAndLang().keySet() : Set.of())
            : new AbsentSection("topics", "Topic prevalence"));
    sections.add(exists(EntitiesTable.NAME) ? topEntities() : new AbsentSection("entities", "Most mentioned entities"));
    sections.add(exists(ArticlesTable.NAME) ? titleSample() : new AbsentSection("titles", "Latest titles"));
    String subtitle =
        "Run " + manifest.runId() + " (" + manifest.status() + "), " + manifest.startedAt() + " to "
            + manifest.endedAt() + ".";
    return new Report("Storylines report", subtitle, sections);
  }

  private RunManifest manifest() {
    Path file = new Path(output, OutputLayout.MANIFEST_NAME);
    try {
      if (!fs.exists(file)) {
        throw new IllegalArgumentException(
            "no " + OutputLayout.MANIFEST_NAME + " in " + output + ": give the --output folder of a 'storylines run'");
      }
      try (InputStream in = fs.open(file)) {
        return RunManifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private ArticlesPerPeriodSection articlesPerPeriod() {
    if (!exists(ArticlesTable.NAME)) {
      return null;
    }
    SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
    for (Row row :
        table(ArticlesTable.SPEC).groupBy(OutcomeRows.PERIOD, OutcomeRows.LANG).count().collectAsList()) {
      counts.computeIfAbsent(row.getString(0), p -> new TreeMap<>())
          .put(String.valueOf(row.get(1)), row.getLong(2));
    }
    return new ArticlesPerPeriodSection(counts);
  }

  private Dataset<Row> sentenceNetwork() {
    return table(CooccurrenceTable.SPEC)
        .filter(
            col("scope").equalTo(Scope.SENTENCE.code())
                .and(col("lang").equalTo(CountCooccurrences.ALL))
                .and(col("source").equalTo(CountCooccurrences.ALL)))
        .select("period", "entity_a", "entity_b", "n_docs_pair", "npmi", "backbone_p");
  }

  private TopEdgesSection topEdges(Dataset<Row> network) {
    Dataset<Row> backboneRows = network.filter(col("backbone_p").lt(BACKBONE_ALPHA));
    boolean backbone = !backboneRows.isEmpty();
    // NaN sorts above every number in Spark, so an undefined NPMI must not become a pair's best.
    Column definedNpmi = when(not(isnan(col("npmi"))), col("npmi"));
    Dataset<Row> pairs =
        (backbone ? backboneRows : network)
            .groupBy("entity_a", "entity_b")
            .agg(
                sum("n_docs_pair").as("articles"),
                count(lit(1)).as("periods"),
                max(definedNpmi).as("npmi"),
                min("backbone_p").as("backbone_p"));
    Column[] order =
        backbone
            ? new Column[] {col("npmi").desc_nulls_last(), col("articles").desc(), col("entity_a"), col("entity_b")}
            : new Column[] {col("articles").desc(), col("npmi").desc_nulls_last(), col("entity_a"), col("entity_b")};
    List<Row> rows = pairs.orderBy(order).limit(TOP_EDGES).collectAsList();
    Set<String> ids = new TreeSet<>();
    rows.forEach(r -> ids.addAll(List.of(r.getString(0), r.getString(1))));
    Map<String, String> names = names(ids);
    List<TopEdgesSection.Edge> edges = new ArrayList<>();
    for (Row r : rows) {
      edges.add(
          new TopEdgesSection.Edge(
              r.getString(0), names.getOrDefault(r.getString(0), r.getString(0)),
              r.getString(1), names.getOrDefault(r.getString(1), r.getString(1)),
              r.getLong(2), r.getLong(3), r.isNullAt(4) ? Double.NaN : r.getDouble(4), r.getDouble(5)));
    }
    return new TopEdgesSection(BACKBONE_ALPHA, backbone, edges);
  }

  private PairTimelineSection pairTimeline(Dataset<Row> network, TopEdgesSection edges, List<String> periods) {
    Set<List<String>> pairs = new LinkedHashSet<>();
    for (List<String> pair : storylinePairs()) {
      Column isPair = col("entity_a").equalTo(pair.get(0)).and(col("entity_b").equalTo(pair.get(1)));
      if (pairs.size() < TIMELINE_PAIRS && !network.filter(isPair).isEmpty()) {
        pairs.add(pair);
      }
    }
    for (TopEdgesSection.Edge edge : edges.edges()) {
      if (pairs.size() < TIMELINE_PAIRS) {
        pairs.add(List.of(edge.entityA(), edge.entityB()));
      }
    }
    if (pairs.isEmpty()) {
      return new PairTimelineSection(periods, List.of());
    }
    Column chosen = lit(false);
    for (List<String> pair : pairs) {
      chosen = chosen.or(col("entity_a").equalTo(pair.get(0)).and(col("entity_b").equalTo(pair.get(1))));
    }
    Map<List<String>, Map<String, Long>> docs = new HashMap<>();
    for (Row r : network.filter(chosen).select("entity_a", "entity_b", "period", "n_docs_pair").collectAsList()) {
      docs.computeIfAbsent(List.of(r.getString(0), r.getString(1)), p -> new HashMap<>())
          .put(r.getString(2), r.getLong(3));
    }
    Set<String> ids = new TreeSet<>();
    pairs.forEach(ids::addAll);
    Map<String, String> names = names(ids);
    List<PeriodChart.Series> series = new ArrayList<>();
    for (List<String> pair : pairs) {
      Map<String, Long> byPeriod = docs.getOrDefault(pair, Map.of());
      long[] values = new long[periods.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = byPeriod.getOrDefault(periods.get(i), 0L);
      }
      series.add(
          new PeriodChart.Series(
              names.getOrDefault(pair.get(0), pair.get(0)) + " \u2013 " + names.getOrDefault(pair.get(1), pair.get(1)),
              values));
    }
    return new PairTimelineSection(periods, series);
  }

  /**
   * Each storyline's own pair: the pair of entities mentioned together in most of its stories,
   * summed over the periods of {@code storyline_timeline} (all languages and sources, the ten
   * pairs each period lists), ties by pair; one per storyline, by storyline id. None when the
   * output has no storyline timeline.
   */
  private List<List<String>> storylinePairs() {
    return exists(StorylineTimelineTable.NAME)
        ? storylinePairs(table(StorylineTimelineTable.SPEC))
        : List.of();
  }

  /** {@link #storylinePairs()} of a {@code storyline_timeline} table. */
  static List<List<String>> storylinePairs(Dataset<Row> storylineTimeline) {
    Dataset<Row> counted =
        storylineTimeline
            .filter(col("lang").equalTo(Slices.ALL).and(col("source").equalTo(Slices.ALL)))
            .select(col("storyline_id"), explode(col("top_pairs")).as("top"))
            .groupBy(col("storyline_id"), col("top.pair").as("pair"))
            .agg(sum(col("top.n_articles")).as("n"));
    Map<String, List<String>> best = new TreeMap<>();
    for (Row r : counted.orderBy(col("n").desc(), col("pair")).collectAsList()) {
      String[] ids = r.getString(1).split("\\|", 2);
      if (ids.length == 2) {
        best.putIfAbsent(r.getString(0), List.of(ids[0], ids[1]));
      }
    }
    return List.copyOf(best.values());
  }

  private List<String> periods(Dataset<Row> network) {
    List<String> periods = new ArrayList<>();
    for (Row r : network.select("period").distinct().orderBy("period").collectAsList()) {
      periods.add(r.getString(0));
    }
    return periods;
  }

  /**
   * Each storyline's share per period (all languages and sources), then its latest period's top rises
   * and new items (all languages), with the entities' names.
   */
  private StorylineShareSection storylineShare(Set<String> articlePeriods) {
    Set<String> periods = new TreeSet<>(articlePeriods);
    Map<String, List<StorylineShareSection.PeriodRow>> rowsByStoryline = new TreeMap<>();
    for (Row r :
        table(StorylineTimelineTable.SPEC)
            .filter(col("lang").equalTo(Slices.ALL).and(col("source").equalTo(Slices.ALL)))
            .select("storyline_id", "period", "n_storyline", "n_articles", "share", "share_raw")
            .collectAsList()) {
      rowsByStoryline.computeIfAbsent(r.getString(0), s -> new ArrayList<>())
          .add(new StorylineShareSection.PeriodRow(r.getString(1), r.getLong(2), r.getLong(3), r.getDouble(4), r.getDouble(5)));
      periods.add(r.getString(1));
    }
    Dataset<Row> shifts = table(StorylineShiftsTable.SPEC).filter(col("lang").equalTo(Slices.ALL));
    Dataset<Row> latest = shifts.groupBy("storyline_id").agg(max("period").as("latest"));
    Column isRise = col("direction").equalTo("rise").and(col("rank").leq(TOP_SHIFTS));
    Column newRank =
        row_number().over(
            Window.partitionBy("storyline_id", "kind")
                .orderBy(col("is_new").desc(), col("n_articles").desc(), col("item")));
    List<Row> shiftRows =
        shifts.join(latest, "storyline_id")
            .filter(col("period").equalTo(col("latest")))
            .withColumn("new_rank", newRank)
            .withColumn("is_rise", isRise)
            .filter(col("is_rise").or(col("is_new").and(col("new_rank").leq(TOP_SHIFTS))))
            .select("storyline_id", "period", "kind", "item", "is_rise", "rank", "is_new", "n_articles",
                "n_storyline", "share", "baseline_share", "z")
            .collectAsList();
    Set<String> ids = new TreeSet<>();
    for (Row r : shiftRows) {
      ids.addAll(List.of(r.getString(3).split("\\|")));
    }
    Map<String, String> names = names(ids);
    Map<String, String> shiftPeriods = new HashMap<>();
    Map<String, List<StorylineShareSection.Shift>> shiftsByStoryline = new HashMap<>();
    for (Row r : shiftRows) {
      String item = r.getString(3);
      List<String> named = new ArrayList<>();
      for (String id : item.split("\\|")) {
        named.add(names.getOrDefault(id, id));
      }
      shiftPeriods.put(r.getString(0), r.getString(1));
      shiftsByStoryline.computeIfAbsent(r.getString(0), s -> new ArrayList<>())
          .add(
              new StorylineShareSection.Shift(
                  r.getString(2), item, String.join(" \u2013 ", named), r.getBoolean(4), r.getInt(5),
                  r.getBoolean(6), r.getLong(7), r.getLong(8), r.getDouble(9), r.getDouble(10), r.getDouble(11)));
    }
    List<StorylineShareSection.Storyline> storylines = new ArrayList<>();
    rowsByStoryline.forEach(
        (storylineId, rows) ->
            storylines.add(
                new StorylineShareSection.Storyline(
                    storylineId, rows, shiftPeriods.get(storylineId),
                    shiftsByStoryline.getOrDefault(storylineId, List.of()))));
    return new StorylineShareSection(List.copyOf(periods), storylines);
  }

  /**
   * The topic models' top terms and totals first (small: models times topics), which choose the
   * topics each model's chart draws; then the timeline with the other topics summed into one series.
   */
  private TopicPrevalenceSection topicPrevalence(Set<String> articlePeriods) {
    Map<List<String>, Map<Integer, List<String>>> termsByModel = new TreeMap<>(LoadReport::compareKeys);
    for (Row r :
        table(TopicsTable.SPEC)
            .filter(col("rank").leq(TERMS_PER_TOPIC))
            .orderBy("lang", "model_id", "topic_id", "rank")
            .select("lang", "model_id", "topic_id", "term")
            .collectAsList()) {
      termsByModel.computeIfAbsent(List.of(r.getString(0), r.getString(1)), m -> new TreeMap<>())
          .computeIfAbsent(r.getInt(2), t -> new ArrayList<>())
          .add(r.getString(3));
    }
    Dataset<Row> timeline = table(TopicTimelineTable.SPEC);
    Map<List<Object>, Row> totals = new HashMap<>();
    for (Row r :
        timeline.groupBy("lang", "model_id", "topic_id")
            .agg(sum("n_articles"), sum("weight_sum"))
            .collectAsList()) {
      totals.put(List.of(r.getString(0), r.getString(1), r.getInt(2)), r);
    }
    Map<List<String>, List<TopicPrevalenceSection.Topic>> topicsByModel = new LinkedHashMap<>();
    Column drawn = lit(false);
    for (Map.Entry<List<String>, Map<Integer, List<String>>> model : termsByModel.entrySet()) {
      List<TopicPrevalenceSection.Topic> topics = new ArrayList<>();
      model.getValue().forEach(
          (topicId, terms) -> {
            Row total = totals.get(List.of(model.getKey().get(0), model.getKey().get(1), topicId));
            topics.add(
                new TopicPrevalenceSection.Topic(
                    topicId, terms, total == null ? 0 : total.getLong(3), total == null ? 0 : total.getDouble(4)));
          });
      topicsByModel.put(model.getKey(), topics);
      drawn =
          drawn.or(
              col("lang").equalTo(model.getKey().get(0))
                  .and(col("model_id").equalTo(model.getKey().get(1)))
                  .and(col("topic_id").isin(TopicPrevalenceSection.drawnTopics(topics).toArray())));
    }
    Map<List<String>, List<TopicPrevalenceSection.PeriodShare>> sharesByModel = new HashMap<>();
    Set<String> periods = new TreeSet<>(articlePeriods);
    // Outputs written before 2026-12-01 have a null share where a period's articles in a language
    // were all copies of earlier stories: an empty column, like a period without articles.
    for (Row r :
        timeline.filter(col("share").isNotNull())
            .withColumn("series", when(drawn, col("topic_id")).otherwise(lit(TopicPrevalenceSection.OTHER_TOPICS)))
            .groupBy("lang", "model_id", "period", "series")
            .agg(sum("share"))
            .collectAsList()) {
      sharesByModel.computeIfAbsent(List.of(r.getString(0), r.getString(1)), m -> new ArrayList<>())
          .add(new TopicPrevalenceSection.PeriodShare(r.getString(2), r.getInt(3), r.getDouble(4)));
      periods.add(r.getString(2));
    }
    List<TopicPrevalenceSection.Model> models = new ArrayList<>();
    topicsByModel.forEach(
        (model, topics) ->
            models.add(
                new TopicPrevalenceSection.Model(
                    model.get(0), model.get(1), topics, sharesByModel.getOrDefault(model, List.of()))));
    return new TopicPrevalenceSection(List.copyOf(periods), models);
  }

  /** (language, model id) keys in order. */
  private static int compareKeys(List<String> a, List<String> b) {
    int byLang = a.get(0).compareTo(b.get(0));
    return byLang != 0 ? byLang : a.get(1).compareTo(b.get(1));
  }

  private TopEntitiesSection topEntities() {
    List<TopEntitiesSection.Entity> entities = new ArrayList<>();
    for (Row r :
        table(EntitiesTable.SPEC)
            .filter(col("n_articles").gt(0))
            .orderBy(col("n_articles").desc(), col("n_mentions").desc(), col("entity_id"))
            .limit(TOP_ENTITIES)
            .select("entity_id", "name", "type", "n_articles", "n_mentions", "n_articles_ar", "n_articles_en",
                "n_articles_tr", "n_articles_other")
            .collectAsList()) {
      entities.add(
          new TopEntitiesSection.Entity(
              r.getString(0), r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5),
              r.getLong(6), r.getLong(7), r.getLong(8)));
    }
    return new TopEntitiesSection(entities);
  }

  private TitleSampleSection titleSample() {
    Column rank =
        row_number()
            .over(
                Window.partitionBy(OutcomeRows.LANG)
                    .orderBy(col(OutcomeRows.PUBLISHED_AT).desc_nulls_last(), col(OutcomeRows.ARTICLE_ID)));
    List<TitleSampleSection.Title> titles = new ArrayList<>();
    for (Row r :
        table(ArticlesTable.SPEC)
            .select(col(OutcomeRows.LANG), col(OutcomeRows.PUBLISHED_AT), col(OutcomeRows.SOURCE),
                col(OutcomeRows.TITLE), rank.as("rank"))
            .filter(col("rank").leq(TITLES_PER_LANGUAGE))
            .orderBy(col(OutcomeRows.LANG), col("rank"))
            .collectAsList()) {
      titles.add(
          new TitleSampleSection.Title(
              String.valueOf(r.get(0)), published(r.get(1)), r.getString(2), r.getString(3)));
    }
    return new TitleSampleSection(TITLES_PER_LANGUAGE, titles);
  }

  /** A timestamp as the report shows it, in UTC whatever the session's time zone. */
  private static String published(Object value) {
    if (value instanceof Timestamp timestamp) {
      return PUBLISHED.format(timestamp.toInstant());
    }
    if (value instanceof Instant instant) {
      return PUBLISHED.format(instant);
    }
    return "";
  }

  private Map<String, String> names(Set<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty() || !exists(EntitiesTable.NAME)) {
      return names;
    }
    for (Row r :
        table(EntitiesTable.SPEC)
            .filter(col("entity_id").isin(ids.toArray()))
            .select("entity_id", "name")
            .collectAsList()) {
      names.put(r.getString(0), r.getString(1));
    }
    return names;
  }

  /** A table read with its published schema, so that a period such as 2025-05-03 stays a string. */
  private Dataset<Row> table(TableSpec spec) {
    return spark.read().schema(spec.schema()).parquet(new Path(output, spec.name()).toString());
  }

  private boolean exists(String table) {
    try {
      return fs.exists(new Path(output, table));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + output, e);
    }
  }
}
