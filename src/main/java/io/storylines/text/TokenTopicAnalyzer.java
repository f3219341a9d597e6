package io.storylines.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * A Lucene language analyzer followed by two filters, in this order: a stop filter on stems (the
 * stems of the boilerplate words, so that every inflection of {@code said} goes), then {@link
 * TokenShapeFilter}. The wrapped analyzer keeps its own chain (tokenizer, lower-casing, its stop
 * filter before stemming, stemmer); token streams are reused per thread, as for any {@link
 * Analyzer}.
 */
final class TokenTopicAnalyzer extends AnalyzerWrapper {

  private final Analyzer language;
  private final CharArraySet stopStems;

  TokenTopicAnalyzer(Analyzer language, CharArraySet stopStems) {
    super(language.getReuseStrategy());
    this.language = language;
    this.stopStems = stopStems;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return language;
  }

  @Override
  protected TokenStreamComponents wrapComponents(
      String fieldName, TokenStreamComponents components) {
    TokenStream stream = components.getTokenStream();
    if (!stopStems.isEmpty()) {
      stream = new StopFilter(stream, stopStems);
    }
    return new TokenStreamComponents(components.getSource(), new TokenShapeFilter(stream));
  }

  @Override
  public void close() {
    language.close();
    super.close();
  }
}
