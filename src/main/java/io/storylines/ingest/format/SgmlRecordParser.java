package io.storylines.ingest.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the text of one {@code <DOC>} or {@code <REUTERS>} record into {@link TrecFields}. The
 * text is SGML, not XML: there is no root, {@code &} may stand alone, end tags may be missing. The
 * parser is lenient and never fails.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The record's own start tag gives the attributes: {@code NAME="v"}, {@code NAME='v'} or
 *       {@code NAME=v}, names upper-cased, the first of a repeated name kept.
 *   <li>A start tag is {@code <} and a letter; an end tag {@code </} and a letter; a tag ends at
 *       the next {@code >}. A {@code <} that does not begin a tag so ended is text. Comments
 *       ({@code <!-- -->}), declarations ({@code <!...>}) and processing instructions ({@code
 *       <?...>}) are dropped. Tag names ignore case.
 *   <li>Every element inside the record is a field named by its tag, nested ones too ({@code BODY}
 *       inside {@code TEXT}). Attributes of inner tags are not read. {@code <X/>} is an empty
 *       element.
 *   <li>An element's text is everything between its tags with the inner tags taken out; where a run
 *       of tags stood between two non-whitespace characters, a line break takes its place so that
 *       words of adjacent elements do not run together.
 *   <li>An end tag closes the latest open element of that name and the elements opened inside it;
 *       an end tag with no open element of its name is ignored. A start tag whose name is already
 *       open first closes that element (SGML's omitted end tags, as in {@code <P>a<P>b}).
 *   <li>The record's own end tag ends the record. Elements still open at the end of a complete
 *       record end there; for a record's head (a record cut short), they are dropped, so that no
 *       field holds a cut value.
 * </ul>
 */
final class SgmlRecordParser {

  private record OpenElement(String name, int start) {}

  private final String text;
  private final boolean complete;
  private final StringBuilder content = new StringBuilder();
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final Map<String, List<int[]>> elements = new LinkedHashMap<>();
  private final List<OpenElement> open = new ArrayList<>();
  private String recordName = "";
  private int position;
  private boolean tagSinceText;
  private boolean ended;

  private SgmlRecordParser(String text, boolean complete) {
    this.text = text;
    this.complete = complete;
  }

  /**
   * @param text the record, from its start tag
   * @param complete false when {@code text} is only the head of a record
   */
  static TrecFields parse(String text, boolean complete) {
    return new SgmlRecordParser(text, complete).parse();
  }

  private TrecFields parse() {
    readRecordTag();
    while (position < text.length() && !ended) {
      int lt = text.indexOf('<', position);
      if (lt < 0) {
        appendText(position, text.length());
        position = text.length();
      } else {
        appendText(position, lt);
        position = lt;
        if (!readMarkup()) {
          appendText(lt, lt + 1);
          position = lt + 1;
        }
      }
    }
    while (!open.isEmpty()) {
      OpenElement element = open.remove(open.size() - 1);
      if (complete) {
        elements.get(element.name()).add(new int[] {element.start(), content.length()});
      }
    }
    elements.values().removeIf(List::isEmpty);
    return new TrecFields(content.toString(), attributes, elements);
  }

  private void readRecordTag() {
    if (!text.startsWith("<") || nameEnd(1) == 1) {
      return;
    }
    int nameEnd = nameEnd(1);
    recordName = upper(text.substring(1, nameEnd));
    position = nameEnd;
    Map<String, String> found = new LinkedHashMap<>();
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '>') {
        position++;
        attributes.putAll(found);
        return;
      }
      if (c == '<') {
        break;
      }
      int end = attributeNameEnd(position);
      if (end == position) {
        position++;
        continue;
      }
      String name = upper(text.substring(position, end));
      position = skipSpaces(end);
      String value = "";
      if (position < text.length() && text.charAt(position) == '=') {
        value = readAttributeValue(skipSpaces(position + 1));
      }
      found.putIfAbsent(name, SgmlEntities.decode(value).trim());
    }
    // A start tag cut off by the end of a record's head may hold cut values: keep none.
    if (complete) {
      attributes.putAll(found);
    }
  }

  private String readAttributeValue(int from) {
    if (from >= text.length()) {
      position = from;
      return "";
    }
    char quote = text.charAt(from);
    if (quote == '"' || quote == '\'') {
      int close = text.indexOf(quote, from + 1);
      int end = close < 0 ? text.length() : close;
      position = close < 0 ? text.length() : close + 1;
      return text.substring(from + 1, end);
    }
    int end = from;
    while (end < text.length()
        && !Character.isWhitespace(text.charAt(end))
        && text.charAt(end) != '>'
        && text.charAt(end) != '<') {
      end++;
    }
    position = end;
    return text.substring(from, end);
  }

  /** Reads the tag, comment or declaration at {@code position}; false when there is none. */
  private boolean readMarkup() {
    int next = position + 1 < text.length() ? text.charAt(position + 1) : -1;
    if (next == '!' && text.startsWith("<!--", position)) {
      int close = text.indexOf("-->", position + 4);
      position = close < 0 ? text.length() : close + 3;
      return true;
    }
    if (next == '!' || next == '?') {
      int gt = tagEnd(position + 2);
      if (gt < 0) {
        return false;
      }
      position = gt + 1;
      return true;
    }
    boolean endTag = next == '/';
    int nameStart = position + (endTag ? 2 : 1);
    if (nameStart >= text.length() || !isAsciiLetter(text.charAt(nameStart))) {
      return false;
    }
    int nameEnd = nameEnd(nameStart);
    int gt = tagEnd(nameEnd);
    if (gt < 0) {
      return false;
    }
    String name = upper(text.substring(nameStart, nameEnd));
    boolean empty = !endTag && text.charAt(gt - 1) == '/';
    position = gt + 1;
    tagSinceText = true;
    if (endTag) {
      if (name.equals(recordName)) {
        ended = true;
      } else {
        close(name);
      }
    } else {
      close(name);
      elements.computeIfAbsent(name, key -> new ArrayList<>());
      if (empty) {
        elements.get(name).add(new int[] {content.length(), content.length()});
      } else {
        open.add(new OpenElement(name, content.length()));
      }
    }
    return true;
  }

  /** Closes the latest open element named {@code name}, and those opened inside it. */
  private void close(String name) {
    int index = open.size() - 1;
    while (index >= 0 && !open.get(index).name().equals(name)) {
      index--;
    }
    while (index >= 0 && open.size() > index) {
      OpenElement element = open.remove(open.size() - 1);
      elements.get(element.name()).add(new int[] {element.start(), content.length()});
    }
  }

  private void appendText(int from, int to) {
    if (from >= to) {
      return;
    }
    if (tagSinceText
        && content.length() > 0
        && !Character.isWhitespace(content.charAt(content.length() - 1))
        && !Character.isWhitespace(text.charAt(from))) {
      content.append('\n');
    }
    content.append(text, from, to);
    tagSinceText = false;
  }

  /**
   * The index of the {@code >} ending a tag whose name ends at {@code from}; -1 if a {@code <} or
   * the end comes first.
   */
  private int tagEnd(int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '>') {
        return i;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private int nameEnd(int from) {
    int end = from;
    while (end < text.length() && isNameChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private int attributeNameEnd(int from) {
    int end = from;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (Character.isWhitespace(c) || c == '=' || c == '>' || c == '<' || c == '/') {
        break;
      }
      end++;
    }
    return end;
  }

  private int skipSpaces(int from) {
    int end = from;
    while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  static boolean isAsciiLetter(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean isNameChar(int c) {
    return isAsciiLetter(c)
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == ':';
  }

  private static String upper(String name) {
    return name.toUpperCase(Locale.ROOT);
  }
}
