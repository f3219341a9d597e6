package io.storylines.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The markup rules of {@link TextNormalizer}: character references are decoded in all text, and
 * markup is dropped from text that is HTML.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li><em>References</em>, in any text: {@code &name;} for the names in {@link NormHtmlEntities}
 *       and {@code &#N;} / {@code &#xH;} (decimal or hex digits, at most 16) become their
 *       character. The {@code ;} is required: {@code AT&T} and {@code &copy 2024} stay as they are.
 *       A reference that decodes to {@code &} and is followed by the rest of a reference is decoded
 *       again, so double-escaped text ({@code &amp;lt;}) gives {@code <}. The decoded character
 *       maps to the whole reference.
 *   <li><em>HTML</em>: the decoded text is HTML when it contains a <em>known tag</em>: {@code <} or
 *       {@code </}, a tag name of HTML ({@code p br div img a b i span h1 li td script ...}, any
 *       case), then whitespace, {@code /} or {@code >}, with a {@code >} somewhere after it.
 *       Escaped tags count: a feed that escapes its HTML ({@code &lt;p&gt;}) is HTML too, and so
 *       the output never holds markup that a second normalization would drop.
 *   <li><em>Markup</em>, only in HTML: a tag ({@code <} or {@code </}, an ASCII letter, anything up
 *       to the next {@code >}), a comment ({@code <!--} to {@code -->}) and a declaration or
 *       processing instruction ({@code <!} or {@code <?} to the next {@code >}) are dropped; so is
 *       everything from {@code <script} or {@code <style} to its closing tag. A {@code <} that
 *       starts none of these, or has no end, is text. What a dropped tag leaves is by its name:
 *       {@code br li tr dt dd option} leave a line break; block tags ({@code p div h1..h6
 *       blockquote pre table ul ol dl section article header footer nav aside main figure
 *       figcaption hr title address form ...}) leave a paragraph break (two line breaks); {@code td
 *       th} leave a space; every other tag, comment or declaration leaves nothing. What a tag
 *       leaves maps to the whole tag.
 *   <li><em>Read-more links</em>, only in HTML: a link ({@code <a ...>}) whose text, up to the next
 *       tag, is one of a feed's "read more" phrases ({@link #READ_MORE}: {@code Read more},
 *       {@code Devamı için tıklayınız}, {@code اقرأ المزيد}...; compared without case, dotted or
 *       dotless i, surrounding spaces, or trailing dots, ellipses, colons and arrows) is dropped
 *       with that text, which is boilerplate and not part of the story. Any other link keeps its
 *       text.
 * </ol>
 *
 * <p>Raw line breaks in HTML are kept rather than folded to spaces as a browser would: many feeds
 * mix plain-text paragraphs with inline tags, and {@link TextNormalizer} folds runs of breaks
 * anyway.
 */
public final class HtmlText {

  /** What a dropped tag leaves in the text. */
  private enum Tag {
    INLINE(""),
    CELL(" "),
    LINE("\n"),
    BLOCK("\n\n"),
    HIDDEN("");

    final String leaves;

    Tag(String leaves) {
      this.leaves = leaves;
    }
  }

  private static final int MAX_DIGITS = 16;
  private static final int MAX_TAG_NAME_LENGTH = 10;

  private static final Map<String, Tag> KNOWN_TAGS = knownTags();

  /**
   * The text of links that lead to the rest of a story, in English, Turkish and Arabic, as {@link
   * #readMoreKey} writes them.
   */
  static final java.util.Set<String> READ_MORE =
      java.util.Set.of(
          "read more", "more", "read the full story", "read full story", "full story",
          "read the full article", "read full article", "continue reading", "click here",
          "click here for more", "click here to read more", "devamı", "devamı için tıklayınız",
          "devamı için tıklayın", "devamı için tıkla", "devamını oku", "devamını okumak için tıklayınız",
          "devamını okumak için tıklayın", "haberin devamı", "haberin devamı için tıklayınız",
          "haberin devamı için tıklayın", "tıklayınız", "tıklayın", "detaylar için tıklayınız",
          "detaylar için tıklayın", "اقرا المزيد", "المزيد", "للمزيد", "التفاصيل", "اقرا التفاصيل",
          "تابع القراءة", "اقرا المقال كاملا", "اقرا الخبر كاملا", "التفاصيل كاملة")
          .stream()
          .map(HtmlText::readMoreKey)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private HtmlText() {}

  /** Whether the text contains a known tag: the HTML test of rule 2, without decoding first. */
  public static boolean looksLikeHtml(CharSequence text) {
    Scanner scanner = new Scanner(text);
    for (int i = scanner.next('<', 0); i < text.length(); i = scanner.next('<', i + 1)) {
      if (knownTagAt(text, i) != null && scanner.next('>', i) < text.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with the rules applied and nothing else (no letter folding, no whitespace rule);
   * null stays null. For language detection, which must see the words, not the tags, but before
   * the display rules fold Persian letters into Arabic ones.
   */
  static String plainText(String text) {
    return text == null || isPlainText(text) ? text : toText(NormChars.of(text)).toString();
  }

  /** Applies the rules; returns {@code in} itself when they change nothing. */
  static NormChars toText(NormChars in) {
    NormChars decoded = decodeReferences(in);
    return looksLikeHtml(decoded) ? dropMarkup(decoded) : decoded;
  }

  /** Whether {@link #toText(NormChars)} would leave the text as it is. */
  static boolean isPlainText(CharSequence text) {
    Scanner scanner = new Scanner(text);
    for (int i = scanner.next('&', 0); i < text.length(); i = scanner.next('&', i + 1)) {
      if (referenceAt(text, i + 1) != null) {
        return false;
      }
    }
    return !looksLikeHtml(text);
  }

  /** Rule 1; returns {@code in} itself when it has no reference. */
  private static NormChars decodeReferences(NormChars in) {
    Scanner scanner = new Scanner(in);
    int length = in.length();
    NormChars.Builder out = null;
    int copied = 0;
    for (int amp = scanner.next('&', 0); amp < length; amp = scanner.next('&', amp + 1)) {
      Reference reference = referenceAt(in, amp + 1);
      if (reference == null) {
        continue;
      }
      while (reference.codePoint == '&') {
        Reference again = referenceAt(in, reference.end);
        if (again == null) {
          break;
        }
        reference = again;
      }
      if (out == null) {
        out = new NormChars.Builder(length);
      }
      out.appendAll(in, copied, amp);
      out.appendCodePoint(reference.codePoint, in.startOf(amp), in.endOf(reference.end - 1));
      copied = reference.end;
      amp = reference.end - 1;
    }
    if (out == null) {
      return in;
    }
    out.appendAll(in, copied, length);
    return out.build();
  }

  /**
   * {@code text} with the markup that rule 3 drops (tags, comments, declarations, and the content
   * of {@code script} and {@code style}) overwritten, so that every offset stays the original's: a
   * tag that leaves a break or a space starts with the first char of it, and every other char of
   * the markup becomes a space. Escaped markup ({@code &lt;img ...&gt;}) is overwritten too, references and all.
   * Character references elsewhere stay as they are; text that is not HTML is returned as it is.
   * For code that reads the original text by offsets, such as name discovery.
   */
  public static String maskMarkup(String text) {
    NormChars decoded = decodeReferences(NormChars.of(text));
    if (!looksLikeHtml(decoded)) {
      return text;
    }
    char[] masked = text.toCharArray();
    dropMarkup(
        decoded,
        (start, end, tag) -> {
          Arrays.fill(masked, start, end, ' ');
          if (!tag.leaves.isEmpty()) {
            masked[start] = tag.leaves.charAt(0);
          }
        });
    return new String(masked);
  }

  /** Where {@link #dropMarkup} found markup: original chars {@code [start, end)}. */
  private interface MarkupSink {
    void markup(int start, int end, Tag tag);
  }

  /** Rule 3, on text that is HTML. */
  private static NormChars dropMarkup(NormChars in) {
    return dropMarkup(in, (start, end, tag) -> {});
  }

  private static NormChars dropMarkup(NormChars in, MarkupSink sink) {
    Scanner scanner = new Scanner(in);
    int length = in.length();
    NormChars.Builder out = new NormChars.Builder(length);
    int copied = 0;
    for (int lt = scanner.next('<', 0); lt < length; lt = scanner.next('<', lt + 1)) {
      int end = markupEnd(in, scanner, lt);
      if (end < 0) {
        continue;
      }
      out.appendAll(in, copied, lt);
      Tag tag = tagAt(in, lt);
      int start = in.startOf(lt);
      int tagEnd = in.endOf(end - 1);
      for (int k = 0; k < tag.leaves.length(); k++) {
        out.append(tag.leaves.charAt(k), start, tagEnd);
      }
      if (tag == Tag.HIDDEN && in.charAt(lt + 1) != '/' && in.charAt(end - 2) != '/') {
        end = hiddenContentEnd(in, scanner, lt, end);
      } else if (isLinkOpening(in, lt)) {
        end = readMoreEnd(in, scanner, end);
      }
      sink.markup(start, in.endOf(end - 1), tag);
      copied = end;
      lt = end - 1;
    }
    out.appendAll(in, copied, length);
    return out.build();
  }

  /** Whether the markup at {@code lt} opens a link: {@code <a} then a space or {@code >}. */
  private static boolean isLinkOpening(CharSequence text, int lt) {
    return lt + 2 < text.length()
        && (text.charAt(lt + 1) == 'a' || text.charAt(lt + 1) == 'A')
        && (text.charAt(lt + 2) == '>' || Character.isWhitespace(text.charAt(lt + 2)));
  }

  /**
   * Rule 4: the end (exclusive) of the read-more text that follows the link tag ending at {@code
   * end}, or {@code end} when the link's text is something else or no tag follows it.
   */
  private static int readMoreEnd(CharSequence text, Scanner scanner, int end) {
    int next = scanner.next('<', end);
    if (next >= text.length() || next - end > MAX_READ_MORE_CHARS) {
      return end;
    }
    return READ_MORE.contains(readMoreKey(text.subSequence(end, next))) ? next : end;
  }

  private static final int MAX_READ_MORE_CHARS = 80;

  /**
   * A link's text as {@link #READ_MORE} holds it: folded by {@link LookupKeys} (case, i, alef), one
   * space between words, and no leading or trailing spaces, dots, ellipses, colons, arrows or
   * guillemets.
   */
  static String readMoreKey(CharSequence linkText) {
    StringBuilder key = new StringBuilder(linkText.length());
    boolean space = false;
    for (int i = 0; i < linkText.length(); i++) {
      char c = linkText.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = key.length() > 0;
        continue;
      }
      if (space) {
        key.append(' ');
        space = false;
      }
      LookupKeys.appendFolded(key, c);
    }
    int from = 0;
    int to = key.length();
    while (from < to && TRIM.indexOf(key.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && TRIM.indexOf(key.charAt(to - 1)) >= 0) {
      to--;
    }
    return key.substring(from, to).strip();
  }

  private static final String TRIM = ".…:»«›‹>→←-– ";

  /** The end (exclusive) of the comment, declaration or tag at {@code lt}; -1 if there is none. */
  private static int markupEnd(CharSequence text, Scanner scanner, int lt) {
    int length = text.length();
    if (lt + 1 >= length) {
      return -1;
    }
    char next = text.charAt(lt + 1);
    if (next == '!' && startsWith(text, lt, "<!--")) {
      int close = scanner.nextCommentClose(lt + 4);
      return close < length ? close + 3 : -1;
    }
    boolean markup =
        next == '!'
            || next == '?'
            || isAsciiLetter(next)
            || (next == '/' && lt + 2 < length && isAsciiLetter(text.charAt(lt + 2)));
    if (!markup) {
      return -1;
    }
    int gt = scanner.next('>', lt + 1);
    return gt < length ? gt + 1 : -1;
  }

  /** The end (exclusive) of the closing tag of the script or style opened by [lt, end). */
  private static int hiddenContentEnd(CharSequence text, Scanner scanner, int lt, int end) {
    String name = tagName(text, lt + 1);
    int close = scanner.nextClosingTag(name, end);
    if (close >= text.length()) {
      return end;
    }
    int gt = scanner.next('>', close);
    return gt < text.length() ? gt + 1 : end;
  }

  /** What the markup at {@code lt} leaves; comments and declarations are inline. */
  private static Tag tagAt(CharSequence text, int lt) {
    Tag tag = knownTagAt(text, lt);
    return tag == null ? Tag.INLINE : tag;
  }

  /** The known tag starting at {@code lt}, or null. */
  private static Tag knownTagAt(CharSequence text, int lt) {
    int nameStart = lt + 1;
    if (nameStart < text.length() && text.charAt(nameStart) == '/') {
      nameStart++;
    }
    String name = tagName(text, nameStart);
    int after = nameStart + name.length();
    if (name.isEmpty() || after >= text.length()) {
      return null;
    }
    char delimiter = text.charAt(after);
    if (delimiter != '>' && delimiter != '/' && !Character.isWhitespace(delimiter)) {
      return null;
    }
    return KNOWN_TAGS.get(name.toLowerCase(Locale.ROOT));
  }

  /** The ASCII letters and digits at {@code from}, at most one longer than any known name. */
  private static String tagName(CharSequence text, int from) {
    int end = from;
    while (end < text.length()
        && end - from <= MAX_TAG_NAME_LENGTH
        && isAsciiLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.subSequence(from, end).toString();
  }

  /** A decoded reference: its code point, and the end (exclusive) of its text. */
  private record Reference(int codePoint, int end) {}

  /** The reference whose text after the {@code &} starts at {@code from}, or null. */
  private static Reference referenceAt(CharSequence text, int from) {
    int length = text.length();
    if (from >= length) {
      return null;
    }
    if (text.charAt(from) == '#') {
      return numericReferenceAt(text, from + 1);
    }
    int end = from;
    while (end < length
        && end - from <= NormHtmlEntities.MAX_NAME_LENGTH
        && isAsciiLetterOrDigit(text.charAt(end))) {
      end++;
    }
    if (end == from || end >= length || text.charAt(end) != ';') {
      return null;
    }
    int codePoint = NormHtmlEntities.named(text.subSequence(from, end).toString());
    return codePoint < 0 ? null : new Reference(codePoint, end + 1);
  }

  private static Reference numericReferenceAt(CharSequence text, int from) {
    int length = text.length();
    boolean hex = from < length && (text.charAt(from) == 'x' || text.charAt(from) == 'X');
    int digitsStart = hex ? from + 1 : from;
    int radix = hex ? 16 : 10;
    int end = digitsStart;
    long value = 0;
    while (end < length && end - digitsStart < MAX_DIGITS) {
      char c = text.charAt(end);
      // ASCII digits only: Character.digit would also accept Arabic-Indic and full-width digits.
      int digit = c < 0x80 ? Character.digit(c, radix) : -1;
      if (digit < 0) {
        break;
      }
      value = Math.min(value * radix + digit, Character.MAX_CODE_POINT + 1L);
      end++;
    }
    if (end == digitsStart || end >= length || text.charAt(end) != ';') {
      return null;
    }
    return new Reference(NormHtmlEntities.numeric((int) value), end + 1);
  }

  private static boolean startsWith(CharSequence text, int from, String prefix) {
    if (from + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(from + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  private static Map<String, Tag> knownTags() {
    Map<String, Tag> tags = new HashMap<>();
    put(tags, Tag.LINE, "br dd dt li option tr");
    put(tags, Tag.CELL, "td th");
    put(tags, Tag.HIDDEN, "script style");
    put(
        tags,
        Tag.BLOCK,
        "address article aside blockquote body caption center details dialog dir div dl"
            + " fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr"
            + " html legend main menu nav ol p pre section summary table tbody tfoot thead title"
            + " ul");
    put(
        tags,
        Tag.INLINE,
        "a abbr acronym area audio b base bdi bdo big button canvas cite code col colgroup"
            + " data datalist del dfn em embed font i iframe img input ins kbd label link map"
            + " mark meta meter nobr noscript object output param picture progress q rp rt ruby"
            + " s samp select small source span strike strong sub sup svg textarea time tt u var"
            + " video wbr");
    return Map.copyOf(tags);
  }

  private static void put(Map<String, Tag> tags, Tag tag, String names) {
    for (String name : names.split(" ")) {
      tags.put(name, tag);
    }
  }

  /**
   * Finds the next occurrence of a char or closing sequence, remembering the answer so that a
   * left-to-right scan costs linear time even where a search comes back empty again and again. Each
   * search of a kind must start at or after where the last search of that kind started.
   */
  private static final class Scanner {

    private final CharSequence text;
    private int nextLessThan = -1;
    private int nextGreaterThan = -1;
    private int nextAmpersand = -1;
    private int nextCommentClose = -1;
    private Map<String, Integer> nextClosingTag;

    Scanner(CharSequence text) {
      this.text = text;
    }

    /**
     * The first index at or after {@code from} holding {@code c}: one of {@code < > &}; or length.
     */
    int next(char c, int from) {
      int found = c == '<' ? nextLessThan : c == '>' ? nextGreaterThan : nextAmpersand;
      if (found < from) {
        found = from;
        while (found < text.length() && text.charAt(found) != c) {
          found++;
        }
        if (c == '<') {
          nextLessThan = found;
        } else if (c == '>') {
          nextGreaterThan = found;
        } else {
          nextAmpersand = found;
        }
      }
      return found;
    }

    /** The first {@code -->} at or after {@code from}; or length. */
    int nextCommentClose(int from) {
      if (nextCommentClose < from) {
        int found = from;
        while (found < text.length() && !startsWith(text, found, "-->")) {
          found++;
        }
        nextCommentClose = found;
      }
      return nextCommentClose;
    }

    /** The first {@code </name} (any case) at or after {@code from}; or length. */
    int nextClosingTag(String name, int from) {
      String key = name.toLowerCase(Locale.ROOT);
      if (nextClosingTag == null) {
        nextClosingTag = new HashMap<>();
      }
      Integer known = nextClosingTag.get(key);
      if (known == null || known < from) {
        int found = from;
        while (found < text.length() && !closingTagAt(found, key)) {
          found++;
        }
        known = found;
        nextClosingTag.put(key, known);
      }
      return known;
    }

    private boolean closingTagAt(int at, String lowerName) {
      if (at + 2 + lowerName.length() > text.length()
          || text.charAt(at) != '<'
          || text.charAt(at + 1) != '/') {
        return false;
      }
      for (int k = 0; k < lowerName.length(); k++) {
        if (Character.toLowerCase(text.charAt(at + 2 + k)) != lowerName.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }
}
