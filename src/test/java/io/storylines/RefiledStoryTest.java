package io.storylines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylines.config.StorylinesConfig;
import io.storylines.report.Report;
import io.storylines.report.spark.LoadReport;
import io.storylines.run.RunResult;
import io.storylines.testing.Project;
import io.storylines.testing.SharedSpark;
import io.storylines.topics.TopicSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A period whose only article in a language is a story first filed in an earlier period, a wire
 * story republished months later, say: near-duplicate detection makes it a copy, so the period has
 * no story first published there. The run succeeds, {@code topic_timeline} counts the copy as
 * that period's story, as the other timelines do, and the report loads. (Before 2026-12-01 the
 * deduplicated figures counted a story only in its canonical article's period, and that period's
 * {@code share} was null.)
 */
@ExtendWith(SharedSpark.class)
class RefiledStoryTest {
  /**
   * 16 articles, 10 Arabic and 6 English (and 6 bad records), December 2024 to 2026: a topic model
   * for each language with the settings below.
   */
  private static final String WIRE = "data/sample/jsonl/wire_feed_2024_2026.jsonl";

  @TempDir Path temp;

  /** The ids of the RDDs persisted in the session. */
  private static java.util.Set<Object> cachedRdds(SparkSession spark) {
    return new java.util.HashSet<>(scala.jdk.javaapi.CollectionConverters.asJava(
        spark.sparkContext().getPersistentRDDs().keySet()));
  }

  @Test
  void aPeriodWithOnlyACopyCountsItAsItsStoryAndTheRunSucceeds(SparkSession spark) throws IOException {
    ObjectMapper json = new ObjectMapper();
    // The file's first record (the file also holds bad records, some not UTF-8).
    byte[] bytes = Files.readAllBytes(Project.path(WIRE));
    int end = 0;
    while (bytes[end] != '\n') {
      end++;
    }
    ObjectNode story = (ObjectNode) json.readTree(new String(bytes, 0, end, StandardCharsets.UTF_8));
    story.put("id", "refiled-" + story.get("id").asText());
    story.put("published_at", "2027-03-02T08:00:00+00:00");
    Path refiled = Files.writeString(temp.resolve("refiled.jsonl"), json.writeValueAsString(story) + "\n");
    Path out = temp.resolve("out");
    java.util.Set<Object> cachedBefore = cachedRdds(spark);

    RunResult result =
        StorylinesJob.run(
            spark,
            StorylinesConfig.builder()
                .inputs(List.of(Project.path(WIRE).toString(), refiled.toString()))
                .output(out.toString())
                .topics(TopicSettings.defaults().withMinDocs(5).withVocabulary(20_000, 2, 0.5))
                .build());

    assertTrue(result.succeeded());
    // A run in a session (a notebook, these tests) leaves nothing cached behind: cached data that
    // piles up run after run takes memory from later runs' execution.
    assertEquals(cachedBefore, cachedRdds(spark), "RDDs cached by the run and not released");
    assertEquals(17, result.articlesAccepted());
    assertEquals(2, result.tableRows().get("topic_quality") / 20, "an Arabic and an English model");
    List<Row> march =
        spark.read().parquet(out.resolve("topic_timeline").toString())
            .filter("period = '2027-03' and lang = 'en'")
            .collectAsList();
    assertEquals(20, march.size(), "every topic of the English model");
    double shares = 0;
    for (Row row : march) {
      assertEquals(row.getLong(row.fieldIndex("n_articles_raw")), row.getLong(row.fieldIndex("n_articles")));
      assertEquals(row.getDouble(row.fieldIndex("share_raw")), row.getDouble(row.fieldIndex("share")), 1e-12);
      shares += row.getDouble(row.fieldIndex("share"));
    }
    assertEquals(1.0, shares, 1e-9);
    assertEquals(1L, march.stream().mapToLong(r -> r.getLong(r.fieldIndex("n_articles"))).sum(), "the copy is March's story");

    Report report = new LoadReport(spark, out.toString()).load();
    assertTrue(report.toHtml().contains("2027-03"), "the period is in the report");
  }
}
