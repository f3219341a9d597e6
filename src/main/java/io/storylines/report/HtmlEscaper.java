package io.storylines.report;

import io.storylines.xml.XmlText;

/**
 * Escapes any Java string for the report, which is HTML that is also well-formed XML (XHTML
 * syntax), so that a hostile title or name shows as text and the whole page parses with an XML
 * parser.
 *
 * <p>First the text is made safe for XML 1.0 by {@link XmlText#clean}: tabs and line breaks become
 * spaces (a title is one line), and the characters XML 1.0 cannot hold (other C0 controls, U+FFFE,
 * U+FFFF, unpaired surrogates) become U+FFFD; letters of any script (Arabic, Turkish {@code İ} and
 * {@code ı}), combining marks and emoji are kept. Then {@link #AMPERSAND}, {@link #LESS_THAN},
 * {@link #GREATER_THAN}, {@link #QUOTATION_MARK} and {@link #APOSTROPHE} become {@code &amp;},
 * {@code &lt;}, {@code &gt;}, {@code &quot;} and {@code &#39;}, in text and attribute values
 * alike, so one function is safe in both places ({@code &#39;} rather than {@code &apos;}, which
 * HTML 4 lacks).
 */
public final class HtmlEscaper {
  static final char AMPERSAND = '&';
  static final char LESS_THAN = '<';
  static final char GREATER_THAN = '>';
  static final char QUOTATION_MARK = '"';
  static final char APOSTROPHE = '\'';

  private HtmlEscaper() {}

  /** {@code text} escaped by the rules above; {@code null} gives the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    String clean = XmlText.clean(text);
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case AMPERSAND -> out.append("&amp;");
        case LESS_THAN -> out.append("&lt;");
        case GREATER_THAN -> out.append("&gt;");
        case QUOTATION_MARK -> out.append("&quot;");
        case APOSTROPHE -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
