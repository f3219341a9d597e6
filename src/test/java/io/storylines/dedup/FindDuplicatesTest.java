package io.storylines.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.SharedSpark;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stage on a hand fixture whose similarities are computed with the pure-Java rules first, so
 * each expectation says why it holds. Texts are runs of made-up words ({@code c17}); each case has
 * its own word prefix, so cases share no shingle. The fixture runs once at the default settings;
 * the tests read their case from it.
 */
@ExtendWith(SharedSpark.class)
class FindDuplicatesTest {
  private static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("published_at", DataTypes.TimestampType)
          .add("lang", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("body", DataTypes.StringType);

  private static final String DAY = "2025-05-13T";

  /** Words {@code prefix0 .. prefix(n-1)}, with the words at {@code edits} replaced. */
  private static String words(String prefix, int n, int... edits) {
    List<String> words = IntStream.range(0, n).mapToObj(i -> prefix + i).collect(Collectors.toList());
    for (int edit : edits) {
      words.set(edit, "edited" + edit);
    }
    return String.join(" ", words);
  }

  private static Row article(String id, String time, String body) {
    return RowFactory.create(
        id, time == null ? null : Timestamp.from(Instant.parse(DAY + time + "Z")), "en", null, body);
  }

  private static double jaccard(String a, String b) {
    return Jaccard.of(WordShingles.of(null, a, "en", 5), WordShingles.of(null, b, "en", 5));
  }

  /** Article id to its cluster, and the canonical articles. */
  private record Clusters(Map<String, String> clusterOf, List<String> canonical, FindDuplicates.Result result) {}

  private static Clusters run(SparkSession spark, DedupSettings settings, Row... articles) {
    Dataset<Row> input = spark.createDataFrame(Arrays.asList(articles), ARTICLES);
    FindDuplicates.Result result = new FindDuplicates(settings).apply(input);
    Map<String, String> clusterOf = new TreeMap<>();
    List<String> canonical = new ArrayList<>();
    for (Row row : result.clusters().collectAsList()) {
      clusterOf.put(row.getString(0), row.getString(1));
      if (row.getBoolean(2)) {
        canonical.add(row.getString(0));
      }
    }
    result.clusters().unpersist();
    canonical.sort(null);
    assertEquals(articles.length, clusterOf.size(), "one row per article");
    return new Clusters(clusterOf, canonical, result);
  }

  private static Clusters run(SparkSession spark, Row... articles) {
    return run(spark, DedupSettings.defaults(), articles);
  }

  private static final String EXACT = words("exact", 80);
  private static final String ORIGINAL = words("edit", 100);
  private static final String ONE_WORD_EDITED = words("edit", 100, 50);
  private static final String[] CHAIN = {
    words("chain", 100),
    words("chain", 100, 20, 60),
    words("chain", 100, 20, 60, 40, 80),
    words("chain", 100, 20, 60, 40, 80, 10, 90)
  };
  private static final String FAR = words("far", 100);
  private static final String FOUR_WORDS_EDITED = words("far", 100, 15, 35, 55, 75);

  private static Clusters fixture;

  @BeforeAll
  static void runTheFixture(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    rows.add(article("exact:b", "10:05:00", EXACT));
    rows.add(article("exact:a", "10:00:00", EXACT));
    rows.add(article("exact:c", "11:00:00", EXACT));
    rows.add(article("wire:1", "09:00:00", ORIGINAL));
    rows.add(article("outlet:7", "12:00:00", ONE_WORD_EDITED));
    rows.add(article("alone:x", "09:00:00", words("x", 60)));
    rows.add(article("alone:y", "09:00:00", words("y", 60)));
    rows.add(article("chain:4", "08:00:00", CHAIN[3]));
    rows.add(article("chain:3", "09:00:00", CHAIN[2]));
    rows.add(article("chain:2", "10:00:00", CHAIN[1]));
    rows.add(article("chain:1", "11:00:00", CHAIN[0]));
    rows.add(article("tie:b", "10:00:00", words("tie", 30)));
    rows.add(article("tie:a", "10:00:00", words("tie", 30)));
    rows.add(article("undated:a", null, words("undated", 30)));
    rows.add(article("undated:z", "23:00:00", words("undated", 30)));
    rows.add(article("empty:1", "10:00:00", "!!! ... ***"));
    rows.add(article("empty:2", "10:00:00", "!!! ... ***"));
    rows.add(article("empty:3", "10:00:00", "<p></p> -- "));
    rows.add(article("short:1", "10:00:00", "Breaking: markets closed"));
    rows.add(article("short:2", "10:01:00", "BREAKING -- markets closed."));
    rows.add(article("short:3", "10:02:00", "Markets closed, breaking"));
    Timestamp ten = Timestamp.from(Instant.parse(DAY + "10:00:00Z"));
    rows.add(RowFactory.create("title:1", ten, "en", words("tx", 20), words("tbody", 12)));
    rows.add(RowFactory.create("title:2", ten, "en", words("ty", 20), words("tbody", 12)));
    rows.add(article("far:a", "10:00:00", FAR));
    rows.add(article("far:b", "11:00:00", FOUR_WORDS_EDITED));
    rows.add(RowFactory.create("lang:en", ten, "en", null, words("lang", 40)));
    rows.add(RowFactory.create("lang:tr", ten, "tr", null, words("lang", 40)));
    fixture = run(spark, rows.toArray(new Row[0]));
  }

  private static void assertClusters(Map<String, String> expected) {
    Map<String, String> actual = new TreeMap<>();
    expected.keySet().forEach(id -> actual.put(id, fixture.clusterOf().get(id)));
    assertEquals(new TreeMap<>(expected), actual);
  }

  @Test
  void exactCopiesAreOneClusterNamedByTheEarliest() {
    assertClusters(Map.of("exact:a", "exact:a", "exact:b", "exact:a", "exact:c", "exact:a"));
    assertTrue(fixture.canonical().contains("exact:a"));
  }

  @Test
  void aCopyWithOneWordEditedIsADuplicate() {
    assertTrue(jaccard(ORIGINAL, ONE_WORD_EDITED) >= 0.8, "J = " + jaccard(ORIGINAL, ONE_WORD_EDITED));
    assertClusters(Map.of("wire:1", "wire:1", "outlet:7", "wire:1"));
  }

  @Test
  void unrelatedArticlesAreClustersOfTheirOwn() {
    assertClusters(Map.of("alone:x", "alone:x", "alone:y", "alone:y"));
  }

  @Test
  void aChainOfDuplicatesIsOneClusterEvenWhereItsEndsAreBelowTheThreshold() {
    for (int i = 0; i + 1 < CHAIN.length; i++) {
      assertTrue(jaccard(CHAIN[i], CHAIN[i + 1]) >= 0.8, "link " + i);
    }
    assertTrue(jaccard(CHAIN[0], CHAIN[2]) < 0.8, "J(c1, c3) = " + jaccard(CHAIN[0], CHAIN[2]));
    assertTrue(jaccard(CHAIN[0], CHAIN[3]) < 0.8);
    assertClusters(Map.of("chain:1", "chain:4", "chain:2", "chain:4", "chain:3", "chain:4", "chain:4", "chain:4"));
  }

  @Test
  void onEqualTimesTheSmallerIdIsCanonical() {
    assertClusters(Map.of("tie:a", "tie:a", "tie:b", "tie:a"));
  }

  @Test
  void anUndatedArticleIsNeverCanonicalOverADatedOne() {
    assertClusters(Map.of("undated:a", "undated:z", "undated:z", "undated:z"));
  }

  @Test
  void articlesWithoutWordsAreNeverHashedAndStayAlone() {
    assertClusters(Map.of("empty:1", "empty:1", "empty:2", "empty:2", "empty:3", "empty:3"));
  }

  @Test
  void shortTextsAreDuplicatesOnlyWithTheSameWordsInTheSameOrder() {
    assertClusters(Map.of("short:1", "short:1", "short:2", "short:1", "short:3", "short:3"));
  }

  @Test
  void theTitleIsPartOfTheText() {
    assertClusters(Map.of("title:1", "title:1", "title:2", "title:2"));
  }

  @Test
  void belowTheThresholdIsNotADuplicate() {
    double j = jaccard(FAR, FOUR_WORDS_EDITED);
    assertTrue(j > 0.6 && j < 0.8, "J = " + j);
    assertClusters(Map.of("far:a", "far:a", "far:b", "far:b"));
  }

  /** The same words in two languages (a declared language used for an undetermined text). */
  @Test
  void theSameTextInTwoLanguagesIsTwoClusters() {
    assertClusters(Map.of("lang:en", "lang:en", "lang:tr", "lang:tr"));
  }

  @Test
  void everyArticleIsCanonicalExactlyWhenItNamesItsCluster() {
    fixture.clusterOf().forEach((id, cluster) -> assertEquals(id.equals(cluster), fixture.canonical().contains(id), id));
  }

  @Test
  void countsOfTheResult() {
    // exact, edit, chain, tie, undated, short: 6 clusters; 2 + 1 + 3 + 1 + 1 + 1 duplicates.
    assertEquals(27, fixture.result().articles());
    assertEquals(6, fixture.result().duplicateClusters());
    assertEquals(9, fixture.result().duplicates());
    assertEquals(5, fixture.result().sameContent(), "exact 2, tie 1, undated 1, short 1");
    assertEquals(4, fixture.result().verifiedPairs(), "edit 1, chain 3");
  }

  @Test
  void aLowerThresholdTakesThePairBelowTheDefault(SparkSession spark) {
    Clusters c =
        run(
            spark,
            DedupSettings.defaults().withThreshold(0.6),
            article("far:a", "10:00:00", FAR),
            article("far:b", "11:00:00", FOUR_WORDS_EDITED));
    assertEquals("far:a", c.clusterOf().get("far:b"));
  }

  @Test
  void turnedOffEveryArticleIsItsOwnCanonicalCluster(SparkSession spark) {
    Clusters c =
        run(spark, DedupSettings.defaults().withEnabled(false), article("a", "10:00:00", EXACT), article("b", "10:00:00", EXACT));
    assertEquals(Map.of("a", "a", "b", "b"), c.clusterOf());
    assertEquals(List.of("a", "b"), c.canonical());
  }

  @Test
  void copiesOfManyArticlesEachJoinTheirOriginal(SparkSession spark) {
    // Issue 9's replication: every article filed three times under new ids.
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String text = words("a" + i + "w", 40);
      for (int copy = 0; copy < 3; copy++) {
        rows.add(article("copy" + copy + ":" + i, "1" + copy + ":00:00", text));
      }
    }
    Clusters c = run(spark, rows.toArray(new Row[0]));
    for (int i = 0; i < 20; i++) {
      for (int copy = 0; copy < 3; copy++) {
        assertEquals("copy0:" + i, c.clusterOf().get("copy" + copy + ":" + i));
      }
    }
    assertEquals(20, c.result().duplicateClusters());
    assertEquals(40, c.result().duplicates());
  }

  @Test
  void aMissingColumnIsNamed(SparkSession spark) {
    Dataset<Row> input = spark.createDataFrame(List.of(), new StructType().add("article_id", DataTypes.StringType));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new FindDuplicates(DedupSettings.defaults()).apply(input));
    assertTrue(e.getMessage().contains("'published_at'"), e.getMessage());
  }
}
