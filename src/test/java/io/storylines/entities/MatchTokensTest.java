package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One test per definition of {@link MatchTokens}. */
class MatchTokensTest {

  @Test
  void lettersDigitsAndMarksAreWordChars() {
    for (int codePoint : "aZşİ1٣دة\u064E\u0301".codePoints().toArray()) {
      assertTrue(MatchTokens.isWordCodePoint(codePoint), Integer.toHexString(codePoint));
    }
    for (int codePoint : " -'’.,()\u00A0\uFFFD😀".codePoints().toArray()) {
      assertFalse(MatchTokens.isWordCodePoint(codePoint), Integer.toHexString(codePoint));
    }
  }

  @Test
  void tokenStartsAfterANonWordChar() {
    assertTrue(MatchTokens.startsToken("ab cd", 0));
    assertTrue(MatchTokens.startsToken("ab cd", 3));
    assertTrue(MatchTokens.startsToken("ab-cd", 3));
    assertFalse(MatchTokens.startsToken("abcd", 2));
  }

  @Test
  void apostropheBetweenLettersJoinsASuffix() {
    assertFalse(MatchTokens.startsToken("suriye'nin", 7));
    assertFalse(MatchTokens.startsToken("trump’s", 6));
    assertTrue(MatchTokens.startsToken(" 'nin'", 2));
    assertTrue(MatchTokens.startsToken("'nin", 1));
  }

  @Test
  void nameEndsBeforeAnApostrophe() {
    assertTrue(MatchTokens.endsToken("suriye'nin", 6));
    assertTrue(MatchTokens.endsToken("suriye", 6));
    assertFalse(MatchTokens.endsToken("suriyeli", 6));
  }

  @Test
  void surrogatePairsAreOneCodePoint() {
    String text = "a\uD835\uDC00b";
    assertTrue(MatchTokens.isWordBefore(text, 3));
    assertEquals(text.length(), MatchTokens.wordRunEnd(text, 0));
    assertTrue(MatchTokens.endsToken("a😀", 1));
  }
}
