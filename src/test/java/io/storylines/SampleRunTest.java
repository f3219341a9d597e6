package io.storylines;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.ingest.RejectReason;
import io.storylines.run.RunResult;
import io.storylines.testing.Project;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end on {@code data/sample}: the whole job, checked against the expectations the corpus's
 * authors wrote down in {@code data/sample-expected.json}.
 */
@ExtendWith({SharedSpark.class, SampleRun.class})
class SampleRunTest {

  private static JsonNode expected() throws IOException {
    return new ObjectMapper().readTree(Project.path("data/sample-expected.json").toFile());
  }

  @Test
  void countsMatchTheSampleExpectations(SampleRun sample) throws IOException {
    JsonNode expected = expected();
    RunResult result = sample.result();
    assertTrue(result.succeeded());
    assertEquals(expected.get("records_read").asLong(), result.recordsRead());
    assertEquals(expected.get("accepted").asLong(), result.articlesAccepted());
    Map<String, Long> expectedReasons = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("rejected").properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> reason = it.next();
      expectedReasons.put(reason.getKey(), reason.getValue().asLong());
    }
    assertEquals(expectedReasons, result.rejectedByReason());
    assertEquals(result.recordsRead(), result.articlesAccepted() + result.recordsRejected());
  }

  @Test
  void articlesCoverTheExpectedMonths(SampleRun sample, SparkSession spark) throws IOException {
    TreeSet<String> expectedMonths = new TreeSet<>();
    expected().get("months").forEach(month -> expectedMonths.add(month.asText()));
    Dataset<Row> articles = spark.read().parquet(sample.table("articles").toString());
    TreeSet<String> months = new TreeSet<>();
    for (Row row : articles.select("period").distinct().collectAsList()) {
      months.add(row.getString(0));
    }
    assertEquals(expectedMonths, months);
    assertEquals(sample.result().articlesAccepted(), articles.count());
  }

  @Test
  void detectedLanguagesMatchTheSampleExpectations(SampleRun sample, SparkSession spark)
      throws IOException {
    Map<String, Long> expectedLanguages = new TreeMap<>();
    expected().get("languages").properties().forEach(e -> expectedLanguages.put(e.getKey(), e.getValue().asLong()));
    Map<String, Long> languages = new TreeMap<>();
    for (Row row :
        spark.read().parquet(sample.table("articles").toString()).groupBy("lang").count().collectAsList()) {
      languages.put(row.getString(0), row.getLong(1));
    }
    assertEquals(expectedLanguages, languages);
  }

  @Test
  void sentencesAreSpansOfTheBodyThatCoverItsText(SampleRun sample, SparkSession spark) {
    for (Row article : spark.read().parquet(sample.table("articles").toString()).collectAsList()) {
      String body = article.getAs("body");
      int[] codePoints = body.codePoints().toArray();
      List<Row> sentences = article.getList(article.fieldIndex("sentences"));
      assertFalse(sentences.isEmpty(), (String) article.getAs("article_id"));
      int previousEnd = 0;
      int covered = 0;
      for (Row sentence : sentences) {
        int start = sentence.getInt(0);
        int end = sentence.getInt(1);
        assertTrue(previousEnd <= start && start < end && end <= codePoints.length, sentence.toString());
        String text = new String(codePoints, start, end - start);
        assertEquals(text.strip(), text, "a sentence is trimmed");
        covered += end - start;
        previousEnd = end;
      }
      long letters = body.codePoints().filter(Character::isLetter).count();
      assertTrue(covered >= letters, "sentences cover the letters of " + article.getAs("article_id"));
    }
  }

  @Test
  void articleIdsAreUnique(SampleRun sample, SparkSession spark) {
    Dataset<Row> articles = spark.read().parquet(sample.table("articles").toString());
    assertEquals(articles.count(), articles.select("article_id").distinct().count());
  }

  @Test
  void everyRejectHasAKnownReasonADetailAndItsRawRecord(SampleRun sample, SparkSession spark) {
    Dataset<Row> rejects = spark.read().parquet(sample.table("rejects").toString());
    assertEquals(sample.result().recordsRejected(), rejects.count());
    for (Row row : rejects.collectAsList()) {
      RejectReason.fromCode(row.getAs("reason"));
      assertFalse(((String) row.getAs("detail")).isBlank(), row.toString());
      assertFalse(((String) row.getAs("input_locator")).isBlank(), row.toString());
      assertTrue(((String) row.getAs("raw")).length() <= 2048, row.toString());
    }
  }

  @Test
  void duplicateIdRejectNamesWhereTheIdWasFirstRead(SampleRun sample, SparkSession spark) {
    List<Row> duplicates =
        spark
            .read()
            .parquet(sample.table("rejects").toString())
            .filter(col("reason").equalTo("duplicate_id"))
            .collectAsList();
    assertFalse(duplicates.isEmpty());
    for (Row row : duplicates) {
      assertEquals("ids", row.getAs("stage"));
      assertTrue(((String) row.getAs("detail")).contains("was first read from file:"), row.toString());
    }
  }

  @Test
  void noNullPartitionFolders(SampleRun sample) throws IOException {
    try (Stream<Path> paths = Files.walk(sample.table("articles").toRealPath())) {
      List<String> folders = new ArrayList<>();
      paths.filter(Files::isDirectory).forEach(p -> folders.add(p.getFileName().toString()));
      assertFalse(folders.stream().anyMatch(f -> f.contains("__HIVE_DEFAULT_PARTITION__")), folders.toString());
      assertTrue(folders.stream().anyMatch(f -> f.startsWith("period=")), folders.toString());
    }
  }

  @Test
  void manifestAccountsForEveryInputFile(SampleRun sample) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(sample.output().resolve("_run.json").toFile());
    assertEquals("succeeded", manifest.get("status").asText());
    assertEquals(sample.result().runId(), manifest.get("run_id").asText());
    long read = 0;
    for (JsonNode file : manifest.get("inputs")) {
      long fileRead = file.get("records_read").asLong();
      assertEquals(
          fileRead,
          file.get("articles_accepted").asLong() + file.get("records_rejected").asLong(),
          file.toString());
      assertTrue(file.get("bytes").asLong() > 0, file.toString());
      read += fileRead;
    }
    assertEquals(sample.result().recordsRead(), read);
    assertEquals(sample.result().recordsRead(), manifest.get("counts").get("records_read").asLong());
    for (String version : List.of("storylines", "spark", "java", "scala")) {
      assertFalse(manifest.get("versions").get(version).asText().isBlank(), version);
    }
    List<String> stages = new ArrayList<>();
    manifest.get("stages").forEach(stage -> stages.add(stage.get("name").asText()));
    assertEquals(
        List.of(
            "gazetteer", "definitions", "inputs", "ingest", "text", "ids", "dedup", "entities",
            "cooccurrence", "topics", "storylines", "timelines", "write"),
        stages);
    JsonNode heap = manifest.get("driver_heap");
    long peak = heap.get("peak_bytes").asLong();
    assertTrue(peak > 1 << 20, heap.toString());
    assertTrue(heap.get("max_bytes").asLong() < 0 || peak <= heap.get("max_bytes").asLong(), heap.toString());
    for (String stage : stages) {
      long stagePeak = heap.get("stage_peak_bytes").get(stage).asLong();
      assertTrue(stagePeak > 0 && stagePeak <= peak, stage + ": " + heap);
    }
    long live = heap.get("peak_live_bytes").asLong();
    assertTrue(live > 0 && live <= peak, heap.toString());
    JsonNode dedup = manifest.get("dedup");
    assertEquals(0.8, dedup.get("threshold").asDouble());
    assertEquals(sample.result().articlesAccepted(), dedup.get("articles").asLong());
    assertEquals(1, dedup.get("clusters").asLong(), dedup.toString());
    assertEquals(1, dedup.get("duplicates").asLong(), dedup.toString());
    assertEquals(64, manifest.get("config_hash").asText().length());
    // Three languages of about 25 articles, mini-batches of 7: each fit reads one partition.
    JsonNode models = manifest.get("topic_models");
    assertEquals(3, models.size(), models.toString());
    for (JsonNode model : models) {
      assertTrue(model.get("fitted").asBoolean(), model.toString());
      assertEquals(1, model.get("fit_partitions").asInt(), model.toString());
    }
  }

  @Test
  void syriaAndTheUnitedStatesShareASentenceInEveryStorylineMonth(SampleRun sample, SparkSession spark)
      throws IOException {
    List<String> storyline = new ArrayList<>();
    expected().get("storylines").get("syria-us-normalization").forEach(id -> storyline.add(id.asText()));
    TreeSet<String> storylineMonths = new TreeSet<>();
    for (Row row :
        spark.read().parquet(sample.table("articles").toString())
            .filter(col("article_id").isin(storyline.toArray()))
            .select("period")
            .distinct()
            .collectAsList()) {
      storylineMonths.add(row.getString(0));
    }
    assertEquals(14, storylineMonths.size(), "the storyline runs through every month of the sample");
    TreeSet<String> withEdge = new TreeSet<>();
    for (Row row :
        spark.read().parquet(sample.table("cooccurrence").toString())
            .filter(
                col("scope").equalTo("sentence")
                    .and(col("lang").equalTo("*"))
                    .and(col("source").equalTo("*"))
                    .and(col("entity_a").equalTo("syria"))
                    .and(col("entity_b").equalTo("united_states")))
            .select("period")
            .collectAsList()) {
      withEdge.add(row.getString(0));
    }
    assertEquals(storylineMonths, withEdge);
  }

  @Test
  void runsTableHasThisRun(SampleRun sample, SparkSession spark) {
    List<Row> runs = spark.read().parquet(sample.table("runs").toString()).collectAsList();
    assertEquals(1, runs.size());
    Row run = runs.get(0);
    assertEquals(sample.result().runId(), run.getAs("run_id"));
    assertEquals(sample.result().recordsRead(), (long) run.getAs("records_read"));
    assertTrue(((String) run.getAs("manifest")).contains("\"status\" : \"succeeded\""));
    List<String> models = run.getList(run.fieldIndex("topic_models"));
    assertEquals(
        List.of("ar-" + sample.result().runId(), "en-" + sample.result().runId(), "tr-" + sample.result().runId()),
        models.stream().sorted().toList(),
        "one model a language, fitted in this run");
  }

  @Test
  void topicQualityHasEveryTopicWithBoundedFigures(SampleRun sample, SparkSession spark) {
    List<Row> quality = spark.read().parquet(sample.table("topic_quality").toString()).collectAsList();
    assertEquals(3 * 20, quality.size(), "k = 20 topics for each of the three languages");
    Map<String, Long> perLanguage = new TreeMap<>();
    for (Row row : spark.read().parquet(sample.table("articles").toString()).groupBy("lang").count().collectAsList()) {
      perLanguage.put(row.getString(0), row.getLong(1));
    }
    for (Row topic : quality) {
      double npmi = topic.getAs("npmi");
      assertTrue(npmi >= -1 && npmi <= 1, "npmi " + npmi);
      long articles = perLanguage.get((String) topic.getAs("lang"));
      assertEquals(articles, (long) topic.getAs("n_docs"), "every article of the language");
      List<Long> df = topic.getList(topic.fieldIndex("term_doc_freq"));
      assertEquals(10, df.size());
      assertTrue(df.stream().allMatch(n -> n >= 1 && n <= articles), "each top term is in some article: " + df);
    }
    // Each topic's label is the same in both tables.
    Dataset<Row> labels =
        spark.read().parquet(sample.table("topics").toString())
            .select("model_id", "topic_id", "topic_label").distinct();
    assertEquals(60, labels.count());
    assertEquals(
        60,
        labels.join(
                spark.read().parquet(sample.table("topic_quality").toString()),
                scala.jdk.javaapi.CollectionConverters.asScala(List.of("model_id", "topic_id", "topic_label")).toSeq())
            .count());
  }

  @Test
  void timelinesReconcile(SampleRun sample, SparkSession spark) {
    Dataset<Row> storyline =
        spark.read().parquet(sample.table("storyline_timeline").toString())
            .filter(col("storyline_id").equalTo("syria-us-normalization"));
    // Sum over languages equals '*', for every period, deduplicated and raw.
    for (String count : List.of("n_storyline", "n_storyline_raw", "n_articles", "n_articles_raw")) {
      Map<String, Long> all = new TreeMap<>();
      Map<String, Long> languages = new TreeMap<>();
      for (Row row : storyline.filter(col("source").equalTo("*")).collectAsList()) {
        String period = row.getAs("period");
        long n = row.getAs(count);
        (row.getAs("lang").equals("*") ? all : languages).merge(period, n, Long::sum);
      }
      assertEquals(all, languages, count);
    }
    // Raw counts sum over sources too: every slice with articles has a row, zeros included.
    for (String count : List.of("n_storyline_raw", "n_articles_raw")) {
      Map<String, Long> all = new TreeMap<>();
      Map<String, Long> sources = new TreeMap<>();
      for (Row row : storyline.filter(col("lang").equalTo("*")).collectAsList()) {
        long n = row.getAs(count);
        (row.getAs("source").equals("*") ? all : sources).merge(row.getAs("period"), n, Long::sum);
      }
      assertEquals(all, sources, count);
    }
    // Over periods, the '*' rows add up to the storyline's articles and to all articles.
    long storylineRaw = 0;
    for (Row row : storyline.filter(col("lang").equalTo("*").and(col("source").equalTo("*"))).collectAsList()) {
      storylineRaw += (long) row.getAs("n_storyline_raw");
      assertTrue((long) row.getAs("n_storyline") <= (long) row.getAs("n_storyline_raw"), row.toString());
      assertTrue((long) row.getAs("n_articles") <= (long) row.getAs("n_articles_raw"), row.toString());
    }
    assertEquals(
        spark.read().parquet(sample.table("storyline_articles").toString())
            .filter(col("storyline_id").equalTo("syria-us-normalization")).count(),
        storylineRaw);
    Dataset<Row> entities = spark.read().parquet(sample.table("entity_timeline").toString());
    assertEquals(
        0,
        entities.filter(col("n_articles").gt(col("n_articles_raw"))).count(),
        "deduplicated never above raw");
    Row syria =
        entities
            .filter(col("lang").equalTo("*").and(col("source").equalTo("*")).and(col("entity_id").equalTo("syria")))
            .agg(org.apache.spark.sql.functions.sum("n_articles_raw"))
            .first();
    assertEquals(
        spark.read().parquet(sample.table("mentions").toString())
            .filter(col("entity_id").equalTo("syria")).select("article_id").distinct().count(),
        syria.getLong(0));
  }
}
