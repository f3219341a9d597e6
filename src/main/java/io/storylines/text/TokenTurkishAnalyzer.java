package io.storylines.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Lucene's {@link TurkishAnalyzer} chain, component for component, with the stemmer's results
 * remembered ({@link TokenCachedStemFilter}): {@link StandardTokenizer}, {@link ApostropheFilter},
 * {@link TurkishLowerCaseFilter}, {@link StopFilter}, then the Snowball {@link TurkishStemmer}. Its
 * tokens are those of {@code TurkishAnalyzer} with the same stopwords, at twice its speed. Names
 * ({@link #names}) are marked as keywords before the stemmer ({@link SetKeywordMarkerFilter}), as
 * {@code TurkishAnalyzer}'s stem exclusion set is, and are not stemmed.
 */
final class TokenTurkishAnalyzer extends Analyzer {

  private final CharArraySet stopwords;
  private final CharArraySet names;

  TokenTurkishAnalyzer(CharArraySet stopwords) {
    this(stopwords, CharArraySet.EMPTY_SET);
  }

  TokenTurkishAnalyzer(CharArraySet stopwords, CharArraySet names) {
    this.stopwords = stopwords;
    this.names = names;
  }

  /**
   * The names that are one token, as the chain writes them before its stemmer: the first token of
   * each, apostrophe rule and Turkish lower case applied ({@code İran} is {@code iran}, {@code
   * ABD'nin} is {@code abd}); names of several tokens are left out.
   */
  static CharArraySet names(Collection<String> names) {
    CharArraySet set = new CharArraySet(names.size(), false);
    try (Analyzer words =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(
                source, new TurkishLowerCaseFilter(new ApostropheFilter(source)));
          }
        }) {
      for (String name : names) {
        List<String> tokens = new ArrayList<>(2);
        try (TokenStream stream = words.tokenStream("name", name)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken() && tokens.size() < 2) {
            tokens.add(term.toString());
          }
          stream.end();
        }
        if (tokens.size() == 1) {
          set.add(tokens.get(0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read names held in memory", e);
    }
    return CharArraySet.unmodifiableSet(set);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new ApostropheFilter(source);
    result = new TurkishLowerCaseFilter(result);
    result = new StopFilter(result, stopwords);
    if (!names.isEmpty()) {
      result = new SetKeywordMarkerFilter(result, names);
    }
    result = new TokenCachedStemFilter(result, new TurkishStemmer());
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new TurkishLowerCaseFilter(in);
  }
}
