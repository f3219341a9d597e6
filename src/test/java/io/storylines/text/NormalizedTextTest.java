package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Exact offsets: every span maps back to the original surface text that produced it. */
class NormalizedTextTest {

  @Test
  void arabicWordWithTashkeelAndTatweelMapsToTheWholeOriginalWord() {
    String body = "قال مُحَـمَّدٌ أمس";
    NormalizedText display = TextNormalizer.display(body, "ar");
    assertEquals("قال محمد امس", display.text());
    assertEquals("مُحَـمَّدٌ", display.surface(4, 8));
    assertEquals(body.indexOf('م'), display.originalStart(4));
    assertEquals(body.indexOf(" أمس"), display.originalEnd(8));
  }

  @Test
  void ampersandReferenceMapsToItsFiveChars() {
    NormalizedText display = TextNormalizer.display("Tom &amp; Jerry", "en");
    assertEquals("Tom & Jerry", display.text());
    assertEquals(4, display.originalStart(4));
    assertEquals(9, display.originalEnd(5));
    assertEquals("&amp;", display.surface(4, 5));
  }

  @Test
  void turkishMatchKeyMapsToTheOriginalWord() {
    String body = "Biz İstanbul'da kaldık";
    NormalizedText key = TextNormalizer.matchKey(body, "tr");
    assertEquals("biz istanbul'da kaldık", key.text());
    assertEquals("İstanbul'da", key.surface(4, 15));
  }

  @Test
  void decomposedCapitalMapsToBothOfItsChars() {
    NormalizedText key = TextNormalizer.matchKey("I\u0307zmir", "tr");
    assertEquals("izmir", key.text());
    assertEquals("I\u0307", key.surface(0, 1));
  }

  @Test
  void expandedLigatureMapsBothCharsToTheLigature() {
    NormalizedText display = TextNormalizer.display("ﬁne", "en");
    assertEquals("fine", display.text());
    assertEquals("ﬁ", display.surface(0, 1));
    assertEquals("ﬁ", display.surface(1, 2));
    assertEquals("ﬁn", display.surface(1, 3));
  }

  @Test
  void composedCharMapsToItsBaseAndMarks() {
    NormalizedText display = TextNormalizer.display("cafe\u0301!", "en");
    assertEquals("café!", display.text());
    assertEquals("e\u0301", display.surface(3, 4));
    assertEquals("!", display.surface(4, 5));
  }

  @Test
  void spanAcrossRemovedCharactersIncludesThem() {
    NormalizedText display = TextNormalizer.display("\u200Fab\u200E\u0000cd\u202C", "en");
    assertEquals("abcd", display.text());
    assertEquals("ab\u200E\u0000cd", display.surface(0, 4));
    assertEquals("b", display.surface(1, 2));
  }

  @Test
  void removedCharactersAtTheEdgesOfASpanAreNotIncluded() {
    NormalizedText display = TextNormalizer.display("x \u200Eword\u200E y", "en");
    assertEquals("x word y", display.text());
    assertEquals("word", display.surface(2, 6));
  }

  @Test
  void spanOverInlineTagsIncludesThem() {
    NormalizedText display = TextNormalizer.display("<p>W<b>or</b>d</p>", "en");
    assertEquals("Word", display.text());
    assertEquals("W<b>or</b>d", display.surface(0, 4));
  }

  @Test
  void breakLeftByATagMapsToTheTag() {
    NormalizedText display = TextNormalizer.display("a<br>b", "en");
    assertEquals("a\nb", display.text());
    assertEquals("<br>", display.surface(1, 2));
  }

  @Test
  void spaceMapsToTheFirstCharOfItsRun() {
    NormalizedText display = TextNormalizer.display("a \t b", "en");
    assertEquals("a b", display.text());
    assertEquals(1, display.originalStart(1));
    assertEquals(2, display.originalEnd(2));
  }

  @Test
  void crLfMapsToBothChars() {
    NormalizedText display = TextNormalizer.display("a\r\nb", "en");
    assertEquals("a\nb", display.text());
    assertEquals("\r\n", display.surface(1, 2));
  }

  @Test
  void supplementaryCharMapsToItsSurrogatePair() {
    NormalizedText display = TextNormalizer.display("a \uD835\uDC00 b", "en");
    assertEquals("a A b", display.text());
    assertEquals("\uD835\uDC00", display.surface(2, 3));
  }

  @Test
  void endOfTextMapsToTheEndOfTheLastChar() {
    NormalizedText display = TextNormalizer.display(" ab \u200E", "en");
    assertEquals(3, display.originalStart(2));
    assertEquals(1, display.originalEnd(0));
  }

  @Test
  void emptyTextMapsToZero() {
    NormalizedText display = TextNormalizer.display("\u200E \n", "en");
    assertEquals("", display.text());
    assertEquals(0, display.originalStart(0));
    assertEquals(0, display.originalEnd(0));
    assertEquals("", display.surface(0, 0));
  }

  @Test
  void originalIsKept() {
    String body = "<p>x</p>";
    assertEquals(body, TextNormalizer.display(body, "en").original());
  }

  @Test
  void indexOutsideTheTextIsRejected() {
    NormalizedText display = TextNormalizer.display("abc", "en");
    assertThrows(IndexOutOfBoundsException.class, () -> display.originalStart(4));
    assertThrows(IndexOutOfBoundsException.class, () -> display.originalEnd(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> display.surface(2, 1));
  }
}
