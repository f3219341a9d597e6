package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link MatchTurkishSuffixes}, on folded match-key text. */
class MatchTurkishSuffixesTest {

  private static boolean derives(String name, String word) {
    return MatchTurkishSuffixes.isDerivation(word, name.length());
  }

  @Test
  void originSuffixIsRequired() {
    for (String word : List.of("suriyeli", "ankarali", "istanbullu", "türkiyeli", "düzcelü")) {
      assertTrue(derives(word.substring(0, word.length() - 2), word), word);
    }
    assertFalse(derives("suriye", "suriyeye"));
    assertFalse(derives("suriye", "suriyela"));
  }

  @Test
  void pluralMayFollow() {
    assertTrue(derives("suriye", "suriyeliler"));
    assertTrue(derives("irak", "iraklilar"));
  }

  @Test
  void oneCaseEndingMayFollow() {
    for (String ending : MatchTurkishSuffixes.CASE_ENDINGS) {
      assertTrue(derives("suriye", "suriyeli" + ending), ending);
      assertTrue(derives("suriye", "suriyeliler" + ending), ending);
    }
  }

  @Test
  void nothingElseMayFollow() {
    for (String word :
        List.of("suriyelik", "suriyelilik", "suriyelilerinden", "suriyelim", "suriyecilik")) {
      assertFalse(derives("suriye", word), word);
    }
    assertFalse(derives("şam", "şampiyon"));
    assertFalse(derives("şam", "şamdan"));
  }

  @Test
  void suffixEndsAtTheTokenEnd() {
    assertTrue(derives("suriye", "suriyeliler, ve"));
    assertTrue(derives("suriye", "suriyeli'nin"));
  }
}
