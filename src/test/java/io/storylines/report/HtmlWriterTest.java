package io.storylines.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {

  @Test
  void textAndAttributeValuesAreEscaped() {
    String html = new HtmlWriter().element("td", "<b>&", "title", "\"x\" 'y'").finish();
    assertEquals("<td title=\"&quot;x&quot; &#39;y&#39;\">&lt;b&gt;&amp;</td>", html);
  }

  @Test
  void aNullAttributeIsLeftOut() {
    assertEquals("<bdi>a</bdi>", new HtmlWriter().element("bdi", "a", "title", null).finish());
  }

  @Test
  void onlyVoidElementsAndShapesAreWrittenEmpty() {
    assertEquals("<rect x=\"1\"/>\n", new HtmlWriter().empty("rect", "x", "1").finish());
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().empty("div"));
  }

  @Test
  void elementsMustCloseInOrder() {
    HtmlWriter html = new HtmlWriter().start("p").start("bdi");
    assertThrows(IllegalStateException.class, () -> html.end("p"));
    assertThrows(IllegalStateException.class, () -> new HtmlWriter().start("p").finish());
  }

  @Test
  void namesAreCheckedSoNoMarkupHidesInThem() {
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().start("p onclick=x"));
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().element("p", "", "a\"b", "c"));
  }

  @Test
  void theStyleSheetCannotCloseItsElement() {
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().styleSheet("</style><script>"));
  }
}
