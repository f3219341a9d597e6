package io.storylines.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link XmlText}. */
class XmlTextTest {

  @Test
  void textXmlCanHoldIsTheSameInstance() {
    String text = "سوريا İçişleri Bakanlığı ı <&\"'> 😀 \u0085 \uD83C\uDDF8\uD83C\uDDFE";
    assertSame(text, XmlText.clean(text));
  }

  @Test
  void tabLineFeedAndCarriageReturnBecomeSpaces() {
    assertEquals("a b c d", XmlText.clean("a\tb\nc\rd"));
  }

  @Test
  void otherC0ControlsBecomeReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFD", XmlText.clean("a\u0000b\u0001c\u001F"));
  }

  @Test
  void noncharactersFffeAndFfffBecomeReplacementCharacter() {
    assertEquals("\uFFFD\uFFFD", XmlText.clean("\uFFFE\uFFFF"));
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharacter() {
    assertEquals("a\uFFFDb", XmlText.clean("a\uD800b"));
    assertEquals("a\uFFFDb", XmlText.clean("a\uDC00b"));
    assertEquals("\uFFFD\uFFFD", XmlText.clean("\uDC00\uD800"));
    assertEquals("\uFFFD", XmlText.clean("\uD83D"));
  }

  @Test
  void surrogatePairsAreKept() {
    assertEquals("\uFFFD😀", XmlText.clean("\u0001😀"));
  }

  @Test
  void c1ControlsAndDeleteAreKept() {
    assertEquals("\u007F\u0080\u0085\u009F", XmlText.clean("\u007F\u0080\u0085\u009F"));
  }

  @Test
  void nameTokensAreAsciiLettersDigitsAndUnderscoreHyphenDotColon() {
    for (String id : new String[] {"syria", "us", "trump_jr", "Q42", "a-b.c:d", "0"}) {
      assertTrue(XmlText.isNameToken(id), id);
    }
    for (String id : new String[] {"", "a b", "a/b", "سوريا", "a&b", "😀", "a\u0000"}) {
      assertFalse(XmlText.isNameToken(id), id);
    }
  }
}
