package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TurkishCaseFolderTest {

  @Test
  void capitalIBecomesDotlessIInTurkic() {
    assertEquals('ı', TurkishCaseFolder.foldTurkic('I'));
  }

  @Test
  void dottedCapitalIBecomesIInTurkic() {
    assertEquals('i', TurkishCaseFolder.foldTurkic('İ'));
  }

  @Test
  void capitalIBecomesIOutsideTurkic() {
    assertEquals('i', TurkishCaseFolder.foldNonTurkic('I'));
  }

  @Test
  void dottedCapitalIBecomesIOutsideTurkic() {
    assertEquals('i', TurkishCaseFolder.foldNonTurkic('İ'));
  }

  @Test
  void otherLettersGetTheirSimpleLowerCase() {
    assertEquals('ç', TurkishCaseFolder.foldTurkic('Ç'));
    assertEquals('ş', TurkishCaseFolder.foldTurkic('Ş'));
    assertEquals('ğ', TurkishCaseFolder.foldTurkic('Ğ'));
    assertEquals('ö', TurkishCaseFolder.foldNonTurkic('Ö'));
    assertEquals('σ', TurkishCaseFolder.foldNonTurkic('Σ'));
    assertEquals('ı', TurkishCaseFolder.foldNonTurkic('ı'));
    assertEquals('i', TurkishCaseFolder.foldTurkic('i'));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr", "TR", "tr-TR", "tr_TR", "tur", "az", "az-Latn", "aze"})
  void turkishAndAzerbaijaniAreTurkic(String lang) {
    assertTrue(TurkishCaseFolder.isTurkic(lang));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "und", "en", "ar", "tk", "trx", "-tr"})
  void otherTagsAreNotTurkic(String lang) {
    assertFalse(TurkishCaseFolder.isTurkic(lang));
  }
}
