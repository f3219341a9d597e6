package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.text.LanguageIdentifierCorporaTest.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topic tokens of the real corpora of ../shared/corpora (ANT v2.1, FA-KES, TTC-3600, every
 * document): no boilerplate word, no U+0307 and no token outside the length bounds survives, the
 * Turkish chain stems as Lucene's {@code TurkishAnalyzer} does, and the tokenizer's speed per
 * CPU-second is printed (the best of three passes, after a first that warms the JIT up). Skipped
 * when the corpora are absent.
 */
class TopicTokenizerCorporaTest {

  @TempDir Path temp;

  @Test
  void antArabicTokensHoldNoBoilerplate() throws Exception {
    assertCleanTokens(
        "ANT v2.1", "ar", LanguageIdentifierCorporaTest.antArticles(temp), Set.of("قال", "اضاف"));
  }

  @Test
  void faKesEnglishTokensHoldNoBoilerplate() throws Exception {
    assertCleanTokens(
        "FA-KES", "en", LanguageIdentifierCorporaTest.faKesArticles(), Set.of("said", "sai"));
  }

  @Test
  void ttc3600TurkishTokensHoldNoBoilerplate() throws Exception {
    assertCleanTokens(
        "TTC-3600",
        "tr",
        LanguageIdentifierCorporaTest.ttcArticles(temp),
        Set.of("dedi", "söyledi"));
  }

  @Test
  void ttc3600TurkishStemsAreThoseOfLucenesTurkishAnalyzer() throws Exception {
    List<Article> articles = LanguageIdentifierCorporaTest.ttcArticles(temp);
    try (Analyzer lucene = new TurkishAnalyzer();
        Analyzer cached = new TokenTurkishAnalyzer(TurkishAnalyzer.getDefaultStopSet())) {
      for (Article article : articles) {
        assertEquals(terms(lucene, article.body()), terms(cached, article.body()), article.id());
      }
    }
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  private static void assertCleanTokens(
      String corpus, String lang, List<Article> articles, Set<String> boilerplate) {
    try (TopicTokenizer tokenizer = new TopicTokenizer()) {
      long tokenCount = 0;
      for (Article article : articles) {
        tokenCount += tokenizer.tokens(article.title(), lang).size();
        tokenCount += tokenizer.tokens(article.body(), lang).size();
      }
      double seconds =
          LanguageIdentifierCorporaTest.bestCpuSeconds(
              () ->
                  articles.forEach(
                      a -> {
                        tokenizer.tokens(a.title(), lang);
                        tokenizer.tokens(a.body(), lang);
                      }));
      long bytes = articles.stream().mapToLong(Article::utf8Bytes).sum();
      System.out.printf(
          "TopicTokenizer on %s (%s): %d documents, %d tokens; %.0f documents and %.1f MB per"
              + " CPU-second%n",
          corpus,
          lang,
          articles.size(),
          tokenCount,
          articles.size() / seconds,
          bytes / 1e6 / seconds);
      for (Article article : articles) {
        for (String token : tokenizer.tokens(article.title() + "\n" + article.body(), lang)) {
          assertFalse(boilerplate.contains(token), corpus + " " + article.id() + ": " + token);
          assertFalse(token.contains("\u0307"), corpus + " " + article.id() + ": " + token);
          int length = token.codePointCount(0, token.length());
          assertTrue(
              length >= TopicTokenizer.MIN_TOKEN_LENGTH
                  && length <= TopicTokenizer.MAX_TOKEN_LENGTH,
              corpus + " " + article.id() + ": " + token);
        }
      }
    }
  }
}
