package io.storylines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.config.ConfigException;
import io.storylines.config.RunMode;
import io.storylines.config.StorylinesConfig;
import io.storylines.entities.GazetteerFiles;
import io.storylines.run.RunResult;
import io.storylines.storyline.StorylineFiles;
import io.storylines.testing.Project;
import io.storylines.testing.SameTables;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import io.storylines.topics.TopicSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reruns and incremental batches (issue 10): running the job again on the same input gives the same
 * tables; appending a batch with {@code --mode append} gives the tables of a full run over all the
 * input scored with the same topic models, rewrites only the periods the batch changes, and skips
 * articles already published.
 */
@ExtendWith({SharedSpark.class, SampleRun.class})
class AppendRunTest {
  /** The batch appended: one Arabic outlet's file, whose articles fall in some periods only. */
  private static final String BATCH = "data/sample/trec/gulf_observer.trec";

  /** The first batch: every other file of the sample. */
  private static final List<String> FIRST =
      List.of(
          "data/sample/csv", "data/sample/json", "data/sample/jsonl",
          "data/sample/trec/bosphorus_herald.trec");

  @TempDir Path temp;

  @Test
  void rerunOnTheSameInputPublishesTheSameTables(SparkSession spark, SampleRun sample)
      throws IOException {
    Path again = temp.resolve("again");
    RunResult rerun =
        StorylinesJob.run(
            spark,
            StorylinesConfig.builder()
                .input(Project.path("data/sample").toString())
                .output(again.toString())
                .build());
    assertEquals(sample.result().tableRows().keySet(), rerun.tableRows().keySet());
    for (String table : sample.result().tableRows().keySet()) {
      SameTables.assertSameRows(
          spark, table, sample.output(), sample.result().runId(), again, rerun.runId());
    }
  }

  @Test
  void appendedBatchGivesTheTablesOfAFullRunAndRewritesOnlyItsPeriods(SparkSession spark)
      throws Exception {
    Path out = temp.resolve("appended");
    RunResult first = StorylinesJob.run(spark, config(FIRST, out).build());
    Map<String, Map<String, String>> before = partitionFiles(out);

    RunResult appended =
        StorylinesJob.run(spark, config(List.of(BATCH), out).mode(RunMode.APPEND).build());

    assertEquals(11, appended.recordsRead());
    assertEquals(0, appended.rejectedByReason().getOrDefault("already_present", 0L));
    assertEquals(
        first.tableRows().get("articles") + appended.articlesAccepted(),
        appended.tableRows().get("articles"));
    assertEquals(2L, appended.tableRows().get("runs"));

    // The same input in one run, scored with the first run's topic models.
    Path full = temp.resolve("full");
    RunResult reference =
        StorylinesJob.run(
            spark,
            config(List.of("data/sample"), full)
                .topicModel(out.resolve("models/topics").toString())
                .build());
    for (String table : reference.tableRows().keySet()) {
      if (!table.equals("runs")) {
        SameTables.assertSameRows(spark, table, full, reference.runId(), out, appended.runId());
      }
    }

    // Periods the batch did not touch were carried over file for file; the others were rewritten.
    JsonNode section = manifest(out).get("append");
    Set<String> changed = new TreeSet<>();
    section.get("changed_periods").forEach(period -> changed.add(period.asText()));
    assertFalse(changed.isEmpty());
    Map<String, Map<String, String>> after = partitionFiles(out);
    int kept = 0;
    for (Map.Entry<String, String> file : before.get("articles").entrySet()) {
      String period = file.getKey().substring("period=".length(), file.getKey().indexOf('/'));
      if (changed.contains(period)) {
        assertFalse(after.get("articles").containsKey(file.getKey()), "rewritten: " + file.getKey());
      } else {
        assertEquals(file.getValue(), after.get("articles").get(file.getKey()), file.getKey());
        kept++;
      }
    }
    assertTrue(kept > 0, "the batch left no period untouched: " + changed);
    assertTrue(section.get("partitions_kept").get("articles").asInt() > 0, section.toString());
    // Like its counts, the manifest's languages are the batch's.
    assertEquals(appended.articlesAccepted(), languageTotal(manifest(out)));

    // The same batch again: every record is already published, and no period changes.
    RunResult again =
        StorylinesJob.run(spark, config(List.of(BATCH), out).mode(RunMode.APPEND).build());
    assertEquals(0, again.articlesAccepted());
    assertEquals(appended.articlesAccepted(), again.rejectedByReason().get("already_present"));
    assertEquals(appended.tableRows().get("articles"), again.tableRows().get("articles"));
    assertTrue(manifest(out).get("append").get("changed_periods").isEmpty());
    assertEquals(0, languageTotal(manifest(out)));
    assertEquals(after.get("articles"), partitionFiles(out).get("articles"));
    // Three runs, oldest first.
    List<String> runs =
        spark.read().parquet(out.resolve("runs").toString()).select("run_id").as(
            org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(List.of(first.runId(), appended.runId(), again.runId()), runs);

    // Other storylines or another --min-pair-docs would make the copied periods disagree with the
    // written ones: refused before any article is read, and the published tables stay.
    Path storyline =
        Files.writeString(
            temp.resolve("syria-iran.json"),
            "{\"storyline_id\": \"syria-iran\", \"title\": \"Syria and Iran\","
                + " \"anchors\": {\"syria\": [\"syria\"], \"iran\": [\"iran\"]}}");
    ConfigException otherStoryline =
        assertThrows(
            ConfigException.class,
            () -> StorylinesJob.run(
                spark,
                config(List.of(BATCH), out).storylines(List.of(storyline.toString()))
                    .mode(RunMode.APPEND).build()));
    assertTrue(
        otherStoryline.getMessage().contains(
            "--storyline (published: syria-us-normalization; this run: syria-iran)"),
        otherStoryline.getMessage());
    ConfigException otherPairs =
        assertThrows(
            ConfigException.class,
            () -> StorylinesJob.run(
                spark, config(List.of(BATCH), out).minPairDocs(3).mode(RunMode.APPEND).build()));
    assertTrue(
        otherPairs.getMessage().contains("--min-pair-docs (published: 2; this run: 3)"),
        otherPairs.getMessage());
    assertEquals(again.runId(), manifest(out).get("run_id").asText());
    assertEquals(after.get("articles"), partitionFiles(out).get("articles"));
    // What the refusal compared: fingerprints of the files the published run read.
    Configuration conf = new Configuration();
    assertEquals(
        GazetteerFiles.fingerprint(conf, List.of()),
        manifest(out).get("gazetteer").get("sha256").asText());
    assertEquals(
        StorylineFiles.fingerprints(conf, List.of()).get(0),
        manifest(out).get("storylines").get(0).get("sha256").asText());
  }

  /**
   * The first batch has 20 Arabic and 20 English articles, below a threshold of 21: only Turkish
   * gets a model. The appended batch lifts both to 26 and 25, so the append fits their models,
   * which score the published articles of every period, not only the batch's.
   */
  @Test
  void aLanguageFirstModelledByTheBatchIsScoredInEveryPeriod(SparkSession spark) throws IOException {
    TopicSettings topics = TopicSettings.defaults().withMinDocs(21);
    Path out = temp.resolve("late-models");
    StorylinesJob.run(spark, config(FIRST, out).topics(topics).build());
    assertEquals(Set.of("tr"), modelLanguages(out));

    RunResult appended =
        StorylinesJob.run(spark, config(List.of(BATCH), out).topics(topics).mode(RunMode.APPEND).build());
    assertEquals(Set.of("ar", "en", "tr"), modelLanguages(out));
    JsonNode section = manifest(out).get("append");
    Set<String> remodelled = new TreeSet<>();
    section.get("remodelled_languages").forEach(lang -> remodelled.add(lang.asText()));
    assertEquals(Set.of("ar", "en"), remodelled);

    Path full = temp.resolve("late-models-full");
    StorylinesJob.run(
        spark,
        config(List.of("data/sample"), full)
            .topics(topics)
            .topicModel(out.resolve("models/topics").toString())
            .build());
    // The reference reuses the models the append fitted, whose ids name the appending run.
    for (String table : List.of("doc_topics", "topic_timeline", "storyline_timeline", "topics", "topic_quality")) {
      SameTables.assertSameRows(spark, table, full, appended.runId(), out, appended.runId());
    }
  }

  private static Set<String> modelLanguages(Path out) throws IOException {
    Set<String> languages = new TreeSet<>();
    manifest(out).get("topic_models").forEach(model -> languages.add(model.get("lang").asText()));
    return languages;
  }

  private static StorylinesConfig.Builder config(List<String> inputs, Path out) {
    return StorylinesConfig.builder()
        .inputs(inputs.stream().map(p -> Project.path(p).toString()).toList())
        .output(out.toString());
  }

  private static long languageTotal(JsonNode manifest) {
    long total = 0;
    for (JsonNode n : manifest.get("languages")) {
      total += n.asLong();
    }
    return total;
  }

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("_run.json").toFile());
  }

  /** Per period-partitioned table: each data file, as {@code period=P/name}, and its SHA-256. */
  private static Map<String, Map<String, String>> partitionFiles(Path out) throws Exception {
    Map<String, Map<String, String>> tables = new TreeMap<>();
    for (String table : List.of("articles", "mentions", "doc_topics", "cooccurrence", "entity_timeline")) {
      Path root = out.resolve(table).toRealPath();
      SortedMap<String, String> files = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          String relative = root.relativize(file).toString();
          if (relative.startsWith("period=")) {
            files.put(relative, sha256(file));
          }
        }
      }
      tables.put(table, files);
    }
    return tables;
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      digest.update(in.readAllBytes());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
