package io.storylines.io;

import io.storylines.dedup.FindDuplicates;
import io.storylines.ingest.OutcomeRows;
import io.storylines.text.AnalyzeText;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code articles} table: one row per accepted article, partitioned by {@code period}. */
public final class ArticlesTable {
  public static final String NAME = "articles";

  public static final TableSpec SPEC =
      new TableSpec(
          NAME,
          new StructType()
              .add(OutcomeRows.ARTICLE_ID, DataTypes.StringType)
              .add(OutcomeRows.SOURCE, DataTypes.StringType)
              .add(OutcomeRows.URL, DataTypes.StringType)
              .add(OutcomeRows.PUBLISHED_AT, DataTypes.TimestampType)
              .add(OutcomeRows.LANG, DataTypes.StringType)
              .add(OutcomeRows.DECLARED_LANG, DataTypes.StringType)
              .add(OutcomeRows.TITLE, DataTypes.StringType)
              .add(OutcomeRows.BODY, DataTypes.StringType)
              .add(AnalyzeText.SENTENCES, DataTypes.createArrayType(AnalyzeText.SENTENCE))
              .add(OutcomeRows.INPUT_FILE, DataTypes.StringType)
              .add(OutcomeRows.INPUT_LOCATOR, DataTypes.StringType)
              .add(FindDuplicates.DUP_CLUSTER, DataTypes.StringType)
              .add(FindDuplicates.IS_CANONICAL, DataTypes.BooleanType)
              .add(OutcomeRows.PERIOD, DataTypes.StringType),
          List.of(OutcomeRows.PERIOD));

  private ArticlesTable() {}
}
