package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.storylines.testing.RandomText;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of {@link TopicTokenizer}, one per test, on words and sentences written for it. */
class TopicTokenizerTest {

  private static final List<String> LANGUAGES = List.of("ar", "en", "tr", "und");

  private static TopicTokenizer tokenizer;

  @BeforeAll
  static void buildAnalyzers() {
    tokenizer = new TopicTokenizer();
  }

  @AfterAll
  static void closeAnalyzers() {
    tokenizer.close();
  }

  @Test
  void istanbulLowercasesToDottedI() {
    for (String lang : LANGUAGES) {
      for (String text : List.of("İstanbul", "I\u0307stanbul", "İSTANBUL")) {
        List<String> tokens = tokenizer.tokens(text, lang);
        assertEquals(1, tokens.size(), lang + " " + tokens);
        assertTrue(tokens.get(0).startsWith("istanbul"), lang + " " + tokens);
        assertFalse(tokens.get(0).contains("\u0307"), lang + " " + tokens);
      }
    }
  }

  @Test
  void turkishCapitalILowercasesToDotlessI() {
    assertEquals(tokenizer.tokens("ırak", "tr"), tokenizer.tokens("IRAK", "tr"));
    assertTrue(tokenizer.tokens("IRAK", "tr").get(0).startsWith("ırak"));
  }

  @Test
  void turkishApostropheSuffixIsDropped() {
    List<String> suriye = tokenizer.tokens("Suriye", "tr");
    assertEquals(suriye, tokenizer.tokens("Suriye'nin", "tr"));
    assertEquals(suriye, tokenizer.tokens("Suriye\u2019de", "tr"));
  }

  @Test
  void turkishNamesAreNotStemmed() {
    // Snowball cuts names: İran to ira (the stem of irade too), Erdoğan to erdoğa.
    assertEquals(List.of("ira", "ira"), tokenizer.tokens("İran irade", "tr"));
    assertEquals(List.of("erdoğa"), tokenizer.tokens("Erdoğan", "tr"));
    try (TopicTokenizer named =
        new TopicTokenizer(List.of("İran", "Erdoğan", "Ankara", "Beşar Esad", "ABD"))) {
      assertEquals(List.of("iran", "ira"), named.tokens("İran irade", "tr"));
      assertEquals(List.of("iran", "erdoğan", "ankara"), named.tokens("İran'ın Erdoğan'a ANKARA", "tr"));
      // A name of several tokens is not a name here: its words are stemmed as any other.
      assertEquals(tokenizer.tokens("Beşar", "tr"), named.tokens("Beşar", "tr"));
      // Other words, and other languages, are unchanged.
      assertEquals(tokenizer.tokens("görüşmeler", "tr"), named.tokens("görüşmeler", "tr"));
      assertEquals(tokenizer.tokens("Iran talks", "en"), named.tokens("Iran talks", "en"));
    }
  }

  @Test
  void turkishSuffixesAreStemmed() {
    assertEquals(tokenizer.tokens("görüşme", "tr"), tokenizer.tokens("görüşmeler", "tr"));
  }

  @Test
  void turkishStemsAreThoseOfLucenesTurkishAnalyzer() throws Exception {
    String text =
        "Suriye'nin kuzeyindeki İdlib kentinde çatışmalar sürüyor. Çatışmaların sürdüğü İdlib'de"
            + " sivillerin göçü sürüyor; göç eden siviller Türkiye sınırına ulaştı.";
    try (Analyzer lucene = new TurkishAnalyzer();
        Analyzer cached = new TokenTurkishAnalyzer(TurkishAnalyzer.getDefaultStopSet())) {
      assertEquals(terms(lucene, text), terms(cached, text));
      assertEquals(terms(lucene, text), terms(cached, text));
    }
  }

  @Test
  void turkishStemMemoryEmptiedWhenFullKeepsTheStems() throws Exception {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < TokenCachedStemFilter.MAX_ENTRIES + 500; i++) {
      words.append("kitap").append(Integer.toString(i, 26).replace('0', 'ğ')).append("lar ");
    }
    String text = words.toString();
    try (Analyzer lucene = new TurkishAnalyzer();
        Analyzer cached = new TokenTurkishAnalyzer(TurkishAnalyzer.getDefaultStopSet())) {
      assertEquals(terms(lucene, text), terms(cached, text));
    }
  }

  @Test
  void arabicProcliticsAreStripped() {
    List<String> stem = tokenizer.tokens("سوريين", "ar");
    assertEquals(stem, tokenizer.tokens("والسوريين", "ar"));
    assertEquals(stem, tokenizer.tokens("بالسوريين", "ar"));
  }

  @Test
  void arabicAlefFormsAreNormalized() {
    assertEquals(tokenizer.tokens("احمد", "ar"), tokenizer.tokens("أحمد", "ar"));
    assertEquals(tokenizer.tokens("اسلام", "ar"), tokenizer.tokens("إسلام", "ar"));
  }

  @Test
  void englishPossessiveAndPlural() {
    List<String> syria = tokenizer.tokens("Syria", "en");
    assertEquals(syria, tokenizer.tokens("Syria's", "en"));
    assertEquals(syria, tokenizer.tokens("Syria\u2019s", "en"));
    assertEquals(tokenizer.tokens("rebel", "en"), tokenizer.tokens("rebels", "en"));
  }

  @Test
  void boilerplateIsRemovedInArabic() {
    assertEquals(
        List.of(), tokenizer.tokens("قال وقال أضاف وأضاف واضاف أكد وأكد حسب وفق وكالة مصدر", "ar"));
    // CNN Arabic's byline, as ANT v2.1 has it: the place stays, the byline goes.
    assertEquals(tokenizer.tokens("دبي", "ar"), tokenizer.tokens("دبي (CNN)--", "ar"));
    assertEquals(List.of(), tokenizer.tokens("CNN cnn", "ar"));
  }

  @Test
  void boilerplateIsRemovedInEnglish() {
    assertEquals(
        List.of(),
        tokenizer.tokens("Said says saying told reported according, Reuters AFP Monday Mr.", "en"));
  }

  @Test
  void boilerplateIsRemovedInTurkish() {
    assertEquals(
        List.of(),
        tokenizer.tokens(
            "dedi söyledi açıkladı belirtti ifade etti göre yaptığı açıklamada açıklamasında",
            "tr"));
  }

  @Test
  void everyListedBoilerplateWordIsRemoved() {
    for (String lang : List.of("ar", "en", "tr")) {
      TokenStopwords list = TokenStopwords.load(lang);
      List<String> words = new ArrayList<>(list.everyForm());
      words.addAll(list.exactForm());
      for (String word : words) {
        assertEquals(List.of(), tokenizer.tokens(word, lang), lang + ": " + word);
      }
    }
  }

  @Test
  void exactFormBoilerplateKeepsItsTopicalStem() {
    assertEquals(List.of("accord"), tokenizer.tokens("accord", "en"));
    assertEquals(List.of("state"), tokenizer.tokens("state", "en"));
    assertEquals(1, tokenizer.tokens("yardım", "tr").size());
    assertEquals(1, tokenizer.tokens("جمعية", "ar").size());
  }

  @Test
  void numbersAreDropped() {
    for (String lang : LANGUAGES) {
      assertEquals(List.of(), tokenizer.tokens("2018 3.5 1,000 ٢٠١٨ ۱۳۹۷ 50%", lang), lang);
    }
  }

  @Test
  void punctuationIsDropped() {
    for (String lang : LANGUAGES) {
      assertEquals(List.of(), tokenizer.tokens("... -- !? «» ، ؛ ؟ “”", lang), lang);
    }
  }

  @Test
  void lettersWithDigitsAreKept() {
    assertEquals(List.of("g20"), tokenizer.tokens("G20", "und"));
  }

  @Test
  void tokensShorterThanTwoOrLongerThanFortyAreDropped() {
    assertEquals(List.of(), tokenizer.tokens("x y z", "und"));
    String forty = "b".repeat(40);
    assertEquals(List.of(forty), tokenizer.tokens(forty, "und"));
    assertEquals(List.of(), tokenizer.tokens(forty + "b", "und"));
  }

  @Test
  void unknownLanguageUsesRootLowercase() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr"));
      assertEquals(List.of("title"), tokenizer.tokens("TITLE", "und"));
      assertEquals(List.of("title"), tokenizer.tokens("TITLE", "fr"));
      assertEquals(List.of("title"), tokenizer.tokens("TITLE", null));
      assertEquals(List.of("titl"), tokenizer.tokens("TITLE", "en"));
      assertEquals(List.of("india"), tokenizer.tokens("INDIA", "en"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void unknownLanguageIsNotStemmed() {
    assertEquals(List.of("libérations"), tokenizer.tokens("Libérations", "fr"));
  }

  @Test
  void languageCodesInAnyFormPickTheAnalyzer() {
    List<String> turkish = tokenizer.tokens("Suriye'nin", "tr");
    assertEquals(turkish, tokenizer.tokens("Suriye'nin", "TUR"));
    assertEquals(turkish, tokenizer.tokens("Suriye'nin", "tr-TR"));
    assertNotEquals(turkish, tokenizer.tokens("Suriye'nin", "und"));
  }

  @Test
  void missingTextHasNoTokens() {
    assertEquals(List.of(), tokenizer.tokens(null, "en"));
    assertEquals(List.of(), tokenizer.tokens("", "en"));
  }

  @Test
  void tokensKeepDocumentOrderAndRepeats() {
    assertEquals(
        List.of("damascu", "aleppo", "damascu"),
        tokenizer.tokens("Damascus, Aleppo, Damascus", "en"));
  }

  @Test
  void concurrentThreadsGetTheSameTokens() throws Exception {
    String text = "Suriye'nin kuzeyindeki İdlib kentinde çatışmalar sürüyor.";
    List<String> expected = tokenizer.tokens(text, "tr");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> tokenizer.tokens(text, "tr")));
      }
      for (Future<List<String>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(20240611L);
    for (int i = 0; i < 2_000; i++) {
      String text = randomText(random);
      for (String lang : LANGUAGES) {
        for (String token : tokenizer.tokens(text, lang)) {
          int length = token.codePointCount(0, token.length());
          assertTrue(length >= TopicTokenizer.MIN_TOKEN_LENGTH, token);
          assertTrue(length <= TopicTokenizer.MAX_TOKEN_LENGTH, token);
        }
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

  private static final String SPECIALS = "İıŞşĞğ'\u0307\u2019\n";

  private static String randomText(Random random) {
    return RandomText.generate(random, 300, SPECIALS);
  }
}
