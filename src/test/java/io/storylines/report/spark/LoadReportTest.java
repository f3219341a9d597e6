package io.storylines.report.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.report.AbsentSection;
import io.storylines.report.ArticlesPerPeriodSection;
import io.storylines.report.PairTimelineSection;
import io.storylines.report.PeriodChart;
import io.storylines.report.Report;
import io.storylines.report.ReportChecks;
import io.storylines.report.ReportSection;
import io.storylines.report.StorylineShareSection;
import io.storylines.report.TitleSampleSection;
import io.storylines.report.TopEdgesSection;
import io.storylines.report.TopEntitiesSection;
import io.storylines.report.TopicPrevalenceSection;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The report of the sample run: each section against the tables it comes from. */
@ExtendWith({SharedSpark.class, SampleRun.class})
class LoadReportTest {

  private static final String SENTENCE_ALL = "scope = 'sentence' and lang = '*' and source = '*'";

  private static <T extends ReportSection> T section(Report report, String id, Class<T> type) {
    return type.cast(report.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow());
  }

  @Test
  void theSectionsComeInOrder(SparkSession spark, SampleRun sample) throws Exception {
    Report report = new LoadReport(spark, sample.output().toString()).load();
    assertEquals(
        List.of("run", "articles", "storyline-share", "edges", "pairs-over-time", "topics", "entities", "titles"),
        report.sections().stream().map(ReportSection::id).toList());
    assertInstanceOf(StorylineShareSection.class, report.sections().get(2));
    assertInstanceOf(TopicPrevalenceSection.class, report.sections().get(5));
    String html = report.toHtml();
    ReportChecks.parseXml(html);
    assertEquals(List.of(), ReportChecks.externalReferences(html));
    assertTrue(html.contains(sample.result().runId()), "run id");
    Path page = sample.output().resolve("report/index.html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, html);
  }

  @Test
  void articlesPerPeriodAddUpToTheAcceptedArticles(SparkSession spark, SampleRun sample) {
    ArticlesPerPeriodSection articles =
        section(new LoadReport(spark, sample.output().toString()).load(), "articles", ArticlesPerPeriodSection.class);
    long total =
        articles.articlesByPeriodAndLang().values().stream()
            .flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    assertEquals(sample.result().articlesAccepted(), total);
    assertEquals(2L, articles.articlesByPeriodAndLang().get("2024-12").get("ar"));
  }

  @Test
  void topEdgesAreTheSentenceNetworksStrongestPairsWithNames(SparkSession spark, SampleRun sample) {
    TopEdgesSection edges =
        section(new LoadReport(spark, sample.output().toString()).load(), "edges", TopEdgesSection.class);
    List<Row> network =
        spark.read().parquet(sample.table("cooccurrence").toString()).filter(SENTENCE_ALL).collectAsList();
    boolean anyBackbone = network.stream().anyMatch(r -> (double) r.getAs("backbone_p") < LoadReport.BACKBONE_ALPHA);
    assertEquals(anyBackbone, edges.backbone());
    assertTrue(!edges.edges().isEmpty() && edges.edges().size() <= LoadReport.TOP_EDGES, edges.edges().toString());
    Map<String, Long> articlesByPair = new HashMap<>();
    for (Row r : network) {
      if (!anyBackbone || (double) r.getAs("backbone_p") < LoadReport.BACKBONE_ALPHA) {
        articlesByPair.merge(r.getAs("entity_a") + "|" + r.getAs("entity_b"), (Long) r.getAs("n_docs_pair"), Long::sum);
      }
    }
    for (TopEdgesSection.Edge edge : edges.edges()) {
      assertEquals(articlesByPair.get(edge.entityA() + "|" + edge.entityB()), edge.articles(), edge.toString());
    }
    if (!anyBackbone) {
      TopEdgesSection.Edge first = edges.edges().get(0);
      assertEquals(articlesByPair.values().stream().mapToLong(Long::longValue).max().orElseThrow(), first.articles());
      assertEquals(List.of("Syria", "United States"), List.of(first.nameA(), first.nameB()));
    }
  }

  @Test
  void theStorylinePairIsDrawnOverEveryPeriod(SparkSession spark, SampleRun sample) {
    PairTimelineSection timeline =
        section(new LoadReport(spark, sample.output().toString()).load(), "pairs-over-time", PairTimelineSection.class);
    PeriodChart.Series first = timeline.pairs().get(0);
    assertEquals("Syria \u2013 United States", first.name());
    assertTrue(timeline.pairs().size() <= LoadReport.TIMELINE_PAIRS);
    long expected =
        spark.read().parquet(sample.table("cooccurrence").toString())
            .filter(SENTENCE_ALL + " and entity_a = 'syria' and entity_b = 'united_states'")
            .agg(org.apache.spark.sql.functions.sum("n_docs_pair")).first().getLong(0);
    assertEquals(expected, Arrays.stream(first.values()).sum());
    long periods = spark.read().parquet(sample.table("articles").toString()).select("period").distinct().count();
    assertEquals(periods, timeline.periods().size());
  }

  /** Each storyline pins its own pair, the one in most of its stories, not Syria–United States. */
  @Test
  void eachStorylinePinsThePairInMostOfItsStories(SparkSession spark) {
    StructType top = new StructType().add("pair", DataTypes.StringType).add("n_articles", DataTypes.LongType);
    StructType schema =
        new StructType()
            .add("storyline_id", DataTypes.StringType)
            .add("period", DataTypes.StringType)
            .add("lang", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("top_pairs", DataTypes.createArrayType(top));
    Dataset<Row> timeline =
        spark.createDataFrame(
            List.of(
                RowFactory.create("turkey-elections", "2025-01", "*", "*",
                    List.of(RowFactory.create("akp|chp", 3L), RowFactory.create("chp|mhp", 2L))),
                RowFactory.create("turkey-elections", "2025-02", "*", "*",
                    List.of(RowFactory.create("chp|mhp", 1L), RowFactory.create("akp|chp", 1L))),
                // Only the all-languages, all-sources rows count.
                RowFactory.create("turkey-elections", "2025-02", "tr", "*",
                    List.of(RowFactory.create("chp|mhp", 9L))),
                RowFactory.create("quiet", "2025-01", "*", "*", List.of()),
                RowFactory.create("iran-talks", "2025-01", "*", "*",
                    List.of(RowFactory.create("iran|united_states", 1L), RowFactory.create("iran|oman", 1L)))),
            schema);
    assertEquals(
        List.of(List.of("iran", "oman"), List.of("akp", "chp")), LoadReport.storylinePairs(timeline));
  }

  @Test
  void topicsAreTheModelsTopTermsAndTheirSharesPerPeriod(SparkSession spark, SampleRun sample) {
    TopicPrevalenceSection topics =
        section(new LoadReport(spark, sample.output().toString()).load(), "topics", TopicPrevalenceSection.class);
    List<Row> models =
        spark.read().parquet(sample.table("topics").toString())
            .select("lang", "model_id").distinct().orderBy("lang", "model_id").collectAsList();
    assertEquals(
        models.stream().map(r -> r.getString(0) + " " + r.getString(1)).toList(),
        topics.models().stream().map(m -> m.lang() + " " + m.modelId()).toList());
    TopicPrevalenceSection.Model model = topics.models().get(0);
    List<String> expectedTerms =
        spark.read().parquet(sample.table("topics").toString())
            .filter("model_id = '" + model.modelId() + "' and topic_id = 0 and rank <= " + LoadReport.TERMS_PER_TOPIC)
            .orderBy("rank").select("term").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    TopicPrevalenceSection.Topic zero =
        model.topics().stream().filter(t -> t.topicId() == 0).findFirst().orElseThrow();
    assertEquals(expectedTerms, zero.terms());
    // Articles by top topic count each near-duplicate cluster once (topic_timeline.n_articles).
    long scored =
        spark.read().parquet(sample.table("doc_topics").toString())
            .filter("model_id = '" + model.modelId() + "'")
            .join(spark.read().parquet(sample.table("articles").toString()).filter("is_canonical"), "article_id")
            .count();
    assertEquals(scored, model.topics().stream().mapToLong(TopicPrevalenceSection.Topic::articles).sum());
    Map<String, Double> sharePerPeriod = new HashMap<>();
    for (TopicPrevalenceSection.PeriodShare share : model.shares()) {
      sharePerPeriod.merge(share.period(), share.share(), Double::sum);
    }
    assertTrue(!sharePerPeriod.isEmpty(), "shares");
    sharePerPeriod.forEach((period, total) -> assertEquals(1.0, total, 1e-9, period));
    assertTrue(model.shares().stream().map(TopicPrevalenceSection.PeriodShare::topicId).distinct().count()
        <= TopicPrevalenceSection.DRAWN_TOPICS + 1);
  }

  @Test
  void theStorylineShareIsTheTimelinesAllRowsAndTheLatestShifts(SparkSession spark, SampleRun sample) {
    StorylineShareSection share =
        section(new LoadReport(spark, sample.output().toString()).load(), "storyline-share", StorylineShareSection.class);
    List<Row> all =
        spark.read().parquet(sample.table("storyline_timeline").toString())
            .filter("lang = '*' and source = '*'").collectAsList();
    assertEquals(
        all.stream().map(r -> r.<String>getAs("storyline_id")).distinct().sorted().toList(),
        share.storylines().stream().map(StorylineShareSection.Storyline::storylineId).toList());
    StorylineShareSection.Storyline first = share.storylines().get(0);
    assertEquals(all.stream().filter(r -> r.getAs("storyline_id").equals(first.storylineId())).count(), first.rows().size());
    long storylineArticles =
        spark.read().parquet(sample.table("storyline_articles").toString())
            .filter("storyline_id = '" + first.storylineId() + "'").count();
    assertEquals(storylineArticles, all.stream().filter(r -> r.getAs("storyline_id").equals(first.storylineId()))
        .mapToLong(r -> r.<Long>getAs("n_storyline_raw")).sum());
    for (StorylineShareSection.PeriodRow row : first.rows()) {
      assertEquals((double) row.nStoryline() / row.nArticles(), row.share(), 1e-12, row.toString());
      assertTrue(share.periods().contains(row.period()));
    }
    String latest =
        spark.read().parquet(sample.table("storyline_shifts").toString())
            .filter("lang = '*' and storyline_id = '" + first.storylineId() + "'")
            .agg(org.apache.spark.sql.functions.max("period")).first().getString(0);
    assertEquals(latest, first.shiftPeriod());
    if (latest != null) {
      assertTrue(!first.shifts().isEmpty(), "shifts of " + latest);
    }
    for (String kind : List.of("entity", "pair")) {
      List<StorylineShareSection.Shift> ofKind = first.shifts().stream().filter(s -> s.kind().equals(kind)).toList();
      assertTrue(ofKind.stream().filter(StorylineShareSection.Shift::rise).count() <= LoadReport.TOP_SHIFTS, kind);
      assertTrue(ofKind.stream().filter(s -> !s.rise()).allMatch(StorylineShareSection.Shift::isNew), kind);
      assertTrue(ofKind.stream().filter(s -> !s.rise()).count() <= LoadReport.TOP_SHIFTS, kind);
    }
    assertTrue(first.shifts().stream().filter(s -> s.kind().equals("pair")).allMatch(s -> s.name().contains(" \u2013 ")));
  }

  @Test
  void entitiesAndTitlesAreBounded(SparkSession spark, SampleRun sample) {
    Report report = new LoadReport(spark, sample.output().toString()).load();
    List<TopEntitiesSection.Entity> entities = section(report, "entities", TopEntitiesSection.class).entities();
    assertTrue(!entities.isEmpty() && entities.size() <= LoadReport.TOP_ENTITIES);
    for (int i = 1; i < entities.size(); i++) {
      assertTrue(entities.get(i - 1).articles() >= entities.get(i).articles(), entities.toString());
    }
    List<TitleSampleSection.Title> titles = section(report, "titles", TitleSampleSection.class).titles();
    Map<String, Long> perLang = new HashMap<>();
    titles.forEach(t -> perLang.merge(t.lang(), 1L, Long::sum));
    assertEquals(Map.of("ar", 10L, "en", 10L, "tr", 10L), perLang);
    List<String> english = titles.stream().filter(t -> t.lang().equals("en")).map(TitleSampleSection.Title::publishedAt).toList();
    for (int i = 1; i < english.size(); i++) {
      assertTrue(english.get(i - 1).compareTo(english.get(i)) >= 0, "newest first: " + english);
    }
  }

  @Test
  void aMissingTableMakesItsSectionsAbsent(SparkSession spark, SampleRun sample, @TempDir Path temp) throws Exception {
    for (String entry : List.of("_run.json", "articles", "entities")) {
      copy(sample.output().resolve(entry), temp.resolve(entry));
    }
    Report report = new LoadReport(spark, temp.toString()).load();
    assertInstanceOf(AbsentSection.class, section(report, "edges", ReportSection.class));
    assertInstanceOf(AbsentSection.class, section(report, "pairs-over-time", ReportSection.class));
    assertInstanceOf(ArticlesPerPeriodSection.class, section(report, "articles", ReportSection.class));
    assertInstanceOf(AbsentSection.class, section(report, "topics", ReportSection.class));
    assertInstanceOf(AbsentSection.class, section(report, "storyline-share", ReportSection.class));
    assertTrue(report.toHtml().contains("<p class=\"absent\">Not in this output.</p>"));
  }

  @Test
  void aFolderWithoutAManifestIsNamed(SparkSession spark, @TempDir Path temp) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new LoadReport(spark, temp.toString()).load());
    assertTrue(error.getMessage().contains("_run.json") && error.getMessage().contains(temp.toString()), error.getMessage());
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    }
  }
}
