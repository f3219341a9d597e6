package io.storylines.text;

import io.storylines.ingest.OutcomeRows;
import io.storylines.ingest.RejectReason;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark stage: text analysis of every accepted article ({@link ArticleAnalyzer}), one analyzer per
 * partition. Input: outcome rows ({@link OutcomeRows#SCHEMA}). Output: the same rows, with {@code
 * lang} filled, and three columns added: {@code lang_confidence}, {@code sentences} (spans of the
 * original body, in code points) and {@code tokens} (for topic modelling). An accepted article whose body has no
 * text once markup and controls are removed becomes an {@code empty_text} reject of stage {@code
 * text}; rejects pass through unchanged, with the new columns null. Nothing is collected.
 */
public final class AnalyzeText {
  public static final String STAGE = "text";
  public static final String LANG_CONFIDENCE = "lang_confidence";
  public static final String SENTENCES = "sentences";
  public static final String TOKENS = "tokens";

  /**
   * A sentence as a span of the body in code points ({@link CodePoints}): Python's {@code
   * body[start:end]} is its text.
   */
  public static final StructType SENTENCE =
      new StructType()
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false);

  public static final StructType SCHEMA =
      OutcomeRows.SCHEMA
          .add(LANG_CONFIDENCE, DataTypes.DoubleType, true)
          .add(SENTENCES, DataTypes.createArrayType(SENTENCE, false), true)
          .add(TOKENS, DataTypes.createArrayType(DataTypes.StringType, false), true);

  private final List<String> turkishNames;

  /** Topic tokens without names kept unstemmed. */
  public AnalyzeText() {
    this(List.of());
  }

  /**
   * @param turkishNames names that Turkish topic tokens keep unstemmed ({@link TopicTokenizer}): the
   *     job gives the gazetteer's Turkish aliases
   */
  public AnalyzeText(List<String> turkishNames) {
    this.turkishNames = List.copyOf(turkishNames);
  }

  public Dataset<Row> apply(Dataset<Row> outcomes) {
    StructType input = outcomes.schema();
    for (String column : OutcomeRows.SCHEMA.fieldNames()) {
      input.fieldIndex(column);
    }
    return outcomes
        .select(
            java.util.Arrays.stream(OutcomeRows.SCHEMA.fieldNames())
                .map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new))
        .mapPartitions(new AnalyzePartition(turkishNames), ExpressionEncoder.apply(SCHEMA));
  }

  private static final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final List<String> turkishNames;

    AnalyzePartition(List<String> turkishNames) {
      this.turkishNames = turkishNames;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ArticleAnalyzer analyzer = new ArticleAnalyzer(turkishNames);
      int width = OutcomeRows.SCHEMA.size();
      int accepted = OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.ACCEPTED);
      int title = OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.TITLE);
      int body = OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.BODY);
      int declared = OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.DECLARED_LANG);
      int lang = OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.LANG);
      int reason = OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.REASON);
      int detail = OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.DETAIL);
      int stage = OutcomeRows.SCHEMA.fieldIndex(OutcomeRows.STAGE);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          Object[] values = new Object[width + 3];
          for (int i = 0; i < width; i++) {
            values[i] = row.get(i);
          }
          if (!row.getBoolean(accepted)) {
            return RowFactory.create(values);
          }
          AnalyzedArticle analysis =
              analyzer.analyze(row.getString(title), row.getString(body), row.getString(declared));
          values[lang] = analysis.lang();
          if (!analysis.hasText()) {
            values[accepted] = false;
            values[reason] = RejectReason.EMPTY_TEXT.code();
            values[detail] = "the body has no text once markup and control characters are removed";
            values[stage] = STAGE;
            return RowFactory.create(values);
          }
          List<Sentence> spans = analysis.sentences();
          int[] offsets = new int[spans.size() * 2];
          for (int i = 0; i < spans.size(); i++) {
            offsets[2 * i] = spans.get(i).start();
            offsets[2 * i + 1] = spans.get(i).end();
          }
          String text = row.getString(body);
          if (CodePoints.hasSurrogates(text)) {
            CodePoints.toCodePoints(text, offsets);
          }
          // Arrays, not java.util.List: the row encoder takes arrays or Scala sequences.
          Row[] sentences = new Row[spans.size()];
          for (int i = 0; i < sentences.length; i++) {
            sentences[i] = RowFactory.create(offsets[2 * i], offsets[2 * i + 1]);
          }
          values[width] = analysis.langConfidence();
          values[width + 1] = sentences;
          values[width + 2] = analysis.tokens().toArray(new String[0]);
          return RowFactory.create(values);
        }
      };
    }
  }
}
