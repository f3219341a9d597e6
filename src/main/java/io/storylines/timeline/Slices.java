package io.storylines.timeline;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The slices every count of the published tables is given for: each (lang, source), each language
 * over all sources ({@code source = "*"}), each source over all languages ({@code lang = "*"}),
 * and everything ({@code "*", "*"}). Summing a count over the languages of a source gives its
 * {@code "*"} row whenever the count is additive (articles, not distinct entities).
 */
public final class Slices {
  /** The value of {@code lang} or {@code source} in a row that covers all of them. */
  public static final String ALL = "*";

  private Slices() {}

  /**
   * Each row four times: as its own (lang, source), and with either or both replaced by {@link
   * #ALL}. Rows need {@code lang} and {@code source} columns.
   */
  public static Dataset<Row> explodeAll(Dataset<Row> rows) {
    Column lang = col("lang");
    Column source = col("source");
    Column all = lit(ALL);
    Column slices =
        array(
            struct(lang.as("l"), source.as("s")),
            struct(lang.as("l"), all.as("s")),
            struct(all.as("l"), source.as("s")),
            struct(all.as("l"), all.as("s")));
    return rows.withColumn("slice", explode(slices))
        .withColumn("lang", col("slice.l"))
        .withColumn("source", col("slice.s"))
        .drop("slice");
  }
}
