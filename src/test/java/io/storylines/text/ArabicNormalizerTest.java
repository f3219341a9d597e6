package io.storylines.text;

import static io.storylines.text.ArabicNormalizer.ALEF;
import static io.storylines.text.ArabicNormalizer.ALEF_HAMZA_ABOVE;
import static io.storylines.text.ArabicNormalizer.ALEF_HAMZA_BELOW;
import static io.storylines.text.ArabicNormalizer.ALEF_MADDA;
import static io.storylines.text.ArabicNormalizer.ALEF_MAKSURA;
import static io.storylines.text.ArabicNormalizer.ALEF_WASLA;
import static io.storylines.text.ArabicNormalizer.FARSI_YEH;
import static io.storylines.text.ArabicNormalizer.HEH;
import static io.storylines.text.ArabicNormalizer.KAF;
import static io.storylines.text.ArabicNormalizer.KEHEH;
import static io.storylines.text.ArabicNormalizer.TEH_MARBUTA;
import static io.storylines.text.ArabicNormalizer.YEH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicNormalizerTest {

  @ParameterizedTest
  @ValueSource(
      chars = {
        '\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0653',
        '\u0654', '\u0655', '\u065F', '\u0670'
      })
  void harakatAndOtherArabicMarksAreTashkeel(char mark) {
    assertTrue(ArabicNormalizer.isTashkeel(mark));
  }

  @ParameterizedTest
  @ValueSource(
      chars = {
        '\u0610', '\u061A', '\u06D6', '\u06DC', '\u06DF', '\u06E4', '\u06E7', '\u06E8', '\u06EA',
        '\u06ED', '\u08D3', '\u08E1', '\u08E3', '\u08FF'
      })
  void quranicAnnotationMarksAreTashkeel(char mark) {
    assertTrue(ArabicNormalizer.isTashkeel(mark));
  }

  @ParameterizedTest
  @ValueSource(
      chars = {'\u0627', '\u0628', '\u0640', '\u06DD', '\u06DE', '\u06E5', '\u06E9', '\u08E2'})
  void lettersTatweelAndAyahSignsAreNotTashkeel(char c) {
    assertFalse(ArabicNormalizer.isTashkeel(c));
  }

  @Test
  void onlyMaddahAndHamzaMarksComposeWithALetter() {
    assertTrue(ArabicNormalizer.composesWithLetter(ArabicNormalizer.MADDAH_ABOVE));
    assertTrue(ArabicNormalizer.composesWithLetter(ArabicNormalizer.HAMZA_ABOVE));
    assertTrue(ArabicNormalizer.composesWithLetter(ArabicNormalizer.HAMZA_BELOW));
    assertFalse(ArabicNormalizer.composesWithLetter(ArabicNormalizer.FATHATAN));
    assertFalse(ArabicNormalizer.composesWithLetter(ArabicNormalizer.SUKUN));
  }

  @Test
  void tatweelIsRemoved() {
    assertEquals("محمد", TextNormalizer.display("مـحـــمد", "ar").text());
  }

  @Test
  void alefMaddaBecomesAlef() {
    assertEquals(ALEF, ArabicNormalizer.normalizeLetter(ALEF_MADDA));
  }

  @Test
  void alefHamzaAboveBecomesAlef() {
    assertEquals(ALEF, ArabicNormalizer.normalizeLetter(ALEF_HAMZA_ABOVE));
  }

  @Test
  void alefHamzaBelowBecomesAlef() {
    assertEquals(ALEF, ArabicNormalizer.normalizeLetter(ALEF_HAMZA_BELOW));
  }

  @Test
  void alefWaslaBecomesAlef() {
    assertEquals(ALEF, ArabicNormalizer.normalizeLetter(ALEF_WASLA));
  }

  @Test
  void alefMaksuraBecomesYeh() {
    assertEquals(YEH, ArabicNormalizer.normalizeLetter(ALEF_MAKSURA));
  }

  @Test
  void farsiYehBecomesYeh() {
    assertEquals(YEH, ArabicNormalizer.normalizeLetter(FARSI_YEH));
  }

  @Test
  void kehehBecomesKaf() {
    assertEquals(KAF, ArabicNormalizer.normalizeLetter(KEHEH));
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    for (int d = 0; d <= 9; d++) {
      assertEquals('0' + d, ArabicNormalizer.normalizeLetter('\u0660' + d));
    }
  }

  @Test
  void easternArabicIndicDigitsBecomeAscii() {
    for (int d = 0; d <= 9; d++) {
      assertEquals('0' + d, ArabicNormalizer.normalizeLetter('\u06F0' + d));
    }
  }

  @Test
  void arabicNumberPunctuationBecomesAscii() {
    assertEquals('.', ArabicNormalizer.normalizeLetter(ArabicNormalizer.ARABIC_DECIMAL_SEPARATOR));
    assertEquals(
        ',', ArabicNormalizer.normalizeLetter(ArabicNormalizer.ARABIC_THOUSANDS_SEPARATOR));
    assertEquals('%', ArabicNormalizer.normalizeLetter(ArabicNormalizer.ARABIC_PERCENT_SIGN));
  }

  @Test
  void tehMarbutaBecomesHehInMatchKeysOnly() {
    assertEquals(TEH_MARBUTA, ArabicNormalizer.normalizeLetter(TEH_MARBUTA));
    assertEquals(HEH, ArabicNormalizer.matchKeyLetter(TEH_MARBUTA));
  }

  @ParameterizedTest
  @ValueSource(chars = {'a', 'Z', '5', '\u0628', '\u0626', '\u0624', '\u0647', '\u06C1', '\u00E9'})
  void otherCodePointsAreUnchanged(char c) {
    assertEquals(c, ArabicNormalizer.normalizeLetter(c));
    assertEquals(c, ArabicNormalizer.matchKeyLetter(c));
  }
}
