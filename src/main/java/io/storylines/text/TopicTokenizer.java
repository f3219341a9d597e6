package io.storylines.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The tokens of an article for topic modelling, built with Lucene's analyzers. A <em>token</em> is
 * a lower-cased, stemmed word that is neither a stopword nor news boilerplate.
 *
 * <p>Per language (the code as {@link LanguageIdentifier#normalizeCode} gives it):
 *
 * <ul>
 *   <li>{@code ar}: {@link ArabicAnalyzer}: standard tokenizer, lower case (for Latin words),
 *       Arabic-Indic digits to ASCII, stopwords, Arabic normalization (no tashkeel or tatweel; أ إ
 *       آ to ا; ى to ي; ة to ه), light stemming (the prefixes ال وال بال كال فال لل و and the
 *       suffixes ها ان ات ون ين يه ية ه ة ي).
 *   <li>{@code en}: {@link EnglishAnalyzer}: standard tokenizer, possessive {@code 's} removed,
 *       lower case, stopwords, Porter stemmer.
 *   <li>{@code tr}: {@link TurkishAnalyzer}: standard tokenizer, everything from the apostrophe on
 *       removed ({@code Suriye'nin} is {@code Suriye}), Turkish lower case ({@code I} to {@code ı},
 *       {@code İ} to {@code i}), stopwords, Snowball Turkish stemmer. The chain is rebuilt from the
 *       same Lucene components ({@link TokenTurkishAnalyzer}) only to remember stems, which doubles
 *       its speed; its tokens equal {@code TurkishAnalyzer}'s on all of TTC-3600. The <em>names</em>
 *       given to the constructor (the gazetteer's Turkish aliases, in the job) that are one token
 *       are not stemmed: the apostrophe rule has already taken a name's suffixes off, and Snowball
 *       would cut the name itself ({@code İran} to {@code ira}, the stem of {@code irade} too;
 *       {@code Erdoğan} to {@code erdoğa}, {@code Ankara} to {@code ankar}).
 *   <li>any other code, and {@code und}: {@link StandardAnalyzer}: standard tokenizer and lower
 *       case, no stopwords, no stemming.
 * </ul>
 *
 * <p>Stopwords are Lucene's list for the language (for English, Lucene's 33-word default and its
 * Snowball list of 174, since the default is made for search and keeps {@code he}, {@code has} or
 * {@code would}) plus the news boilerplate of {@code stopwords/news-<lang>.txt} ({@link
 * TokenStopwords}). Boilerplate is removed twice, so that every inflection goes: as written, by the
 * analyzer's own stop filter before stemming; then by stem, after stemming, where the stems are
 * those the analyzer gives the listed words (listing {@code says} removes its stem {@code sai}, so
 * {@code say} and {@code saying} go too; listing أضاف removes اضاف, so وأضاف goes too). Words
 * marked {@code =} in a list are removed only as written.
 *
 * <p>Then, for every language: a token with no letter (numbers, punctuation) is dropped, and so is
 * one shorter than {@link #MIN_TOKEN_LENGTH} or longer than {@link #MAX_TOKEN_LENGTH} code points
 * ({@link TokenShapeFilter}).
 *
 * <p>Lower-casing never depends on the JVM's default locale: Lucene lower-cases with {@link
 * Character#toLowerCase(int)}, and Turkish with its own filter. A capital I followed by U+0307
 * COMBINING DOT ABOVE is composed to İ first (NFC, applied only to text holding U+0307), so {@code
 * İstanbul} gives {@code istanbul} in every language and never {@code i̇stanbul}.
 *
 * <p>An instance is safe for concurrent use: Lucene keeps one token-stream chain per thread and
 * language and reuses it for every text. Close the tokenizer to release those chains.
 */
public final class TopicTokenizer implements AutoCloseable {

  /** Shortest token kept, in code points. */
  public static final int MIN_TOKEN_LENGTH = 2;

  /** Longest token kept, in code points. */
  public static final int MAX_TOKEN_LENGTH = 40;

  private static final String FIELD = "text";
  private static final char COMBINING_DOT_ABOVE = '\u0307';

  private final Analyzer arabic;
  private final Analyzer english;
  private final Analyzer turkish;
  private final Analyzer other;

  /** A tokenizer with no names; reads the boilerplate lists, and throws if one is missing. */
  public TopicTokenizer() {
    this(List.of());
  }

  /**
   * A tokenizer; reads the boilerplate lists, and throws if one is missing.
   *
   * @param turkishNames names that Turkish text keeps unstemmed, as written (any case); those that
   *     are not one token ({@code Beşar Esad}) are ignored
   */
  public TopicTokenizer(Collection<String> turkishNames) {
    this.arabic = arabicAnalyzer();
    this.english = englishAnalyzer();
    this.turkish = turkishAnalyzer(turkishNames);
    this.other =
        new TokenTopicAnalyzer(
            new StandardAnalyzer(CharArraySet.EMPTY_SET), CharArraySet.EMPTY_SET);
  }

  /**
   * The tokens of {@code text} in document order, with repeats; empty for null or empty text.
   *
   * @param lang the text's language, any form {@link LanguageIdentifier#normalizeCode} reads; null
   *     or unknown codes use the language-neutral analyzer
   */
  public List<String> tokens(String text, String lang) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    String prepared =
        text.indexOf(COMBINING_DOT_ABOVE) >= 0
            ? Normalizer.normalize(text, Normalizer.Form.NFC)
            : text;
    try (TokenStream stream = analyzerFor(lang).tokenStream(FIELD, prepared)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot tokenize text held in memory", e);
    }
    return tokens;
  }

  @Override
  public void close() {
    arabic.close();
    english.close();
    turkish.close();
    other.close();
  }

  private Analyzer analyzerFor(String lang) {
    return switch (LangCodes.normalize(lang)) {
      case "ar" -> arabic;
      case "en" -> english;
      case "tr" -> turkish;
      default -> other;
    };
  }

  private static Analyzer arabicAnalyzer() {
    TokenStopwords news = TokenStopwords.load("ar");
    CharArraySet defaults = ArabicAnalyzer.getDefaultStopSet();
    CharArraySet stems = stemsOf(news, new ArabicAnalyzer(defaults));
    return new TokenTopicAnalyzer(new ArabicAnalyzer(union(defaults, news)), stems);
  }

  private static Analyzer englishAnalyzer() {
    TokenStopwords news = TokenStopwords.load("en");
    CharArraySet defaults = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    defaults.addAll(snowballEnglishStopwords());
    CharArraySet stems = stemsOf(news, new EnglishAnalyzer(defaults));
    return new TokenTopicAnalyzer(new EnglishAnalyzer(union(defaults, news)), stems);
  }

  private static Analyzer turkishAnalyzer(Collection<String> names) {
    TokenStopwords news = TokenStopwords.load("tr");
    CharArraySet defaults = TurkishAnalyzer.getDefaultStopSet();
    CharArraySet stems = stemsOf(news, new TurkishAnalyzer(defaults));
    return new TokenTopicAnalyzer(
        new TokenTurkishAnalyzer(union(defaults, news), TokenTurkishAnalyzer.names(names)), stems);
  }

  private static CharArraySet snowballEnglishStopwords() {
    String resource = "english_stop.txt";
    try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Lucene stopword list "
                + resource
                + " is not on the classpath next to "
                + SnowballFilter.class);
      }
      return WordlistLoader.getSnowballWordSet(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene stopword list " + resource, e);
    }
  }

  private static CharArraySet union(CharArraySet defaults, TokenStopwords news) {
    CharArraySet all = new CharArraySet(defaults, false);
    all.addAll(news.everyForm());
    all.addAll(news.exactForm());
    return CharArraySet.unmodifiableSet(all);
  }

  /** The stems that {@code analyzer} gives the every-form words; closes {@code analyzer}. */
  private static CharArraySet stemsOf(TokenStopwords news, Analyzer analyzer) {
    CharArraySet stems = new CharArraySet(news.everyForm().size(), false);
    try (analyzer) {
      for (String word : news.everyForm()) {
        try (TokenStream stream = analyzer.tokenStream(FIELD, word)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            stems.add(term.toString());
          }
          stream.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stem the boilerplate words", e);
    }
    return CharArraySet.unmodifiableSet(stems);
  }
}
