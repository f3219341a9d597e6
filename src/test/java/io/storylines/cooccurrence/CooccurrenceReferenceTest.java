package io.storylines.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.StorylinesJob;
import io.storylines.config.StorylinesConfig;
import io.storylines.testing.FaKesRun;
import io.storylines.testing.Project;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import io.storylines.testing.NoTopics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every count and measure of the published {@code cooccurrence} table equals a brute-force
 * reference computed in plain Java from the published {@code mentions} and {@code articles}
 * ({@link CooccurrenceReference}): on a real corpus (FA-KES, all pairs) and on data/sample (all
 * pairs, and the default minimum support). Also: symmetry, bounds, and slices that add up.
 */
@ExtendWith({SharedSpark.class, SampleRun.class, FaKesRun.class})
class CooccurrenceReferenceTest {
  @TempDir Path temp;

  private static Map<String, Row> published(SparkSession spark, Path output) {
    Map<String, Row> rows = new HashMap<>();
    for (Row r :
        spark.read().parquet(output.resolve("cooccurrence").toString())
            .select("period", "scope", "lang", "source", "entity_a", "entity_b", "n_docs_pair",
                "n_sentences_pair", "n_docs_a", "n_docs_b", "n_docs", "pmi", "npmi", "lift", "backbone_p")
            .collectAsList()) {
      String key =
          CooccurrenceReference.key(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5));
      assertEquals(null, rows.put(key, r), "one row per key: " + key);
    }
    return rows;
  }

  private static CooccurrenceReference reference(SparkSession spark, Path output) {
    return CooccurrenceReference.of(
        spark, output.resolve("articles").toString(), output.resolve("mentions").toString());
  }

  /** Compares all rows; returns the number compared. */
  private static int assertMatches(CooccurrenceReference reference, Map<String, Row> published, int minPairDocs) {
    Set<String> expectedKeys = new HashSet<>();
    reference.rows.forEach((key, e) -> {
      if (e.nDocsPair() >= minPairDocs) {
        expectedKeys.add(key);
      }
    });
    assertEquals(expectedKeys, published.keySet(), "the same pairs, windows and slices");
    for (String key : expectedKeys) {
      CooccurrenceReference.Expected e = reference.rows.get(key);
      Row r = published.get(key);
      assertEquals(
          List.of(e.nDocsPair(), e.nSentencesPair(), e.nDocsA(), e.nDocsB(), e.nDocs()),
          List.of(r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10)),
          key);
      assertEquals(e.pmi(), r.getDouble(11), 1e-9, key + " pmi");
      assertEquals(e.npmi(), r.getDouble(12), 1e-9, key + " npmi");
      assertEquals(e.lift(), r.getDouble(13), 1e-9 * e.lift(), key + " lift");
      assertEquals(e.backboneP(), r.getDouble(14), 1e-9, key + " backbone_p");
    }
    return expectedKeys.size();
  }

  /** Canonical order, bounds, and per-language and per-source slices that add up to the totals. */
  private static void assertConsistent(Map<String, Row> rows, boolean allPairs) {
    Map<String, long[]> byLang = new HashMap<>();
    Map<String, long[]> bySource = new HashMap<>();
    for (Row r : rows.values()) {
      String a = r.getString(4);
      String b = r.getString(5);
      assertTrue(a.compareTo(b) < 0, "canonical order " + a + " " + b);
      long pair = r.getLong(6);
      assertTrue(pair >= 1 && pair <= Math.min(r.getLong(8), r.getLong(9)), r.toString());
      assertTrue(Math.max(r.getLong(8), r.getLong(9)) <= r.getLong(10), r.toString());
      assertTrue(r.getDouble(12) >= -1 && r.getDouble(12) <= 1, "npmi " + r);
      assertTrue(r.getDouble(14) >= 0 && r.getDouble(14) <= 1, "backbone_p " + r);
      assertEquals(Math.exp(r.getDouble(11)), r.getDouble(13), 1e-9 * r.getDouble(13));
      if (r.getString(1).equals("sentence")) {
        Row article = rows.get(CooccurrenceReference.key(r.getString(0), "article", r.getString(2), r.getString(3), a, b));
        // With a minimum support the article row is published whenever the sentence row is,
        // since n_docs_pair(article) >= n_docs_pair(sentence); every row must have its twin.
        assertNotNull(article, "the article window holds every sentence-window pair: " + r);
        assertTrue(article.getLong(6) >= pair, "sentence window within article window: " + r);
        assertEquals(article.getLong(7), r.getLong(7), "sentences counted alike: " + r);
      }
      String pairKey = r.getString(0) + "|" + r.getString(1) + "|" + a + "|" + b;
      if (!r.getString(2).equals("*") && r.getString(3).equals("*")) {
        add(byLang, pairKey, r);
      }
      if (r.getString(2).equals("*") && !r.getString(3).equals("*")) {
        add(bySource, pairKey, r);
      }
    }
    if (!allPairs) {
      return;
    }
    for (Row total : rows.values()) {
      if (total.getString(2).equals("*") && total.getString(3).equals("*")) {
        String pairKey = total.getString(0) + "|" + total.getString(1) + "|" + total.getString(4) + "|" + total.getString(5);
        long[] expected = {total.getLong(6), total.getLong(7), total.getLong(8), total.getLong(9), total.getLong(10)};
        assertEquals(List.of(expected[0], expected[1]), List.of(byLang.get(pairKey)[0], byLang.get(pairKey)[1]), "sum over languages " + pairKey);
        assertEquals(List.of(expected[0], expected[1]), List.of(bySource.get(pairKey)[0], bySource.get(pairKey)[1]), "sum over sources " + pairKey);
      }
    }
  }

  private static void add(Map<String, long[]> sums, String key, Row r) {
    long[] s = sums.computeIfAbsent(key, k -> new long[2]);
    s[0] += r.getLong(6);
    s[1] += r.getLong(7);
  }

  @Test
  void faKesEveryPairEqualsTheBruteForceReference(SparkSession spark, FaKesRun fakes) {
    // The shared FA-KES run keeps every pair (minimum support 1).
    Path output = fakes.output();
    CooccurrenceReference reference = reference(spark, output);
    Map<String, Row> published = published(spark, output);
    int rows = assertMatches(reference, published, 1);
    assertConsistent(published, true);
    assertTrue(reference.articlePairs > 10_000, "a real amount of pairs: " + reference.articlePairs);
    System.out.printf(
        "FA-KES co-occurrence reference: %d articles, %d with pairs, %d article pairs, %d table rows%n",
        reference.articles, reference.articlesWithPairs, reference.articlePairs, rows);
  }

  @Test
  void sampleEveryPairEqualsTheBruteForceReference(SparkSession spark) {
    Path output = temp.resolve("sample");
    StorylinesJob.run(
        spark,
        StorylinesConfig.builder()
            .input(Project.path("data/sample").toString())
            .minPairDocs(1)
            .topics(NoTopics.SETTINGS)
            .output(output.toString())
            .build());
    Map<String, Row> published = published(spark, output);
    assertMatches(reference(spark, output), published, 1);
    assertConsistent(published, true);
  }

  @Test
  void sampleWithTheDefaultMinimumSupportKeepsTheReferenceRowsAboveIt(SparkSession spark, SampleRun sample) {
    Map<String, Row> published = published(spark, sample.output());
    int rows = assertMatches(reference(spark, sample.output()), published, StorylinesConfig.DEFAULT_MIN_PAIR_DOCS);
    assertTrue(rows > 100, "rows " + rows);
    assertConsistent(published, false);
  }
}
