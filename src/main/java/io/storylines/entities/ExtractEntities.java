package io.storylines.entities;

import static org.apache.spark.sql.functions.col;

import io.storylines.ingest.OutcomeRows;
import io.storylines.text.AnalyzeText;
import io.storylines.text.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark stage: the gazetteer's entities in every accepted article ({@link EntityExtractor}), one
 * row per mention. Input: the text stage's rows ({@link AnalyzeText#SCHEMA}). Output: {@link
 * #SCHEMA}, the columns of the {@code mentions} table plus the article's {@code published_at} (for
 * first and last seen) and {@code source} (for co-occurrence slices). The gazetteer travels in the task closure; each task builds its automaton.
 */
public final class ExtractEntities {
  public static final String METHOD_GAZETTEER = "gazetteer";

  public static final StructType SCHEMA =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("period", DataTypes.StringType, false)
          .add("published_at", DataTypes.TimestampType, true)
          .add("lang", DataTypes.StringType, true)
          .add("source", DataTypes.StringType, true)
          .add("part", DataTypes.StringType, false)
          .add("sentence_idx", DataTypes.IntegerType, true)
          .add("entity_id", DataTypes.StringType, false)
          .add("entity_type", DataTypes.StringType, false)
          .add("surface", DataTypes.StringType, false)
          .add("char_start", DataTypes.IntegerType, false)
          .add("char_end", DataTypes.IntegerType, false)
          .add("adjectival", DataTypes.BooleanType, false)
          .add("method", DataTypes.StringType, false);

  private final Gazetteer gazetteer;

  public ExtractEntities(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Dataset<Row> apply(Dataset<Row> analyzed) {
    Map<String, String> types = new HashMap<>();
    for (GazetteerEntity entity : gazetteer.entities()) {
      types.put(entity.entityId(), entity.type().name());
    }
    return analyzed
        .filter(col(OutcomeRows.ACCEPTED))
        .select(
            col(OutcomeRows.ARTICLE_ID),
            col(OutcomeRows.PERIOD),
            col(OutcomeRows.PUBLISHED_AT),
            col(OutcomeRows.LANG),
            col(OutcomeRows.SOURCE),
            col(OutcomeRows.TITLE),
            col(OutcomeRows.BODY),
            col(AnalyzeText.SENTENCES))
        .flatMap(
            new MentionsOfArticle(new EntityExtractor(gazetteer), types),
            ExpressionEncoder.apply(SCHEMA));
  }

  private static final class MentionsOfArticle implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final EntityExtractor extractor;
    private final Map<String, String> types;

    MentionsOfArticle(EntityExtractor extractor, Map<String, String> types) {
      this.extractor = extractor;
      this.types = new HashMap<>(types);
    }

    @Override
    public Iterator<Row> call(Row article) {
      String body = article.getString(6);
      List<Sentence> sentences =
          BodySentences.utf16(body, article.isNullAt(7) ? List.of() : article.getList(7));
      List<ArticleMention> mentions =
          extractor.extract(article.getString(5), body, article.getString(3), sentences);
      if (mentions.isEmpty()) {
        return Collections.emptyIterator();
      }
      List<Row> rows = new ArrayList<>(mentions.size());
      for (ArticleMention m : mentions) {
        rows.add(
            RowFactory.create(
                article.getString(0),
                article.getString(1),
                article.get(2),
                article.getString(3),
                article.getString(4),
                m.part(),
                m.sentenceIndex(),
                m.entityId(),
                types.get(m.entityId()),
                m.surface(),
                m.charStart(),
                m.charEnd(),
                m.adjectival(),
                METHOD_GAZETTEER));
      }
      return rows.iterator();
    }
  }
}
