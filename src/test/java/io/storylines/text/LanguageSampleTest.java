package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rules of {@link LangSample}, one per test. */
class LanguageSampleTest {

  @Test
  void titleComesBeforeBodyWithOneSpace() {
    assertEquals("Title Body text", LangSample.of("Title", "Body text", 100).text());
    assertEquals("Body", LangSample.of(null, "Body", 100).text());
    assertEquals("Title", LangSample.of("Title", null, 100).text());
    assertEquals("", LangSample.of(null, null, 100).text());
  }

  @Test
  void whitespaceRunsBecomeOneSpace() {
    String body = "\uFEFF \n\t\tone\u00A0\u00A0two\r\n\u2003three  ";
    assertEquals("one two three", LangSample.of("  ", body, 100).text());
  }

  @Test
  void cutInsideAWordDropsThePartialWord() {
    assertEquals("alpha beta", LangSample.of("alpha beta gamma", null, 13).text());
    assertEquals("alpha beta", LangSample.of("alpha", "beta gamma", 13).text());
  }

  @Test
  void cutAtAWordEndKeepsTheWord() {
    assertEquals("alpha beta", LangSample.of("alpha beta gamma", null, 10).text());
    assertEquals("alpha beta", LangSample.of("alpha beta", "gamma", 10).text());
  }

  @Test
  void aSingleLongWordIsCutAtTheLimit() {
    assertEquals("abcde", LangSample.of("abcdefgh", null, 5).text());
  }

  @Test
  void lettersAreCountedInEveryScript() {
    LangSample sample = LangSample.of("Ab 12 جد", "şğ ж!", 100);
    assertEquals(7, sample.letters());
  }

  @Test
  void arabicAlphabetAndOtherArabicScriptLettersAreCountedApart() {
    LangSample arabic = LangSample.of("كتب ـ", null, 100);
    assertEquals(4, arabic.arabicAlphabetLetters());
    assertEquals(0, arabic.otherArabicScriptLetters());
    LangSample persian = LangSample.of("پیک گچ", null, 100);
    assertEquals(0, persian.arabicAlphabetLetters());
    assertEquals(5, persian.otherArabicScriptLetters());
  }

  @Test
  void tehMarbutaIsAnArabicMarker() {
    assertTrue(LangSample.of("مدرسة", null, 100).hasArabicMarker());
  }

  @Test
  void wordInitialArticleIsAnArabicMarker() {
    assertTrue(LangSample.of("في الدار", null, 100).hasArabicMarker());
  }

  @Test
  void articleAfterOneProcliticIsAnArabicMarker() {
    assertTrue(LangSample.of("والدار", null, 100).hasArabicMarker());
    assertTrue(LangSample.of("بالدار", null, 100).hasArabicMarker());
    assertTrue(LangSample.of("فالدار", null, 100).hasArabicMarker());
    assertTrue(LangSample.of("كالدار", null, 100).hasArabicMarker());
  }

  @Test
  void alefLamInsideAWordIsNoMarker() {
    assertFalse(LangSample.of("سال حال", null, 100).hasArabicMarker());
    assertFalse(LangSample.of("مالدار", null, 100).hasArabicMarker());
  }
}
