package io.storylines.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark stage: an {@code article_id} names one article. Among accepted outcomes with the same id,
 * the first by input file path, then by position in the file, stays accepted; the job runs it
 * after the text stage, so that a record with no text does not take the id from a later record
 * that has text; every later one
 * becomes a {@code duplicate_id} reject whose detail names where the id was first read. Rows keep
 * their count: this stage only changes the status of rows, so records read are preserved.
 *
 * <p>Only the ids, files and positions are shuffled, to find the ids that occur more than once and
 * where each was first read; that small table is broadcast back to the outcomes, so article bodies
 * never cross the network. The duplicated ids are assumed to fit in memory (a broadcast of a few
 * hundred bytes per duplicated id).
 */
public final class RejectDuplicateIds {
  /** The stage name written to {@code rejects.stage}. */
  public static final String STAGE = "ids";

  private static final String DUP_ID = "_storylines_dup_id";
  private static final String COPIES = "_storylines_copies";
  private static final String FIRST = "_storylines_first";
  private static final String DUPLICATE = "_storylines_duplicate";

  public Dataset<Row> apply(Dataset<Row> outcomes) {
    Dataset<Row> firstReads =
        outcomes
            .filter(col(OutcomeRows.ACCEPTED))
            .groupBy(col(OutcomeRows.ARTICLE_ID).as(DUP_ID))
            .agg(
                count(lit(1)).as(COPIES),
                min(
                        struct(
                            col(OutcomeRows.INPUT_FILE),
                            col(OutcomeRows.RECORD_INDEX),
                            col(OutcomeRows.INPUT_LOCATOR)))
                    .as(FIRST))
            .filter(col(COPIES).gt(1))
            .drop(COPIES);
    Column first = col(FIRST);
    Column isFirst =
        col(OutcomeRows.INPUT_FILE)
            .equalTo(first.getField(OutcomeRows.INPUT_FILE))
            .and(col(OutcomeRows.RECORD_INDEX).equalTo(first.getField(OutcomeRows.RECORD_INDEX)));
    // The flag is a column of its own before ACCEPTED is replaced: later expressions read it by name.
    Column duplicate = col(DUPLICATE);
    return outcomes
        .join(broadcast(firstReads), col(OutcomeRows.ARTICLE_ID).equalTo(col(DUP_ID)), "left")
        .withColumn(
            DUPLICATE, col(OutcomeRows.ACCEPTED).and(first.isNotNull()).and(isFirst.unary_$bang()))
        .withColumn(OutcomeRows.ACCEPTED, col(OutcomeRows.ACCEPTED).and(duplicate.unary_$bang()))
        .withColumn(
            OutcomeRows.REASON,
            when(duplicate, lit(RejectReason.DUPLICATE_ID.code())).otherwise(col(OutcomeRows.REASON)))
        .withColumn(
            OutcomeRows.DETAIL,
            when(
                    duplicate,
                    concat(
                        lit("article_id "),
                        col(OutcomeRows.ARTICLE_ID),
                        lit(" was first read from "),
                        first.getField(OutcomeRows.INPUT_FILE),
                        lit(" at "),
                        first.getField(OutcomeRows.INPUT_LOCATOR)))
                .otherwise(col(OutcomeRows.DETAIL)))
        .withColumn(
            OutcomeRows.STAGE, when(duplicate, lit(STAGE)).otherwise(col(OutcomeRows.STAGE)))
        .drop(DUP_ID, FIRST, DUPLICATE);
  }
}
