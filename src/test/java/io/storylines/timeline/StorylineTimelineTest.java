package io.storylines.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.SharedSpark;
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

/**
 * One storyline over two months. January: a wire story a1 filed again by src2 as a2 (one cluster),
 * an Arabic a3, and a4, not in the storyline. February: b1, b2 (Arabic), b3 in the storyline, b4
 * not. Turkey enters the storyline in February.
 */
@ExtendWith(SharedSpark.class)
class StorylineTimelineTest {
  private static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("dup_cluster", DataTypes.StringType)
          .add("period", DataTypes.StringType)
          .add("lang", DataTypes.StringType)
          .add("source", DataTypes.StringType);

  private static final StructType MEMBERS =
      new StructType()
          .add("storyline_id", DataTypes.StringType)
          .add("article_id", DataTypes.StringType)
          .add("anchor_sentences", DataTypes.IntegerType)
          .add("frames", DataTypes.createArrayType(DataTypes.StringType));

  private static final StructType MENTIONS =
      new StructType().add("article_id", DataTypes.StringType).add("entity_id", DataTypes.StringType);

  private static final StructType DOC_TOPICS =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("model_id", DataTypes.StringType)
          .add("topic_weights", DataTypes.createArrayType(DataTypes.DoubleType));

  private static Dataset<Row> articles(SparkSession spark) {
    return spark.createDataFrame(
        List.of(
            RowFactory.create("a1", "a1", "2025-01", "en", "src1"),
            RowFactory.create("a2", "a1", "2025-01", "en", "src2"),
            RowFactory.create("a3", "a3", "2025-01", "ar", "src1"),
            RowFactory.create("a4", "a4", "2025-01", "en", "src1"),
            RowFactory.create("b1", "b1", "2025-02", "en", "src1"),
            RowFactory.create("b2", "b2", "2025-02", "ar", "src1"),
            RowFactory.create("b3", "b3", "2025-02", "en", "src1"),
            RowFactory.create("b4", "b4", "2025-02", "en", "src2")),
        ARTICLES);
  }

  private static Dataset<Row> members(SparkSession spark) {
    return spark.createDataFrame(
        List.of(
            RowFactory.create("s", "a1", 2, List.of("diplomacy")),
            RowFactory.create("s", "a2", 1, List.of("diplomacy", "security")),
            RowFactory.create("s", "a3", 1, List.of("security")),
            RowFactory.create("s", "b1", 1, List.of("sanctions")),
            RowFactory.create("s", "b2", 3, List.of("sanctions")),
            RowFactory.create("s", "b3", 1, List.of("security"))),
        MEMBERS);
  }

  private static Dataset<Row> mentions(SparkSession spark) {
    String[][] pairs = {
      {"a1", "syria"}, {"a1", "united_states"}, {"a2", "syria"}, {"a2", "united_states"}, {"a3", "syria"},
      {"b1", "syria"}, {"b1", "united_states"}, {"b1", "turkey"}, {"b2", "syria"}, {"b2", "turkey"},
      {"b3", "turkey"}, {"a4", "united_states"}
    };
    return spark.createDataFrame(
        java.util.Arrays.stream(pairs).map(p -> RowFactory.create(p[0], p[1])).toList(), MENTIONS);
  }

  private static Map<String, Row> timeline(SparkSession spark) {
    Dataset<Row> docTopics =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a1", "en-m", List.of(0.8, 0.2)),
                RowFactory.create("a2", "en-m", List.of(0.6, 0.4)),
                RowFactory.create("b1", "en-m", List.of(0.2, 0.8)),
                RowFactory.create("b3", "en-m", List.of(0.4, 0.6))),
            DOC_TOPICS);
    Map<String, Row> rows = new HashMap<>();
    for (Row row :
        new StorylineTimeline(List.of("s"))
            .apply(articles(spark), members(spark), mentions(spark), docTopics)
            .collectAsList()) {
      rows.put(row.getAs("period") + "/" + row.getAs("lang") + "/" + row.getAs("source"), row);
    }
    return rows;
  }

  private static long n(Row row, String column) {
    return row.getAs(column);
  }

  @Test
  void aSyndicatedStoryCountsOnceAndRawCountsEveryArticle(SparkSession spark) {
    Row all = timeline(spark).get("2025-01/*/*");
    assertEquals(3, n(all, "n_articles"), "clusters a1, a3, a4");
    assertEquals(4, n(all, "n_articles_raw"));
    assertEquals(2, n(all, "n_storyline"));
    assertEquals(3, n(all, "n_storyline_raw"));
    assertEquals(2.0 / 3, (double) all.getAs("share"), 1e-12);
    assertEquals(3.0 / 4, (double) all.getAs("share_raw"), 1e-12);
    assertEquals(3, n(all, "n_comention_sentences"), "the wire story counts with its larger copy (2) + a3 (1)");
    assertEquals(4, n(all, "n_comention_sentences_raw"));
  }

  @Test
  void frameSharesAreOfTheStorylinesStories(SparkSession spark) {
    Row all = timeline(spark).get("2025-01/*/*");
    scala.collection.Map<String, Double> frames = all.getAs("frame_shares");
    assertEquals(0.5, frames.apply("diplomacy"), 1e-12, "the wire story of the two");
    assertEquals(1.0, frames.apply("security"), 1e-12, "the wire story (its copy) and a3");
    assertFalse(frames.contains("sanctions"));
    scala.collection.Map<String, Double> raw = all.getAs("frame_shares_raw");
    assertEquals(2.0 / 3, raw.apply("diplomacy"), 1e-12);
  }

  @Test
  void topEntitiesAndPairsAndTopicsOfTheSlice(SparkSession spark) {
    Map<String, Row> rows = timeline(spark);
    List<Row> entities = rows.get("2025-01/*/*").getList(rows.get("2025-01/*/*").fieldIndex("top_entities"));
    assertEquals("syria", entities.get(0).getString(0));
    assertEquals(2L, entities.get(0).getLong(1));
    assertEquals("united_states", entities.get(1).getString(0));
    List<Row> pairs = rows.get("2025-02/*/*").getList(rows.get("2025-02/*/*").fieldIndex("top_pairs"));
    assertEquals("syria|turkey", pairs.get(0).getString(0));
    assertEquals(2L, pairs.get(0).getLong(1));
    Row english = rows.get("2025-01/en/*");
    assertEquals("en-m", english.getAs("topic_model_id"));
    List<Double> mean = english.getList(english.fieldIndex("mean_topic_weights"));
    assertEquals(0.7, mean.get(0), 1e-12);
    assertEquals(0.3, mean.get(1), 1e-12);
    assertTrue(rows.get("2025-01/*/*").isNullAt(rows.get("2025-01/*/*").fieldIndex("mean_topic_weights")),
        "no mean over languages: their models differ");
    assertEquals(1.0, (double) rows.get("2025-01/*/src2").getAs("share"), 0.0, "src2 ran only the wire story");
  }

  /** src2 ran only b4 in February, not a storyline story: a row with share 0, not a gap. */
  @Test
  void aSliceWithoutTheStorylinesStoriesIsARowOfZeros(SparkSession spark) {
    Map<String, Row> rows = timeline(spark);
    // Each month: en/src1, en/src2, ar/src1, en/*, ar/*, */src1, */src2 and */*.
    assertEquals(16, rows.size(), "every slice with articles: " + rows.keySet());
    for (String key : List.of("2025-02/en/src2", "2025-02/*/src2")) {
      Row row = rows.get(key);
      assertEquals(1, n(row, "n_articles"), key);
      assertEquals(1, n(row, "n_articles_raw"), key);
      assertEquals(0, n(row, "n_storyline"), key);
      assertEquals(0, n(row, "n_storyline_raw"), key);
      assertEquals(0, n(row, "n_comention_sentences"), key);
      assertEquals(0.0, (double) row.getAs("share"), 0.0, key);
      assertEquals(0.0, (double) row.getAs("share_raw"), 0.0, key);
      assertTrue(row.getList(row.fieldIndex("top_entities")).isEmpty(), key);
      assertTrue(row.getMap(row.fieldIndex("frame_shares")).isEmpty(), key);
      assertTrue(row.isNullAt(row.fieldIndex("mean_topic_weights")), key);
      assertTrue(row.isNullAt(row.fieldIndex("topic_model_id")), key + ": no article, no model");
    }
    // With every slice a row, every count adds up over languages, and the raw ones over sources.
    for (String period : List.of("2025-01", "2025-02")) {
      for (String count : List.of("n_articles", "n_articles_raw", "n_storyline", "n_storyline_raw")) {
        long languages = 0;
        for (String lang : List.of("en", "ar")) {
          languages += n(rows.get(period + "/" + lang + "/*"), count);
        }
        assertEquals(n(rows.get(period + "/*/*"), count), languages, period + " " + count);
      }
      for (String count : List.of("n_articles_raw", "n_storyline_raw")) {
        long sources = n(rows.get(period + "/*/src1"), count) + n(rows.get(period + "/*/src2"), count);
        assertEquals(n(rows.get(period + "/*/*"), count), sources, period + " " + count);
      }
    }
  }

  @Test
  void languagesSumToAllAndDeduplicatedNeverExceedsRaw(SparkSession spark) {
    Map<String, Row> rows = timeline(spark);
    for (String period : List.of("2025-01", "2025-02")) {
      Row all = rows.get(period + "/*/*");
      long languages = 0;
      long languagesRaw = 0;
      for (String lang : List.of("en", "ar")) {
        Row row = rows.get(period + "/" + lang + "/*");
        languages += n(row, "n_storyline");
        languagesRaw += n(row, "n_storyline_raw");
      }
      assertEquals(n(all, "n_storyline"), languages, period);
      assertEquals(n(all, "n_storyline_raw"), languagesRaw, period);
    }
    for (Row row : rows.values()) {
      assertTrue(n(row, "n_storyline") <= n(row, "n_storyline_raw"), row.toString());
      assertTrue(n(row, "n_articles") <= n(row, "n_articles_raw"), row.toString());
    }
  }

  @Test
  void shiftsNameTheActorsThatRoseFellOrAreNew(SparkSession spark) {
    Map<String, Row> shifts = new HashMap<>();
    for (Row row :
        new StorylineShifts().apply(spark, articles(spark), members(spark), mentions(spark)).collectAsList()) {
      if (row.getAs("lang").equals("*")) {
        shifts.put(row.getAs("kind") + "/" + row.getAs("item"), row);
      }
      assertEquals("2025-02", row.getAs("period"), "January has no baseline");
    }
    Row turkey = shifts.get("entity/turkey");
    assertEquals("rise", turkey.getAs("direction"));
    assertTrue((boolean) turkey.getAs("is_new"));
    assertEquals(3L, (long) turkey.getAs("n_articles"));
    assertEquals(3L, (long) turkey.getAs("n_storyline"));
    assertEquals(2L, (long) turkey.getAs("baseline_storyline"));
    assertEquals(ShiftScore.z(3, 3, 0, 2), (double) turkey.getAs("z"), 1e-12);
    Row syria = shifts.get("entity/syria");
    assertEquals("fall", syria.getAs("direction"));
    assertFalse((boolean) syria.getAs("is_new"));
    assertEquals(2.0 / 3 - 1.0, (double) syria.getAs("delta"), 1e-12);
    assertTrue((boolean) shifts.get("pair/syria|turkey").getAs("is_new"));
    assertEquals("fall", shifts.get("pair/syria|united_states").getAs("direction"));
  }

  /**
   * A storyline of the run that matched no article has the rows of one that did, every count and
   * share 0: it was run and found nothing, which a missing row would not say.
   */
  @Test
  void aStorylineThatMatchedNothingHasZeroRows(SparkSession spark) {
    Dataset<Row> docTopics = spark.createDataFrame(List.of(), DOC_TOPICS);
    Dataset<Row> timeline =
        new StorylineTimeline(List.of("s", "quiet"))
            .apply(articles(spark), members(spark), mentions(spark), docTopics);
    Dataset<Row> quiet = timeline.filter("storyline_id = 'quiet'");
    assertEquals(timeline.filter("storyline_id = 's'").count(), quiet.count());
    assertTrue(quiet.count() > 0);
    assertEquals(
        0L,
        quiet.filter("n_storyline != 0 OR n_storyline_raw != 0 OR share != 0 OR share_raw != 0"
            + " OR n_comention_sentences != 0 OR size(top_entities) != 0").count());
    Row all = quiet.filter("period = '2025-01' AND lang = '*' AND source = '*'").first();
    assertEquals(3L, (long) all.getAs("n_articles"), "the slice's stories, whatever the storyline");
  }

  /**
   * Story x is filed in January (x1) and again in February (x2, the same cluster); y1 is a
   * February story. In March, the baseline of the three periods before holds two stories, x and
   * y, and Syria is in one of them: x counts once, not once per period.
   */
  @Test
  void aStoryInTwoBaselinePeriodsCountsOnceInTheBaseline(SparkSession spark) {
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                RowFactory.create("x1", "x1", "2025-01", "en", "src1"),
                RowFactory.create("x2", "x1", "2025-02", "en", "src2"),
                RowFactory.create("y1", "y1", "2025-02", "en", "src1"),
                RowFactory.create("z1", "z1", "2025-03", "en", "src1")),
            ARTICLES);
    Dataset<Row> members =
        spark.createDataFrame(
            List.of(
                RowFactory.create("s", "x1", 1, List.of("security")),
                RowFactory.create("s", "x2", 1, List.of("security")),
                RowFactory.create("s", "y1", 1, List.of("security")),
                RowFactory.create("s", "z1", 1, List.of("security"))),
            MEMBERS);
    String[][] pairs = {{"x1", "syria"}, {"x2", "syria"}, {"y1", "turkey"}, {"z1", "syria"}};
    Dataset<Row> mentions =
        spark.createDataFrame(
            java.util.Arrays.stream(pairs).map(p -> RowFactory.create(p[0], p[1])).toList(), MENTIONS);
    Row syria =
        new StorylineShifts()
            .apply(spark, articles, members, mentions)
            .filter("period = '2025-03' AND lang = '*' AND item = 'syria'")
            .first();
    assertEquals(1L, (long) syria.getAs("n_articles"));
    assertEquals(1L, (long) syria.getAs("n_storyline"));
    assertEquals(1L, (long) syria.getAs("baseline_articles"), "story x, once");
    assertEquals(2L, (long) syria.getAs("baseline_storyline"), "stories x and y");
    assertEquals(0.5, (double) syria.getAs("baseline_share"), 1e-12);
  }
}
