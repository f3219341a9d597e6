package io.storylines.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes HTML in XHTML syntax, so that the report is both an HTML page and a well-formed XML
 * document: every element is closed, attribute values are quoted, and all text and attribute values
 * go through {@link HtmlEscaper#escape}. There is no way to write unescaped text except {@link
 * #styleSheet}, which takes the report's own constant CSS.
 *
 * <p>Only the void HTML elements and SVG shapes may be written empty ({@code <br/>}, {@code
 * <rect/>}): an HTML parser reads {@code <div/>} as an open tag, so other elements always get an
 * end tag. Block elements end with a line feed, so the file reads and diffs line by line.
 */
public final class HtmlWriter {
  private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9-]*(:[a-z][a-zA-Z0-9-]*)?");
  private static final Set<String> EMPTY_ALLOWED =
      Set.of("meta", "link", "br", "rect", "line", "polyline", "circle", "path");
  private static final Set<String> LINE_AFTER =
      Set.of(
          "html", "head", "body", "header", "footer", "nav", "main", "section", "h1", "h2", "h3",
          "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "dl", "div", "figure",
          "figcaption", "meta", "link", "title", "style", "svg", "g", "rect", "line", "polyline",
          "circle", "text", "desc");
  private static final Set<String> LINE_AFTER_START =
      Set.of(
          "html", "head", "body", "header", "footer", "nav", "main", "section", "ul", "ol", "table",
          "thead", "tbody", "tr", "dl", "div", "figure", "svg", "g");

  private final StringBuilder out = new StringBuilder(16 * 1024);
  private final Deque<String> open = new ArrayDeque<>();

  /** Starts an element; {@code attributes} are name, value pairs, a null value leaves it out. */
  public HtmlWriter start(String tag, String... attributes) {
    out.append('<').append(name(tag));
    attributes(attributes);
    out.append('>');
    if (LINE_AFTER_START.contains(tag)) {
      out.append('\n');
    }
    open.push(tag);
    return this;
  }

  /** Ends the innermost open element, which must be {@code tag}. */
  public HtmlWriter end(String tag) {
    String innermost = open.poll();
    if (!tag.equals(innermost)) {
      throw new IllegalStateException("end of <" + tag + "> while <" + innermost + "> is open");
    }
    out.append("</").append(tag).append('>');
    if (LINE_AFTER.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /** Escaped text. */
  public HtmlWriter text(String text) {
    out.append(HtmlEscaper.escape(text));
    return this;
  }

  /** An element holding only escaped text. */
  public HtmlWriter element(String tag, String text, String... attributes) {
    out.append('<').append(name(tag));
    attributes(attributes);
    out.append('>').append(HtmlEscaper.escape(text)).append("</").append(tag).append('>');
    if (LINE_AFTER.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /** An empty element, written {@code <tag .../>}: only void HTML elements and SVG shapes. */
  public HtmlWriter empty(String tag, String... attributes) {
    if (!EMPTY_ALLOWED.contains(tag)) {
      throw new IllegalArgumentException("<" + tag + "/> is not allowed: HTML reads it as an open tag");
    }
    out.append('<').append(name(tag));
    attributes(attributes);
    out.append("/>");
    if (LINE_AFTER.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /** A {@code <style>} element with the report's constant CSS, which must hold no {@code <} or {@code &}. */
  HtmlWriter styleSheet(String css) {
    if (css.indexOf('<') >= 0 || css.indexOf('&') >= 0) {
      throw new IllegalArgumentException("the style sheet must not contain < or &");
    }
    out.append("<style>\n").append(css).append("</style>\n");
    return this;
  }

  /** A raw document prologue such as {@code <!DOCTYPE html>}; only before the first element. */
  HtmlWriter doctype() {
    if (out.length() > 0) {
      throw new IllegalStateException("the doctype comes first");
    }
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /** The document; every element must be closed. */
  public String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("elements still open: " + open);
    }
    return out.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(name(attributes[i])).append("=\"")
            .append(HtmlEscaper.escape(attributes[i + 1])).append('"');
      }
    }
  }

  private static String name(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an element or attribute name: '" + name + "'");
    }
    return name;
  }
}
