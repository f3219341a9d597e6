package io.storylines.dedup;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.testing.Project;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Near-duplicates on data/sample: the published {@code articles} table against {@code
 * near_duplicates} of data/sample-expected.json, and the two heavier rewrites of
 * data/sample/README.md, which a lower threshold pairs.
 */
@ExtendWith({SharedSpark.class, SampleRun.class})
class FindDuplicatesSampleTest {

  /** Canonical id to the sorted ids of its cluster, for clusters of more than one article. */
  private static Map<String, List<String>> clusters(List<Row> rows) {
    Map<String, List<String>> clusters = new TreeMap<>();
    for (Row row : rows) {
      clusters.computeIfAbsent(row.getString(1), c -> new ArrayList<>()).add(row.getString(0));
    }
    clusters.values().removeIf(members -> members.size() < 2);
    clusters.values().forEach(members -> members.sort(null));
    return clusters;
  }

  @Test
  void publishedClustersAreTheExpectedOnes(SampleRun sample, SparkSession spark) throws IOException {
    JsonNode expected =
        new ObjectMapper().readTree(Project.path("data/sample-expected.json").toFile()).get("near_duplicates");
    assertEquals(DedupSettings.DEFAULT_THRESHOLD, expected.get("threshold").asDouble());
    Map<String, List<String>> expectedClusters = new TreeMap<>();
    expected
        .get("clusters")
        .properties()
        .forEach(
            e -> {
              List<String> members = new ArrayList<>();
              e.getValue().forEach(m -> members.add(m.asText()));
              expectedClusters.put(e.getKey(), members);
            });
    Dataset<Row> articles = spark.read().parquet(sample.table("articles").toString());
    assertEquals(
        expectedClusters,
        clusters(articles.select("article_id", "dup_cluster").collectAsList()));
    assertEquals(0, articles.filter(col("dup_cluster").isNull()).count());
    assertEquals(
        0,
        articles.filter(col("is_canonical").notEqual(col("dup_cluster").equalTo(col("article_id")))).count());
  }

  @Test
  void theHeavierRewritesPairAtHalf(SampleRun sample, SparkSession spark) {
    Dataset<Row> articles = spark.read().parquet(sample.table("articles").toString());
    FindDuplicates.Result result =
        new FindDuplicates(DedupSettings.defaults().withThreshold(0.5)).apply(articles);
    Map<String, List<String>> clusters = clusters(result.clusters().collectAsList());
    result.clusters().unpersist();
    assertEquals(
        List.of("gulf-observer:GO-20250513-07", "levant-wire:lw-20250513-041"),
        clusters.get("levant-wire:lw-20250513-041"));
    assertEquals(
        List.of("anatolia-post:ap-20251214-118", "bosphorus-herald:BH-20251214-0391"),
        clusters.get("anatolia-post:ap-20251214-118"));
  }
}
