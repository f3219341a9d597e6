package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  /** The first 16 hex digits of SHA-256, computed here independently of the class under test. */
  private static String hex16(String text) throws NoSuchAlgorithmException {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash).substring(0, 16);
  }

  private static String urlId(String url) {
    return ArticleIds.of("bbc", null, url, "title", "body");
  }

  private static String textId(String title, String body) {
    return ArticleIds.of("bbc", null, null, title, body);
  }

  // of: rule 1, own id

  @Test
  void ownIdIsScopedBySource() {
    assertEquals("bbc:AL-culture-1", ArticleIds.of("bbc", "AL-culture-1", null, "t", "b"));
  }

  @Test
  void ownIdIsStripped() {
    assertEquals("bbc:42", ArticleIds.of("bbc", " \t42\n", null, "t", "b"));
  }

  @Test
  void ownIdWinsOverUrlAndText() {
    assertEquals("cnn:7", ArticleIds.of("cnn", "7", "https://cnn.com/a", "t", "b"));
  }

  @Test
  void blankOwnIdFallsBackToTheUrl() {
    assertEquals(
        urlId("https://bbc.com/a"), ArticleIds.of("bbc", "  ", "https://bbc.com/a", "t", "b"));
  }

  // of: rule 2, URL

  @Test
  void urlIdIsHex16OfTheNormalizedUrl() throws Exception {
    String url = "https://www.bbc.com/arabic/middleeast-43200000?x=1";
    assertEquals("bbc:url-" + hex16(url), urlId(url));
  }

  @Test
  void urlIdIgnoresTitleAndBody() {
    assertEquals(
        ArticleIds.of("bbc", null, "https://bbc.com/a", "one", "two"),
        ArticleIds.of("bbc", null, "https://bbc.com/a", "three", "four"));
  }

  @Test
  void urlIsStripped() {
    assertEquals(urlId("https://bbc.com/a"), urlId("  https://bbc.com/a\n"));
  }

  @Test
  void urlSchemeAndHostAreLowerCased() throws Exception {
    assertEquals("bbc:url-" + hex16("https://www.bbc.com/News"), urlId("HTTPS://WWW.BBC.Com/News"));
    assertEquals(urlId("http://user@bbc.com:8080/a"), urlId("HTTP://user@BBC.COM:8080/a"));
    assertEquals(urlId("//bbc.com/a"), urlId("//BBC.com/a"));
  }

  @Test
  void urlPathQueryAndUserInfoKeepTheirCase() {
    assertNotEquals(urlId("https://bbc.com/News"), urlId("https://bbc.com/news"));
    assertNotEquals(urlId("https://bbc.com/a?Q=1"), urlId("https://bbc.com/a?q=1"));
    assertNotEquals(urlId("https://User@bbc.com/a"), urlId("https://user@bbc.com/a"));
  }

  @Test
  void urlFragmentIsDropped() throws Exception {
    assertEquals(
        "bbc:url-" + hex16("https://bbc.com/a?x=1"), urlId("https://bbc.com/a?x=1#comments"));
    assertEquals(urlId("https://bbc.com/a"), urlId("https://bbc.com/a#"));
  }

  @Test
  void urlWithoutSchemeIsKeptAsItIs() throws Exception {
    assertEquals("bbc:url-" + hex16("WWW.BBC.com/a"), urlId("WWW.BBC.com/a"));
  }

  // of: rule 3, text

  @Test
  void textIdIsHex16OfNormalizedTitleNewlineBody() throws Exception {
    assertEquals("bbc:text-" + hex16("a title\nthe body"), textId("A Title", "The Body"));
  }

  @Test
  void blankUrlFallsBackToTheText() {
    assertEquals(textId("t", "b"), ArticleIds.of("bbc", null, " ", "t", "b"));
  }

  @Test
  void textIsNfkcNormalized() {
    assertEquals(textId("bbc", "\u0644\u0627"), textId("\uFF22\uFF22\uFF23", "\uFEFB"));
    assertEquals(textId("fi", "x"), textId("\uFB01", "x"));
  }

  @Test
  void textWhitespaceRunsBecomeOneSpace() {
    assertEquals(textId("a b", "c d"), textId("a \t\n b", "c\u00A0\u2003d"));
  }

  @Test
  void textIsStripped() {
    assertEquals(textId("t", "b"), textId("  t\n", "\u3000b "));
  }

  @Test
  void textIsLowerCasedWithTheRootLocale() {
    String expected = textId("title", "istanbul");
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(expected, textId("TITLE", "ISTANBUL"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void titleAndBodyStaySeparate() {
    assertNotEquals(textId("ab", "c"), textId("a", "bc"));
  }

  @Test
  void nullTitleOrBodyCountsAsEmpty() throws Exception {
    assertEquals(textId("", "body"), textId(null, "body"));
    assertEquals("bbc:text-" + hex16("\n"), textId(null, null));
  }

  @Test
  void idsAreStableAcrossCalls() {
    assertEquals(textId("t", "b"), textId("t", "b"));
    assertTrue(textId("t", "b").matches("bbc:text-[0-9a-f]{16}"));
    assertTrue(urlId("https://bbc.com/a").matches("bbc:url-[0-9a-f]{16}"));
  }

  @Test
  void blankSourceIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> ArticleIds.of(" ", "1", null, "t", "b"));
    assertThrows(IllegalArgumentException.class, () -> ArticleIds.of(null, "1", null, "t", "b"));
  }

  // sourceOf

  @Test
  void sourceFieldIsStrippedAndLowerCased() {
    assertEquals("bbc", ArticleIds.sourceOf(" BBC ", null, "fallback"));
    assertEquals("skynews", ArticleIds.sourceOf("skynews", null, "fallback"));
  }

  @Test
  void sourceFieldIsLowerCasedWithTheRootLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("cnn international", ArticleIds.sourceOf("CNN INTERNATIONAL", null, "f"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  /** An outlet named "*" would be counted twice in every all-sources slice of the timelines. */
  @Test
  void aSourceFieldOfTheAllSourcesMarkerCountsAsBlank() {
    assertEquals(io.storylines.timeline.Slices.ALL, ArticleIds.ALL_SOURCES);
    assertEquals("bbc.com", ArticleIds.sourceOf(" * ", "https://www.bbc.com/a", "fallback"));
    assertEquals("fallback", ArticleIds.sourceOf("*", null, "fallback"));
    assertEquals("*bbc", ArticleIds.sourceOf("*BBC", null, "fallback"));
  }

  @Test
  void sourceFieldWinsOverTheUrl() {
    assertEquals("cnn", ArticleIds.sourceOf("CNN", "https://arabic.cnn.com/a", "fallback"));
  }

  @Test
  void blankSourceFieldFallsBackToTheUrlHostWithoutWww() {
    assertEquals("bbc.com", ArticleIds.sourceOf(" ", "https://WWW.BBC.com/arabic", "fallback"));
    assertEquals("arabic.cnn.com", ArticleIds.sourceOf(null, "https://arabic.cnn.com/a", "f"));
  }

  @Test
  void urlHostExcludesUserInfoAndPort() {
    assertEquals("sana.sy", ArticleIds.sourceOf(null, "http://me:pw@www.sana.sy:8080/?p=1", "f"));
    assertEquals("[::1]", ArticleIds.sourceOf(null, "http://[::1]:8080/a", "f"));
    assertEquals("trt.net.tr", ArticleIds.sourceOf(null, "//trt.net.tr#top", "f"));
  }

  @Test
  void noSourceFieldNorUrlHostGivesTheFallback() {
    assertEquals("ant", ArticleIds.sourceOf(null, null, "ant"));
    assertEquals("ant", ArticleIds.sourceOf("", "  ", "ant"));
    assertEquals("ant", ArticleIds.sourceOf(null, "bbc.com/news", "ant"));
    assertEquals("ant", ArticleIds.sourceOf(null, "https:///path", "ant"));
  }
}
