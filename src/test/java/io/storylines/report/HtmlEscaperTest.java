package io.storylines.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link HtmlEscaper}. */
class HtmlEscaperTest {

  @Test
  void aScriptTagBecomesText() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", HtmlEscaper.escape("<script>alert(1)</script>"));
  }

  @Test
  void ampersandIsEscapedFirstAndOnce() {
    assertEquals("AT&amp;T &amp;amp; &amp;lt;", HtmlEscaper.escape("AT&T &amp; &lt;"));
  }

  @Test
  void quotationMarkAndApostropheAreEscapedForAttributes() {
    assertEquals("&quot;quoted&quot; &#39;single&#39;", HtmlEscaper.escape("\"quoted\" 'single'"));
  }

  @Test
  void arabicTurkishAndEmojiAreKept() {
    String text = "سوريا والولايات المتحدة İstanbul ılık IŞİD 😀 \uD83C\uDDF8\uD83C\uDDFE";
    assertEquals(text, HtmlEscaper.escape(text));
  }

  @Test
  void tabLineFeedAndCarriageReturnBecomeSpaces() {
    assertEquals("a b c d", HtmlEscaper.escape("a\tb\nc\rd"));
  }

  @Test
  void otherC0ControlsAndNoncharactersBecomeReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFD\uFFFD\uFFFD", HtmlEscaper.escape("a\u0000b\u001F\uFFFE\uFFFF"));
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFD", HtmlEscaper.escape("a\uD800b\uDC00"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", HtmlEscaper.escape(null));
  }

  @Test
  void randomTextNeverThrowsAndNeverLeavesMarkup() {
    Random random = new Random(8);
    for (int i = 0; i < 2_000; i++) {
      String escaped = HtmlEscaper.escape(RandomText.generate(random, 60, "<>&\"'\t\n\u0000"));
      assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\"") || escaped.contains("'"), escaped);
      for (int j = 0; j < escaped.length(); j++) {
        char c = escaped.charAt(j);
        assertTrue(c >= 0x20 && c != 0xFFFE && c != 0xFFFF, "char " + (int) c);
        if (Character.isHighSurrogate(c)) {
          assertTrue(Character.isLowSurrogate(escaped.charAt(++j)), "pair at " + j);
        } else {
          assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + j);
        }
      }
    }
  }
}
