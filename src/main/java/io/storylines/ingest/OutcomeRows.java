package io.storylines.ingest;

import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of {@link IngestOutcome}s: one row per record read, accepted or not, before the
 * rows are split into the {@code articles} and {@code rejects} tables. {@code lang} is null until
 * text analysis fills it. Internal to the run; its
 * column names are the published ones wherever the tables share a column.
 */
public final class OutcomeRows {
  public static final String INPUT_FILE = "input_file";
  public static final String RECORD_INDEX = "record_index";
  public static final String INPUT_LOCATOR = "input_locator";
  public static final String RAW = "raw";
  public static final String ACCEPTED = "accepted";
  public static final String ARTICLE_ID = "article_id";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String PUBLISHED_AT = "published_at";
  public static final String PERIOD = "period";
  public static final String LANG = "lang";
  public static final String DECLARED_LANG = "declared_lang";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String STAGE = "stage";

  public static final StructType SCHEMA =
      new StructType()
          .add(INPUT_FILE, DataTypes.StringType, false)
          .add(RECORD_INDEX, DataTypes.LongType, false)
          .add(INPUT_LOCATOR, DataTypes.StringType, false)
          .add(RAW, DataTypes.StringType, false)
          .add(ACCEPTED, DataTypes.BooleanType, false)
          .add(ARTICLE_ID, DataTypes.StringType, true)
          .add(SOURCE, DataTypes.StringType, true)
          .add(URL, DataTypes.StringType, true)
          .add(PUBLISHED_AT, DataTypes.TimestampType, true)
          .add(PERIOD, DataTypes.StringType, true)
          .add(LANG, DataTypes.StringType, true)
          .add(DECLARED_LANG, DataTypes.StringType, true)
          .add(TITLE, DataTypes.StringType, true)
          .add(BODY, DataTypes.StringType, true)
          .add(REASON, DataTypes.StringType, true)
          .add(DETAIL, DataTypes.StringType, true)
          .add(STAGE, DataTypes.StringType, true);

  /** The stage name written to {@code rejects.stage} for rejects made while reading. */
  public static final String INGEST_STAGE = "ingest";

  private OutcomeRows() {}

  public static Row toRow(IngestOutcome outcome) {
    IngestOutcome.Article a = outcome.article();
    if (a == null) {
      return RowFactory.create(
          outcome.inputFile(),
          outcome.recordIndex(),
          outcome.locator(),
          outcome.raw(),
          false,
          null, null, null, null, null, null, null, null, null,
          outcome.reason().code(),
          outcome.detail(),
          INGEST_STAGE);
    }
    return RowFactory.create(
        outcome.inputFile(),
        outcome.recordIndex(),
        outcome.locator(),
        outcome.raw(),
        true,
        a.articleId(),
        a.source(),
        a.url(),
        a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()),
        a.period(),
        null,
        a.declaredLang(),
        a.title(),
        a.body(),
        null,
        null,
        null);
  }
}
