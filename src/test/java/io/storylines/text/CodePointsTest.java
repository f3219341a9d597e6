package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodePointsTest {

  @Test
  void textWithoutSurrogatesKeepsItsOffsets() {
    String text = "Şam'da görüşme. دمشق";
    assertFalse(CodePoints.hasSurrogates(text));
    int[] offsets = {0, 5, 15, text.length()};
    CodePoints.toCodePoints(text, offsets);
    assertArrayEquals(new int[] {0, 5, 15, text.length()}, offsets);
  }

  @Test
  void surrogatePairCountsAsOneCodePoint() {
    String text = "a😀b. c";
    assertTrue(CodePoints.hasSurrogates(text));
    int dot = text.indexOf('.');
    int[] offsets = {0, dot + 1, text.indexOf('c'), text.length()};
    CodePoints.toCodePoints(text, offsets);
    assertArrayEquals(new int[] {0, 4, 5, 6}, offsets);
    assertEquals("a😀b.", new StringBuilder().appendCodePoint('a').appendCodePoint(0x1F600).append("b.").toString());
  }

  @Test
  void unpairedSurrogateCountsAsOne() {
    String text = "x\uD800y";
    int[] offsets = {3};
    CodePoints.toCodePoints(text, offsets);
    assertArrayEquals(new int[] {3}, offsets);
  }

  @Test
  void descendingOffsetsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> CodePoints.toCodePoints("abc", new int[] {2, 1}));
  }

  @Test
  void utf16IsTheInverseOfCodePoints() {
    String text = "a😀b. c😀d";
    int[] utf16 = {0, 3, 5, 6, text.length()};
    int[] offsets = utf16.clone();
    CodePoints.toCodePoints(text, offsets);
    CodePoints.toUtf16(text, offsets);
    assertArrayEquals(utf16, offsets);
  }

  @Test
  void loneSurrogatesAreReplacedAndPairsKept() {
    assertEquals("a\uFFFDb😀\uFFFD", CodePoints.replaceLoneSurrogates("a\uD800b😀\uDC00"));
    String clean = "no surrogates";
    assertTrue(clean == CodePoints.replaceLoneSurrogates(clean));
  }
}
