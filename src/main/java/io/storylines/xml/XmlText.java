package io.storylines.xml;

import java.util.regex.Pattern;

/**
 * Makes any Java string safe to write as XML 1.0 text or attribute value, so that a hostile label
 * cannot produce a network file that Gephi or networkx refuses to open, nor a report that does not
 * parse. Used by the GEXF and GraphML writers and by the HTML report. The JDK's {@link
 * javax.xml.stream.XMLStreamWriter} escapes {@code < > & "} but writes every other char as it is,
 * including chars that XML 1.0 forbids; and an unpaired surrogate, which UTF-8 cannot store, comes
 * out as garbage bytes.
 *
 * <p>The rules, applied to each code point:
 *
 * <ul>
 *   <li>{@link #TAB}, {@link #LINE_FEED} and {@link #CARRIAGE_RETURN} become a {@link #SPACE}: XML
 *       readers turn them into spaces in attribute values anyway (attribute-value normalization),
 *       so writing spaces gives the same label in GEXF (an attribute) and GraphML (element text).
 *   <li>Other C0 controls (U+0000 to U+001F), the noncharacters U+FFFE and U+FFFF, and unpaired
 *       surrogates become {@link #REPLACEMENT_CHARACTER}: XML 1.0 cannot hold them.
 *   <li>Everything else is kept: letters of any script, combining marks, supplementary code points
 *       such as emoji (a surrogate pair), and C1 controls, which XML 1.0 allows.
 * </ul>
 *
 * <p>Ids are not cleaned but checked: {@link #isNameToken} says whether a string is a safe XML name
 * token, which GraphML requires of node ids.
 */
public final class XmlText {
  public static final char TAB = '\t';
  public static final char LINE_FEED = '\n';
  public static final char CARRIAGE_RETURN = '\r';
  public static final char SPACE = ' ';
  public static final char REPLACEMENT_CHARACTER = '\uFFFD';

  private static final Pattern NAME_TOKEN = Pattern.compile("[A-Za-z0-9_.:-]+");

  private XmlText() {}

  /** {@code text} with the rules above applied; the same instance when nothing changes. */
  public static String clean(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder cleaned = new StringBuilder(text.length()).append(text, 0, first);
    int i = first;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      cleaned.appendCodePoint(replacement(codePoint));
      i += Character.charCount(codePoint);
    }
    return cleaned.toString();
  }

  /** The index of the first char that {@link #clean} changes, or -1 if it changes none. */
  private static int firstUnsafe(String text) {
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (replacement(codePoint) != codePoint) {
        return i;
      }
      i += Character.charCount(codePoint);
    }
    return -1;
  }

  /**
   * Whether {@code text} is one or more ASCII letters, digits, {@code _ - . :}: a name token
   * ({@code Nmtoken}) under every edition of XML 1.0, so that every reader and validator accepts it
   * where GraphML requires one. Gazetteer ids ({@code [a-z][a-z0-9_]*}) all are.
   */
  public static boolean isNameToken(String text) {
    return NAME_TOKEN.matcher(text).matches();
  }

  /** What one code point is written as; {@code codePointAt} returns a lone surrogate as itself. */
  private static int replacement(int codePoint) {
    if (codePoint == TAB || codePoint == LINE_FEED || codePoint == CARRIAGE_RETURN) {
      return SPACE;
    }
    if (codePoint < 0x20
        || codePoint == 0xFFFE
        || codePoint == 0xFFFF
        || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
      return REPLACEMENT_CHARACTER;
    }
    return codePoint;
  }
}
