package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTextTest {

  private static String toText(String original) {
    return HtmlText.toText(NormChars.of(original)).toString();
  }

  @Test
  void namedReferenceIsDecoded() {
    assertEquals(
        "Tom & Jerry <3> \"é\" ’",
        toText("Tom &amp; Jerry &lt;3&gt; &quot;&eacute;&quot; &rsquo;"));
  }

  @Test
  void decimalReferenceIsDecoded() {
    assertEquals("ا é", toText("&#1575; &#233;"));
  }

  @Test
  void hexReferenceIsDecoded() {
    assertEquals("ا é", toText("&#x627; &#XE9;"));
  }

  @Test
  void windows1252RangeIsReadAsHtml5Does() {
    assertEquals("’ – €", toText("&#146; &#150; &#x80;"));
  }

  @Test
  void invalidNumericReferenceBecomesReplacementCharacter() {
    assertEquals("\uFFFD \uFFFD \uFFFD", toText("&#0; &#xD800; &#x110000;"));
  }

  @Test
  void referenceNeedsItsSemicolon() {
    assertEquals("AT&T &copy 2024 &#169 x&amp", toText("AT&T &copy 2024 &#169 x&amp"));
  }

  @Test
  void unknownNameIsText() {
    assertEquals("&foo; &#; &#x; &", toText("&foo; &#; &#x; &"));
  }

  @Test
  void namesAreCaseSensitive() {
    assertEquals("É é &EACUTE; & ©", toText("&Eacute; &eacute; &EACUTE; &AMP; &COPY;"));
  }

  @Test
  void nonAsciiDigitsAreNotAReference() {
    assertEquals("&#١٢;", toText("&#١٢;"));
  }

  @Test
  void doubleEscapedReferenceIsDecodedToTheEnd() {
    assertEquals("< & x", toText("&amp;lt; &amp;amp;amp; x"));
  }

  @Test
  void everyHtml4NameIsKnown() {
    Map<String, Integer> named = NormHtmlEntities.namedEntities();
    assertEquals(252 + 1 + 6, named.size());
    assertEquals(0x00A0, named.get("nbsp"));
    assertEquals(0x00FF, named.get("yuml"));
    assertEquals(0x03A1, named.get("Rho"));
    assertEquals(0x03A3, named.get("Sigma"));
    assertEquals(0x03C2, named.get("sigmaf"));
    assertEquals(0x2666, named.get("diams"));
  }

  @Test
  void referenceMapsToItsWholeText() {
    NormChars decoded = HtmlText.toText(NormChars.of("a &amp;lt; b"));
    assertEquals("a < b", decoded.toString());
    assertEquals(2, decoded.startOf(2));
    assertEquals(10, decoded.endOf(2));
    assertEquals(11, decoded.startOf(4));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>x",
        "a<br>b",
        "a<br/>b",
        "<div class=\"c\">",
        "<img src=x>",
        "<a href=\"u\">l</a>",
        "x</P>",
        "<SPAN>",
        "<h1>t</h1>",
        "<td\n>"
      })
  void textWithAKnownTagIsHtml(String text) {
    assertTrue(HtmlText.looksLikeHtml(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a < b > c",
        "a<b",
        "x<y and y>z",
        "<foo>",
        "<pa>",
        "<p",
        "&lt;p&gt;",
        "<!-- x -->",
        "<3 you",
        "<<p"
      })
  void textWithoutAKnownTagIsNotHtml(String text) {
    assertFalse(HtmlText.looksLikeHtml(text));
  }

  @Test
  void escapedTagsAreTagsOnceDecoded() {
    assertEquals("x\n\ny", toText("x&lt;p&gt;y"));
  }

  @Test
  void markupIsKeptInPlainText() {
    String plain = "if x<y and y>z, see <foo> and <!-- this -->";
    NormChars in = NormChars.of(plain);
    assertSame(in, HtmlText.toText(in));
  }

  @Test
  void inlineTagLeavesNothing() {
    assertEquals("Word and link", toText("W<b>or</b>d and <a href=\"/x\">link</a>"));
  }

  @Test
  void blockTagLeavesParagraphBreak() {
    assertEquals("\n\none\n\n\n\ntwo\n\n", toText("<p>one</p><div>two</div>"));
  }

  @Test
  void lineTagLeavesLineBreak() {
    assertEquals("a\nb\n\n\nc", toText("a<br>b<ul><li>c"));
  }

  @Test
  void cellTagLeavesSpace() {
    assertEquals(" a  b ", toText("<td>a</td><th>b</th>"));
  }

  @Test
  void unknownTagInHtmlLeavesNothing() {
    assertEquals("\n\nab", toText("<p>a<o:p></o:p><custom-el x=1>b"));
  }

  @Test
  void scriptAndStyleContentIsDropped() {
    assertEquals("\n\nab", toText("<p>a<script type=x>if (a<b) {}</script><STYLE>p{}</style>b"));
  }

  @Test
  void commentIsDroppedFromHtml() {
    assertEquals("ab\n", toText("a<!-- <p> -->b<br/>"));
  }

  @Test
  void declarationIsDroppedFromHtml() {
    assertEquals("\n\nx", toText("<!DOCTYPE html><?xml version=\"1.0\"?><p>x"));
  }

  @Test
  void markupWithoutItsEndIsText() {
    assertEquals("\n\na <b and <!-- c", toText("<p>a <b and <!-- c"));
  }

  @Test
  void tagLeftoverMapsToTheWholeTag() {
    NormChars text = HtmlText.toText(NormChars.of("a<br class=x>b"));
    assertEquals("a\nb", text.toString());
    assertEquals(1, text.startOf(1));
    assertEquals(13, text.endOf(1));
    assertEquals(13, text.startOf(2));
  }

  /** {@code text} with each of {@code parts} overwritten by spaces, its first char by {@code first}. */
  private static String blanked(String text, char first, String... parts) {
    StringBuilder out = new StringBuilder(text);
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      for (int i = at; i < at + part.length(); i++) {
        out.setCharAt(i, i == at ? first : ' ');
      }
      from = at + part.length();
    }
    return out.toString();
  }

  @Test
  void maskMarkupKeepsEveryOffsetAndBlanksTheMarkup() {
    String html = "<p>Kamal Haddad</p><img src=\"a/YeniAnaResim.Jpeg\"/> met <b>Ali</b> &amp; co";
    String masked = HtmlText.maskMarkup(html);
    assertEquals(html.length(), masked.length());
    // Block tags start with the break they leave; inline tags and images become spaces.
    String expected = blanked(html, ' ', "<img src=\"a/YeniAnaResim.Jpeg\"/>", "<b>", "</b>");
    expected = blanked(expected, '\n', "<p>", "</p>");
    assertEquals(expected, masked);
  }

  @Test
  void maskMarkupBlanksEscapedMarkupAndHiddenContent() {
    String escaped = "Haber &lt;img src=\"http://i.x.tr/YeniAnaResim/1.Jpeg\" /&gt; Ankara";
    assertEquals(
        blanked(escaped, ' ', "&lt;img src=\"http://i.x.tr/YeniAnaResim/1.Jpeg\" /&gt;"),
        HtmlText.maskMarkup(escaped));
    String script = "a<script>var X = 'Name';</script>b";
    assertEquals(
        blanked(script, ' ', "<script>var X = 'Name';</script>"), HtmlText.maskMarkup(script));
  }

  @Test
  void maskMarkupLeavesTextThatIsNotHtml() {
    String text = "AT&amp;T said 3 < 4 and <Kamal> is not a tag.";
    assertSame(text, HtmlText.maskMarkup(text));
  }
  @Test
  void readMoreLinkIsDroppedWithItsText() {
    // As a Turkish feed writes it, with its unclosed <a/>.
    assertEquals(
        "Emmanuel ile görüştü... ",
        toText("Emmanuel ile görüştü... <a href=\"http://x.tr/spor/1\">Devamı için tıklayınız<a/>"));
    assertEquals("Talks went on. ", toText("Talks went on. <a href=\"/s/1\">Read more &raquo;</a>"));
    assertEquals("\n\nالمحادثات\n\n", toText("<p>المحادثات</p><a href='x'> إقرأ المزيد... </a>"));
    assertEquals("ok ", toText("ok <A HREF=x>DEVAMI İÇİN TIKLAYINIZ</A>"));
  }

  @Test
  void otherLinksKeepTheirText() {
    assertEquals(
        "Read more about Syria and the talks",
        toText("<a href=x>Read more about Syria</a> and <a>the talks</a>"));
    // Not HTML, so no link: the words stay.
    assertEquals("Devamı için tıklayınız", toText("Devamı için tıklayınız"));
    // A link whose text no tag ends keeps it, as a tag without its end is text.
    assertEquals("x Read more", toText("x <a href=y>Read more"));
    // <abbr> is no link.
    assertEquals("More", toText("<abbr>More</abbr>"));
  }

  @Test
  void readMoreKeyFoldsCaseDotsAndArrows() {
    assertEquals("devamı için tıklayınız".replace('ı', 'i'), HtmlText.readMoreKey("  DEVAMI İÇİN  TIKLAYINIZ »"));
    assertEquals("read more", HtmlText.readMoreKey("Read more…"));
    assertEquals("اقرا المزيد", HtmlText.readMoreKey("إقرأ المزيد:"));
    assertTrue(HtmlText.READ_MORE.contains(HtmlText.readMoreKey("Haberin devamı →")));
  }

  @Test
  void maskMarkupBlanksReadMoreLinks() {
    String html = "<p>Kamal Haddad</p> <a href=\"/more\">Devamı için tıklayınız</a>";
    assertEquals(
        blanked(blanked(html, ' ', "<a href=\"/more\">Devamı için tıklayınız", "</a>"), '\n', "<p>", "</p>"),
        HtmlText.maskMarkup(html));
  }
}
