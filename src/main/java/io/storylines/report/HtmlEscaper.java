package io.storylines.report;

/**
 * Escapes any Java string for the report, which is HTML that is also well-formed XML (XHTML
 * syntax), so that a hostile title or name shows as text and the whole page parses with an XML
 * parser.
 *
 * <p>The rules, applied to each code point:
 *
 * <ul>
 *   <li>{@link #AMPERSAND}, {@link #LESS_THAN}, {@link #GREATER_THAN}, {@link #QUOTATION_MARK} and
 *       {@link #APOSTROPHE} become {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code
 *       &quot;} and {@code &#39;}, in text and attribute values alike, so one function is
 *       safe in both places. {@code &#39;} rather than {@code &apos;}, which HTML 4 lacks.
 *   <li>{@link #TAB}, {@link #LINE_FEED} and {@link #CARRIAGE_RETURN} become a {@link #SPACE}: a
 *       title is one line.
 *   <li>Other C0 controls (U+0000 to U+001F), the noncharacters U+FFFE and U+FFFF, and unpaired
 *       surrogates become {@link #REPLACEMENT_CHARACTER}: XML 1.0 cannot hold them, and UTF-8 cannot
 *       store a lone surrogate.
 *   <li>Everything else is kept: letters of any script (Arabic, Turkish {@code İ} and {@code ı}),
 *       combining marks, and supplementary code points such as emoji.
 * </ul>
 */
public final class HtmlEscaper {
  static final char AMPERSAND = '&';
  static final char LESS_THAN = '<';
  static final char GREATER_THAN = '>';
  static final char QUOTATION_MARK = '"';
  static final char APOSTROPHE = '\'';
  static final char TAB = '\t';
  static final char LINE_FEED = '\n';
  static final char CARRIAGE_RETURN = '\r';
  static final char SPACE = ' ';
  static final char REPLACEMENT_CHARACTER = '\uFFFD';

  private HtmlEscaper() {}

  /** {@code text} escaped by the rules above; {@code null} gives the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      switch (codePoint) {
        case AMPERSAND -> out.append("&amp;");
        case LESS_THAN -> out.append("&lt;");
        case GREATER_THAN -> out.append("&gt;");
        case QUOTATION_MARK -> out.append("&quot;");
        case APOSTROPHE -> out.append("&#39;");
        case TAB, LINE_FEED, CARRIAGE_RETURN -> out.append(SPACE);
        default -> out.appendCodePoint(cleaned(codePoint));
      }
    }
    return out.toString();
  }

  /** A code point XML 1.0 cannot hold becomes the replacement character; {@code codePointAt} returns a lone surrogate as itself. */
  private static int cleaned(int codePoint) {
    if (codePoint < 0x20
        || codePoint == 0xFFFE
        || codePoint == 0xFFFF
        || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
      return REPLACEMENT_CHARACTER;
    }
    return codePoint;
  }
}
