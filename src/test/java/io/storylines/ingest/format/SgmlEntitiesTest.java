package io.storylines.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SgmlEntitiesTest {

  @Test
  void namedEntitiesAreDecoded() {
    assertEquals(
        "<a> & \"b\" 'c'", SgmlEntities.decode("&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;"));
  }

  @Test
  void decimalReferenceIsDecoded() {
    assertEquals("\u0003 é", SgmlEntities.decode("&#3; &#233;"));
  }

  @Test
  void hexReferenceIsDecoded() {
    assertEquals("é ش", SgmlEntities.decode("&#xE9; &#X634;"));
  }

  @Test
  void unknownEntityIsLeftAsIs() {
    assertEquals("&nbsp; &copy;", SgmlEntities.decode("&nbsp; &copy;"));
  }

  @Test
  void bareAmpersandIsLeftAsIs() {
    assertEquals("AT&T & co; x=1&y=2", SgmlEntities.decode("AT&T & co; x=1&y=2"));
  }

  @Test
  void invalidCodePointIsLeftAsIs() {
    assertEquals(
        "&#xD800; &#99999999; &#x110000; &#;",
        SgmlEntities.decode("&#xD800; &#99999999; &#x110000; &#;"));
  }

  @Test
  void nonAsciiDigitsAreNotAReference() {
    assertEquals("&#٣;", SgmlEntities.decode("&#٣;"));
  }

  @Test
  void decodingIsOnePass() {
    assertEquals("&lt;", SgmlEntities.decode("&amp;lt;"));
  }
}
