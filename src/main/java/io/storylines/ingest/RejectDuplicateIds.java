package io.storylines.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Spark stage: an {@code article_id} names one article. Among accepted outcomes with the same id,
 * the first by input file path, then by position in the file, stays accepted; every later one
 * becomes a {@code duplicate_id} reject whose detail names where the id was first read. Rows keep
 * their count: this stage only changes the status of rows, so records read are preserved.
 */
public final class RejectDuplicateIds {
  /** The stage name written to {@code rejects.stage}. */
  public static final String STAGE = "ids";

  private static final String RANK = "_storylines_rank";
  private static final String FIRST_FILE = "_storylines_first_file";
  private static final String FIRST_LOCATOR = "_storylines_first_locator";
  private static final String DUPLICATE = "_storylines_duplicate";

  public Dataset<Row> apply(Dataset<Row> outcomes) {
    WindowSpec byId =
        Window.partitionBy(col(OutcomeRows.ARTICLE_ID))
            .orderBy(col(OutcomeRows.INPUT_FILE), col(OutcomeRows.RECORD_INDEX));
    Column accepted = col(OutcomeRows.ACCEPTED);
    Dataset<Row> ranked =
        outcomes
            .withColumn(RANK, when(accepted, row_number().over(byId)))
            .withColumn(FIRST_FILE, when(accepted, first(col(OutcomeRows.INPUT_FILE)).over(byId)))
            .withColumn(
                FIRST_LOCATOR, when(accepted, first(col(OutcomeRows.INPUT_LOCATOR)).over(byId)));
    // Materialize the flag before ACCEPTED is replaced: the expressions below read it by name.
    Column duplicate = col(DUPLICATE);
    return ranked
        .withColumn(DUPLICATE, accepted.and(col(RANK).gt(1)))
        .withColumn(OutcomeRows.ACCEPTED, accepted.and(duplicate.unary_$bang()))
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
                        col(FIRST_FILE),
                        lit(" at "),
                        col(FIRST_LOCATOR)))
                .otherwise(col(OutcomeRows.DETAIL)))
        .withColumn(
            OutcomeRows.STAGE, when(duplicate, lit(STAGE)).otherwise(col(OutcomeRows.STAGE)))
        .drop(RANK, FIRST_FILE, FIRST_LOCATOR, DUPLICATE);
  }
}
