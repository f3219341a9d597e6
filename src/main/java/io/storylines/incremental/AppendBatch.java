package io.storylines.incremental;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.storylines.dedup.FindDuplicates;
import io.storylines.ingest.OutcomeRows;
import io.storylines.ingest.RejectDuplicateIds;
import io.storylines.ingest.RejectReason;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * Spark stage of {@code --mode append}: joins a new batch to the articles already published.
 *
 * <ul>
 *   <li>{@link #rejectPublished}: a batch record whose {@code article_id} is already published is
 *       skipped, as an {@code already_present} reject of stage {@code ids} whose detail names where
 *       the published article was read. The published article is kept as it is.
 *   <li>{@link #carried}: the published articles re-enter the job as accepted outcome rows, so that
 *       everything computed over several articles (near-duplicate clusters, counts, timelines,
 *       shifts) is computed over the published articles and the batch together, as a full run
 *       over all the input would.
 *   <li>{@link #changedPeriods}: the periods the batch changes, which are the only ones written
 *       again ({@link PartitionPlan}).
 * </ul>
 *
 * <p>Only ids cross the network to find the batch's published ids; that small table is broadcast
 * back, as {@link RejectDuplicateIds} does.
 */
public final class AppendBatch {
  private static final String PUBLISHED_ID = "_storylines_published_id";
  private static final String PUBLISHED_AT = "_storylines_published_at";
  private static final String PRESENT = "_storylines_present";
  private static final String PREVIOUS_CLUSTER = "_storylines_previous_cluster";
  private static final String PREVIOUS_CANONICAL = "_storylines_previous_canonical";

  private final Dataset<Row> published;

  /** @param published the published {@code articles} table */
  public AppendBatch(Dataset<Row> published) {
    this.published = published;
  }

  /** Batch outcomes with every accepted record whose id is published turned into a reject. */
  public Dataset<Row> rejectPublished(Dataset<Row> outcomes) {
    Dataset<Row> present =
        published
            .select(
                col(OutcomeRows.ARTICLE_ID).as(PUBLISHED_ID),
                concat(col(OutcomeRows.INPUT_FILE), lit(" at "), col(OutcomeRows.INPUT_LOCATOR))
                    .as(PUBLISHED_AT))
            .join(
                outcomes.filter(col(OutcomeRows.ACCEPTED)).select(col(OutcomeRows.ARTICLE_ID)).distinct(),
                col(PUBLISHED_ID).equalTo(col(OutcomeRows.ARTICLE_ID)),
                "left_semi");
    Column skip = col(PRESENT);
    return outcomes
        .join(broadcast(present), col(OutcomeRows.ARTICLE_ID).equalTo(col(PUBLISHED_ID)), "left")
        .withColumn(PRESENT, col(OutcomeRows.ACCEPTED).and(col(PUBLISHED_ID).isNotNull()))
        .withColumn(OutcomeRows.ACCEPTED, col(OutcomeRows.ACCEPTED).and(skip.unary_$bang()))
        .withColumn(
            OutcomeRows.REASON,
            when(skip, lit(RejectReason.ALREADY_PRESENT.code())).otherwise(col(OutcomeRows.REASON)))
        .withColumn(
            OutcomeRows.DETAIL,
            when(
                    skip,
                    concat(
                        lit("article_id "), col(OutcomeRows.ARTICLE_ID),
                        lit(" is already published, read from "), col(PUBLISHED_AT)))
                .otherwise(col(OutcomeRows.DETAIL)))
        .withColumn(
            OutcomeRows.STAGE, when(skip, lit(RejectDuplicateIds.STAGE)).otherwise(col(OutcomeRows.STAGE)))
        .drop(PUBLISHED_ID, PUBLISHED_AT, PRESENT);
  }

  /**
   * The published articles as accepted outcome rows ({@link OutcomeRows#SCHEMA}), ready for the
   * text stage, which analyses them again exactly as the run that published them did. {@code
   * record_index} is 0 and {@code raw} empty: neither is published for an article, and neither is
   * used once ids are checked.
   */
  public Dataset<Row> carried() {
    Column[] columns =
        Arrays.stream(OutcomeRows.SCHEMA.fields())
            .map(AppendBatch::carriedColumn)
            .toArray(Column[]::new);
    return published.select(columns);
  }

  private static Column carriedColumn(StructField field) {
    Column value =
        switch (field.name()) {
          case OutcomeRows.RECORD_INDEX -> lit(0L);
          case OutcomeRows.RAW -> lit("");
          case OutcomeRows.ACCEPTED -> lit(true);
          case OutcomeRows.REASON, OutcomeRows.DETAIL, OutcomeRows.STAGE -> lit(null);
          default -> col(field.name());
        };
    return value.cast(field.dataType()).as(field.name());
  }

  /**
   * The periods the batch changes: those of its accepted articles, and those of published articles
   * whose near-duplicate cluster or canonical flag is not what was published.
   *
   * @param batch the batch's outcomes after {@link #rejectPublished}
   * @param clusters every article's cluster ({@link FindDuplicates#SCHEMA})
   */
  public SortedSet<String> changedPeriods(Dataset<Row> batch, Dataset<Row> clusters) {
    Dataset<String> batchPeriods =
        batch.filter(col(OutcomeRows.ACCEPTED)).select(col(OutcomeRows.PERIOD)).as(Encoders.STRING());
    Dataset<String> regrouped =
        published
            .select(
                col(OutcomeRows.ARTICLE_ID),
                col(OutcomeRows.PERIOD),
                col(FindDuplicates.DUP_CLUSTER).as(PREVIOUS_CLUSTER),
                col(FindDuplicates.IS_CANONICAL).as(PREVIOUS_CANONICAL))
            .join(clusters, OutcomeRows.ARTICLE_ID)
            .filter(
                col(FindDuplicates.DUP_CLUSTER).notEqual(col(PREVIOUS_CLUSTER))
                    .or(col(FindDuplicates.IS_CANONICAL).notEqual(col(PREVIOUS_CANONICAL))))
            .select(col(OutcomeRows.PERIOD))
            .as(Encoders.STRING());
    return new TreeSet<>(batchPeriods.union(regrouped).distinct().collectAsList());
  }
}
