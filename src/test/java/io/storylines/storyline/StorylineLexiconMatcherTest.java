package io.storylines.storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storylines.testing.RandomText;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LexiconMatcher}: one test per rule of its class doc, in each language. */
class StorylineLexiconMatcherTest {

  private static LexiconMatcher matcher(String lang, String... terms) {
    return new LexiconMatcher(List.of(new Frame("f", "F", Map.of(lang, List.of(terms)))));
  }

  private static List<String> found(LexiconMatcher matcher, String text, String lang) {
    return matcher.find(text, lang).stream().map(LexiconMatcher.Hit::term).toList();
  }

  @Test
  void testWholeTokensOnly() {
    LexiconMatcher m = matcher("en", "envoy", "strike");
    assertEquals(List.of("envoy"), found(m, "The envoy arrived; envoys left.", "en"));
    assertEquals(List.of(), found(m, "Strikers and airstrikes.", "en"));
  }

  @Test
  void testCaseAndNormalization() {
    assertEquals(List.of("ISIS"), found(matcher("en", "ISIS"), "remnants of isis in the desert", "en"));
    assertEquals(List.of("Caesar Act"), found(matcher("en", "Caesar Act"), "the CAESAR   ACT was repealed", "en"));
  }

  @Test
  void testPhraseIsConsecutiveTokens() {
    LexiconMatcher m = matcher("en", "sanctions relief");
    assertEquals(List.of("sanctions relief"), found(m, "Sanctions relief, at last.", "en"));
    assertEquals(List.of(), found(m, "sanctions and relief", "en"));
  }

  @Test
  void testHyphenSeparatesTokens() {
    LexiconMatcher m = matcher("en", "counter-terrorism");
    assertEquals(List.of("counter-terrorism"), found(m, "counter terrorism cooperation", "en"));
    assertEquals(List.of("counter-terrorism"), found(m, "counter-terrorism cooperation", "en"));
  }

  @Test
  void testPrefixTerm() {
    LexiconMatcher m = matcher("tr", "yaptırım*", "hava saldırı*");
    assertEquals(
        List.of("yaptırım*", "hava saldırı*"),
        found(m, "ABD yaptırımların kaldırılmasını açıkladı, hava saldırısı düzenlendi.", "tr"));
    assertEquals(List.of(), found(m, "yapı ve havalar", "tr"));
  }

  @Test
  void testApostropheSuffixIsLeftOut() {
    assertEquals(List.of("Sezar Yasası"), found(matcher("tr", "Sezar Yasası"), "Sezar Yasası'nın kaldırılması", "tr"));
    assertEquals(List.of("embassy"), found(matcher("en", "embassy"), "the embassy's doors", "en"));
  }

  @Test
  void testTurkishDottedAndDotlessI() {
    LexiconMatcher m = matcher("tr", "IŞİD", "ilişki*");
    assertEquals(List.of("IŞİD", "ilişki*"), found(m, "ışid ile İLİŞKİLER", "tr"));
    assertEquals(List.of("IŞİD"), found(m, "IŞID militanları", "tr"));
  }

  @Test
  void testTurkishNormalization() {
    LexiconMatcher m = matcher("tr", "normalleş*");
    assertEquals(List.of("normalleş*"), found(m, "İlişkilerin NORMALLEŞMESİ bekleniyor", "tr"));
  }

  @Test
  void testArabicNormalization() {
    LexiconMatcher m = matcher("ar", "تطبيع", "إعادة الإعمار");
    assertEquals(List.of("تطبيع", "إعادة الإعمار"), found(m, "تَطْبِيـــع العلاقات وإعادة الأعمار", "ar"));
  }

  @Test
  void testArabicProclitics() {
    LexiconMatcher m = matcher("ar", "تطبيع");
    assertEquals(
        List.of("تطبيع", "تطبيع", "تطبيع", "تطبيع", "تطبيع"),
        found(m, "تطبيع والتطبيع بالتطبيع للتطبيع وللتطبيع", "ar"));
    assertEquals(List.of(), found(m, "تطبيعات", "ar"));
  }

  @Test
  void testArabicTermWithArticle() {
    LexiconMatcher m = matcher("ar", "العقوبات");
    assertEquals(List.of("العقوبات", "العقوبات", "العقوبات"), found(m, "العقوبات بالعقوبات للعقوبات", "ar"));
    assertEquals(List.of(), found(m, "الالعقوبات", "ar"));
  }

  @Test
  void testArabicProcliticsOnEveryToken() {
    LexiconMatcher m = matcher("ar", "علاقات دبلوماسية");
    assertEquals(List.of("علاقات دبلوماسية"), found(m, "استئناف العلاقات الدبلوماسية", "ar"));
  }

  @Test
  void testShortArabicTermTakesNoProclitics() {
    assertEquals(List.of(), found(matcher("ar", "أمن"), "ولي الأمر", "ar"));
    assertEquals(List.of(), found(matcher("ar", "لي"), "ولي", "ar"));
  }

  @Test
  void testOnlyTheArticleLanguage() {
    LexiconMatcher m = matcher("en", "embassy");
    assertEquals(List.of(), found(m, "embassy", "tr"));
    assertEquals(List.of(), found(m, "embassy", "und"));
  }

  @Test
  void testLongestFirst() {
    LexiconMatcher m =
        new LexiconMatcher(
            List.of(
                new Frame("sanctions", "S", Map.of("en", List.of("sanctions", "sanctions relief"))),
                new Frame("aid", "A", Map.of("en", List.of("relief")))));
    List<LexiconMatcher.Hit> hits = m.find("sanctions relief and relief", "en");
    assertEquals(
        List.of(new LexiconMatcher.Hit(0, "sanctions relief"), new LexiconMatcher.Hit(1, "relief")), hits);
  }

  @Test
  void testTermKeyNormalizes() {
    assertEquals(LexiconMatcher.termKey("EMBASSY", "en"), LexiconMatcher.termKey("embassy", "en"));
    assertEquals("yaptirim*", LexiconMatcher.termKey("YAPTIRIM*", "tr"));
  }

  @Test
  void testBadTermIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> matcher("en", "--"));
    assertEquals(true, LexiconMatcher.termProblem("a*b", "en").isPresent());
    assertEquals(true, LexiconMatcher.termProblem("ab*", "en").isPresent());
    assertEquals(true, LexiconMatcher.termProblem("abc*", "en").isEmpty());
  }

  @Test
  void testRandomTextNeverThrows() {
    LexiconMatcher m =
        new LexiconMatcher(
            StorylineFiles.bundled().get(0).frames());
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      String text = RandomText.generate(random, 80, "وال*'’ıİ-لل");
      for (String lang : List.of("ar", "en", "tr")) {
        m.find(text, lang);
      }
    }
  }
}
