package io.storylines.storyline;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.storylines.entities.BodySentences;
import io.storylines.ingest.OutcomeRows;
import io.storylines.io.StorylineArticlesTable;
import io.storylines.text.AnalyzeText;
import io.storylines.text.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.StructType;

/**
 * Spark stage: which articles belong to which storyline ({@link StorylineMatcher}, one per
 * definition), one row per storyline and relevant article. Input: the text stage's rows ({@link
 * AnalyzeText#SCHEMA}; rejects are left out) and the entities stage's mentions ({@code
 * io.storylines.entities.ExtractEntities#SCHEMA}). Output: {@link #SCHEMA}, the columns of {@code
 * storyline_articles}.
 *
 * <p>Each article's anchor mentions (title as sentence {@code -1}) are gathered per article and
 * joined to its text; when every storyline's rule needs anchors, articles with none are dropped by
 * the join before any text is read. The definitions travel in the task closure.
 */
public final class MatchStorylines {
  public static final StructType SCHEMA = StorylineArticlesTable.SPEC.schema();

  private static final String ANCHORS = "anchors";

  private final List<StorylineDefinition> definitions;

  public MatchStorylines(List<StorylineDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
  }

  public Dataset<Row> apply(Dataset<Row> analyzed, Dataset<Row> mentions) {
    Set<String> anchorIds = new LinkedHashSet<>();
    boolean everyRuleNeedsAnchors = true;
    for (StorylineDefinition definition : definitions) {
      definition.anchors().forEach(group -> anchorIds.addAll(group.entityIds()));
      everyRuleNeedsAnchors &= definition.rule().mode().needsAnchors();
    }
    Dataset<Row> articles =
        analyzed
            .filter(col(OutcomeRows.ACCEPTED))
            .select(
                col(OutcomeRows.ARTICLE_ID),
                col(OutcomeRows.PERIOD),
                col(OutcomeRows.LANG),
                col(OutcomeRows.SOURCE),
                col(OutcomeRows.TITLE),
                col(OutcomeRows.BODY),
                col(AnalyzeText.SENTENCES));
    Dataset<Row> anchors =
        mentions
            .filter(col("entity_id").isin(anchorIds.toArray()))
            .groupBy(col("article_id").as("anchor_article_id"))
            .agg(
                collect_list(
                        struct(
                            col("entity_id"),
                            when(col("part").equalTo("title"), lit(AnchorMention.TITLE))
                                .otherwise(coalesce(col("sentence_idx"), lit(0)))
                                .as("sentence")))
                    .as(ANCHORS));
    return articles
        .join(
            anchors,
            col(OutcomeRows.ARTICLE_ID).equalTo(col("anchor_article_id")),
            everyRuleNeedsAnchors ? "inner" : "left")
        .select(
            col(OutcomeRows.ARTICLE_ID),
            col(OutcomeRows.PERIOD),
            col(OutcomeRows.LANG),
            col(OutcomeRows.SOURCE),
            col(OutcomeRows.TITLE),
            col(OutcomeRows.BODY),
            col(AnalyzeText.SENTENCES),
            col(ANCHORS))
        .flatMap(new MatchArticle(definitions), ExpressionEncoder.apply(SCHEMA));
  }

  private static final class MatchArticle implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final List<StorylineDefinition> definitions;
    private transient List<StorylineMatcher> matchers;

    MatchArticle(List<StorylineDefinition> definitions) {
      this.definitions = definitions;
    }

    @Override
    public Iterator<Row> call(Row article) {
      if (matchers == null) {
        matchers = definitions.stream().map(StorylineMatcher::new).toList();
      }
      String body = article.getString(5);
      List<Sentence> spans =
          BodySentences.utf16(body, article.isNullAt(6) ? List.of() : article.getList(6));
      List<String> sentences = new ArrayList<>(spans.size());
      for (Sentence span : spans) {
        sentences.add(span.text(body));
      }
      ArticleText text = new ArticleText(article.getString(2), article.getString(4), sentences);
      List<AnchorMention> mentions = new ArrayList<>();
      if (!article.isNullAt(7)) {
        for (Row mention : article.<Row>getList(7)) {
          mentions.add(new AnchorMention(mention.getString(0), mention.getInt(1)));
        }
      }
      List<Row> rows = new ArrayList<>(1);
      for (StorylineMatcher matcher : matchers) {
        Optional<StorylineMatch> match = matcher.match(text, mentions);
        if (match.isPresent()) {
          StorylineMatch m = match.get();
          rows.add(
              RowFactory.create(
                  m.storylineId(),
                  article.getString(0),
                  article.getString(2),
                  article.getString(3),
                  m.score(),
                  m.frames().toArray(new String[0]),
                  m.frameHits().toArray(new Integer[0]),
                  m.evidence().toArray(new Integer[0]),
                  m.anchorSentences(),
                  m.lexiconHits(),
                  article.getString(1)));
        }
      }
      return rows.isEmpty() ? Collections.emptyIterator() : rows.iterator();
    }
  }
}
