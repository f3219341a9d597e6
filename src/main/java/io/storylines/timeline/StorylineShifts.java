package io.storylines.timeline;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark stage: what changed in each storyline, period by period. For every entity and every pair
 * of entities (mentioned in one article) of a storyline's stories, its share of the period's
 * stories against its share over the {@link #BASELINE_PERIODS} periods before, scored by {@link
 * ShiftScore}; per storyline, period, language ({@code '*'} too) and kind, the {@link #TOP} largest
 * rises and falls, and the actors new to the storyline (never in its stories before).
 *
 * <p>Stories are deduplicated ({@code dup_cluster}). Periods are those of the accepted articles, in
 * order; {@code undated} has no place in that order and is left out. The first period has no
 * baseline and no rows. What reaches the driver is the list of periods.
 */
public final class StorylineShifts {
  /** Periods before the current one that make its baseline. */
  public static final int BASELINE_PERIODS = 3;

  /** Rises, falls and new actors kept per storyline, period, language and kind. */
  public static final int TOP = 10;

  private static final UserDefinedFunction Z =
      udf(
          (Long k, Long n, Long kb, Long nb) -> ShiftScore.z(k, n, kb, nb),
          DataTypes.DoubleType);

  private static final UserDefinedFunction DELTA =
      udf(
          (Long k, Long n, Long kb, Long nb) -> ShiftScore.delta(k, n, kb, nb),
          DataTypes.DoubleType);

  public Dataset<Row> apply(
      SparkSession spark, Dataset<Row> articles, Dataset<Row> storylineArticles, Dataset<Row> mentions) {
    Dataset<Row> dated =
        articles
            .select(col("article_id"), col("dup_cluster"), col("period"), col("lang"))
            .filter(col("period").notEqual(lit("undated")));
    List<String> periods = dated.select(col("period")).distinct().orderBy(col("period")).as(Encoders.STRING()).collectAsList();
    List<Row> indexRows = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      indexRows.add(RowFactory.create(periods.get(i), i));
    }
    Dataset<Row> index =
        spark.createDataFrame(
            indexRows, new StructType().add("period", DataTypes.StringType).add("idx", DataTypes.IntegerType));
    int last = periods.size() - 1;

    Dataset<Row> members =
        storylineArticles
            .select(col("storyline_id"), col("article_id"))
            .join(dated, "article_id")
            .join(org.apache.spark.sql.functions.broadcast(index), "period");
    Dataset<Row> languages =
        members.withColumn(
            "lang",
            explode(org.apache.spark.sql.functions.array(col("lang"), lit(Slices.ALL))));

    Dataset<Row> entities = mentions.select(col("article_id"), col("entity_id").as("item")).distinct();
    Dataset<Row> items =
        languages.join(entities, "article_id").withColumn("kind", lit("entity"))
            .unionByName(
                languages
                    .join(StorylineTimeline.pairsOfArticle(mentions).withColumnRenamed("pair", "item"), "article_id")
                    .withColumn("kind", lit("pair")));

    // Stories are counted after the spread, so that a story with copies in two of the baseline
    // periods counts once in the baseline, as it does in its own period.
    Dataset<Row> itemSpread =
        countStories(
            spread(items.select(col("storyline_id"), col("lang"), col("kind"), col("item"), col("idx"), col("dup_cluster")), last)
                .groupBy(col("storyline_id"), col("lang"), col("kind"), col("item"), col("target")),
            "n_articles",
            "baseline_articles");
    Dataset<Row> totalSpread =
        countStories(
            spread(languages.select(col("storyline_id"), col("lang"), col("idx"), col("dup_cluster")), last)
                .groupBy(col("storyline_id"), col("lang"), col("target")),
            "n_storyline",
            "baseline_storyline");
    Dataset<Row> firstSeen =
        items
            .groupBy(col("storyline_id"), col("lang"), col("kind"), col("item"))
            .agg(min(col("idx")).as("first_idx"));

    Column k = col("n_articles");
    Column n = col("n_storyline");
    Column kb = col("baseline_articles");
    Column nb = col("baseline_storyline");
    Dataset<Row> scored =
        itemSpread
            .join(totalSpread, StorylineTimeline.seq(List.of("storyline_id", "lang", "target")))
            .filter(n.gt(0).and(nb.gt(0)))
            .join(firstSeen, StorylineTimeline.seq(List.of("storyline_id", "lang", "kind", "item")))
            .withColumn("share", k.divide(n))
            .withColumn("baseline_share", kb.divide(nb))
            .withColumn("delta", DELTA.apply(k, n, kb, nb))
            .withColumn("z", Z.apply(k, n, kb, nb))
            .withColumn("is_new", col("first_idx").equalTo(col("target")).and(k.gt(0)))
            .withColumn(
                "direction",
                when(col("delta").gt(0), lit("rise")).when(col("delta").lt(0), lit("fall")).otherwise(lit("flat")));
    Column[] group = {col("storyline_id"), col("lang"), col("target"), col("kind")};
    Dataset<Row> ranked =
        scored
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy(concat(group, col("direction")))
                            .orderBy(abs(col("z")).desc(), col("item").asc())))
            .withColumn(
                "new_rank",
                row_number()
                    .over(
                        Window.partitionBy(concat(group, col("is_new")))
                            .orderBy(k.desc(), col("item").asc())));
    return ranked
        .filter(
            col("direction").notEqual(lit("flat")).and(col("rank").leq(TOP))
                .or(col("is_new").and(col("new_rank").leq(TOP))))
        .join(org.apache.spark.sql.functions.broadcast(index.withColumnRenamed("idx", "target")), "target")
        .select(
            col("storyline_id"), col("lang"), col("kind"), col("item"), col("direction"),
            col("rank").cast(DataTypes.IntegerType).as("rank"), col("is_new"), k, n, col("share"), kb, nb,
            col("baseline_share"), col("delta"), col("z"), col("period"));
  }

  /**
   * The distinct stories of each group in its own period ({@code current}) and in the {@link
   * #BASELINE_PERIODS} periods before it ({@code baseline}).
   */
  private static Dataset<Row> countStories(
      org.apache.spark.sql.RelationalGroupedDataset spread, String current, String baseline) {
    return spread.agg(
        countDistinct(when(col("offset").equalTo(0), col("dup_cluster"))).as(current),
        countDistinct(when(col("offset").gt(0), col("dup_cluster"))).as(baseline));
  }

  /** Each row also lands on the {@link #BASELINE_PERIODS} periods after its own, as baseline. */
  private static Dataset<Row> spread(Dataset<Row> rows, int last) {
    return rows
        .withColumn("offset", explode(sequence(lit(0), lit(BASELINE_PERIODS))))
        .withColumn("target", col("idx").plus(col("offset")))
        .filter(col("target").leq(last));
  }

  private static Column[] concat(Column[] columns, Column more) {
    Column[] all = java.util.Arrays.copyOf(columns, columns.length + 1);
    all[columns.length] = more;
    return all;
  }
}
