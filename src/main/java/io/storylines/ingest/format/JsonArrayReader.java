package io.storylines.ingest.format;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a file that holds one top-level JSON array of objects, element by element, without holding
 * the array in memory.
 *
 * <p>The array's structure is followed here, character by character: the brackets, the strings
 * (with their escapes) and the commas between elements. Each element's text is then parsed on its
 * own by Jackson. Splitting first is what keeps memory bounded: Jackson's streaming parser reads a
 * whole string value into memory before it can be measured, so a single oversized body string could
 * not be skipped.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A file that is empty or only whitespace has no records.
 *   <li>Each element is exactly one record. Locator: {@code element N (line L)}, N counting
 *       elements from 1 and L the line where the element starts.
 *   <li>An element longer than {@link ReaderOptions#maxRecordChars()} is {@code too_large}; it is
 *       skipped while it is read, keeping its first {@link SourceRecord#RAW_LIMIT} characters.
 *   <li>An element holding bytes that are not valid in the file's encoding is {@code bad_encoding}.
 *   <li>An element that is not a JSON object ({@code 3}, {@code "x"}, {@code [..]}), or whose
 *       brackets balance but whose content is not valid JSON, is {@code malformed_record}; reading
 *       goes on with the next element.
 *   <li>When the array's structure breaks (the file does not start with {@code [}, it ends before
 *       the closing {@code ]}, a closing bracket does not match, two elements lack a comma between
 *       them, or nesting is deeper than {@value #MAX_DEPTH} levels), one final {@code
 *       malformed_record} covers the rest of the file, with the detail {@code array breaks at line
 *       L column C: ...}, and reading stops.
 *   <li>Anything but whitespace after the closing {@code ]} is one final {@code malformed_record}
 *       (locator {@code line L}).
 *   <li>Fields are looked up as described in {@link JsonFields}.
 * </ul>
 */
public final class JsonArrayReader extends StreamingRecordReader {

  static final int MAX_DEPTH = 1000;

  private final RecordText element;

  /** The brackets open inside the current element, innermost last. */
  private final StringBuilder openBrackets = new StringBuilder();

  private long elementCount;

  /** The line where the element being read starts; 0 between elements. */
  private long elementLine;

  private boolean opened;
  private boolean finished;

  public JsonArrayReader(InputStream in, ReaderOptions options) {
    super(new TrackingDecoder(in, options.charset()), options);
    this.element = new RecordText(options.maxRecordChars());
  }

  @Override
  SourceRecord readRecord() throws IOException {
    if (finished) {
      return null;
    }
    element.clear();
    skipWhitespace();
    int c = cursor.peek(0);
    if (!opened) {
      if (c < 0) {
        finished = true;
        return null;
      }
      if (c != '[') {
        return arrayBreaks("expected '[' to open the array but found " + describe(c));
      }
      cursor.read();
      opened = true;
      skipWhitespace();
      if (cursor.peek(0) == ']') {
        cursor.read();
        return afterArray();
      }
    } else {
      if (c == ']') {
        cursor.read();
        return afterArray();
      }
      if (c != ',') {
        return arrayBreaks(
            c < 0
                ? "input ends before the closing ']'"
                : "expected ',' or ']' after element "
                    + elementCount
                    + " but found "
                    + describe(c));
      }
      cursor.read();
      skipWhitespace();
    }
    return readElement();
  }

  @Override
  SourceRecord unreadable(IOException error) {
    if (elementLine > 0) {
      return unreadableRecord(locator(elementCount, elementLine), element.head(), error);
    }
    return unreadableRecord(locator(elementCount + 1, cursor.line()), "", error);
  }

  private SourceRecord readElement() throws IOException {
    int c = cursor.peek(0);
    if (c < 0) {
      return arrayBreaks("input ends before the closing ']'");
    }
    if (c == ']' || c == ',' || c == '}' || c == ':') {
      return arrayBreaks("expected an element but found " + describe(c));
    }
    elementCount++;
    elementLine = cursor.line();
    long column = cursor.column();
    long start = cursor.offset();
    String locator = locator(elementCount, elementLine);
    String problem;
    if (c == '{' || c == '[') {
      problem = scanNested();
    } else if (c == '"') {
      append(cursor.read());
      problem = scanStringBody();
    } else {
      scanScalar();
      problem = null;
    }
    if (problem != null) {
      return finalFailure(locator, element.head(), arrayBreaksAt(problem));
    }
    SourceRecord record = toRecord(locator, start, cursor.offset(), column);
    elementLine = 0;
    cursor.forgetMalformedInput();
    return record;
  }

  private SourceRecord toRecord(String locator, long start, long end, long column) {
    if (element.isTooLarge()) {
      return tooLarge(locator, "element", element);
    }
    String text = element.text();
    SourceRecord badEncoding = badEncodingOrNull(locator, text, start, end);
    if (badEncoding != null) {
      return badEncoding;
    }
    return JsonObjects.toRecord(locator, text, elementLine, column);
  }

  /** Reads an object or array up to its matching closing bracket; returns a problem or null. */
  private String scanNested() throws IOException {
    openBrackets.setLength(0);
    do {
      int c = cursor.peek(0);
      if (c < 0) {
        return "input ends inside element " + elementCount;
      }
      if (c == '}' || c == ']') {
        int innermost = openBrackets.length() - 1;
        char opener = openBrackets.charAt(innermost);
        if (c != (opener == '{' ? '}' : ']')) {
          return describe(c) + " does not close '" + opener + "'";
        }
        openBrackets.setLength(innermost);
        append(cursor.read());
      } else if (c == '{' || c == '[') {
        if (openBrackets.length() == MAX_DEPTH) {
          return "element " + elementCount + " nests deeper than " + MAX_DEPTH + " levels";
        }
        openBrackets.append((char) c);
        append(cursor.read());
      } else if (c == '"') {
        append(cursor.read());
        String problem = scanStringBody();
        if (problem != null) {
          return problem;
        }
      } else {
        append(cursor.read());
      }
    } while (openBrackets.length() > 0);
    return null;
  }

  /** Reads a string after its opening quote, up to its closing quote; returns a problem or null. */
  private String scanStringBody() throws IOException {
    while (true) {
      int c = cursor.read();
      if (c < 0) {
        return "input ends inside a string in element " + elementCount;
      }
      append(c);
      if (c == '"') {
        return null;
      }
      if (c == '\\') {
        int escaped = cursor.read();
        if (escaped < 0) {
          return "input ends inside a string in element " + elementCount;
        }
        append(escaped);
      }
    }
  }

  /** Reads a number or literal (or stray text) up to whitespace or a structural character. */
  private void scanScalar() throws IOException {
    while (true) {
      int c = cursor.peek(0);
      if (c < 0 || isWhitespace(c) || "{}[],:\"".indexOf(c) >= 0) {
        return;
      }
      append(cursor.read());
    }
  }

  private void append(int c) {
    element.append((char) c);
    if (element.isSkippingAt(FORGET_INTERVAL)) {
      cursor.forgetMalformedInput();
    }
  }

  private SourceRecord afterArray() throws IOException {
    skipWhitespace();
    if (cursor.peek(0) < 0) {
      finished = true;
      return null;
    }
    String detail =
        "content after the end of the array at line "
            + cursor.line()
            + " column "
            + cursor.column();
    return finalFailure("line " + cursor.line(), restHead(), detail);
  }

  /** The final record when the structure breaks between elements. */
  private SourceRecord arrayBreaks(String problem) throws IOException {
    String detail = arrayBreaksAt(problem);
    return finalFailure(locator(elementCount + 1, cursor.line()), restHead(), detail);
  }

  private String arrayBreaksAt(String problem) {
    return "array breaks at line " + cursor.line() + " column " + cursor.column() + ": " + problem;
  }

  private SourceRecord finalFailure(String locator, String raw, String detail) {
    finished = true;
    elementLine = 0;
    return SourceRecord.failed(locator, raw, RejectReason.MALFORMED_RECORD, detail);
  }

  /** Up to {@link SourceRecord#RAW_LIMIT} characters from here, to show where the array broke. */
  private String restHead() throws IOException {
    StringBuilder rest = new StringBuilder();
    int c;
    while (rest.length() < SourceRecord.RAW_LIMIT && (c = cursor.read()) >= 0) {
      rest.append((char) c);
    }
    return rest.toString();
  }

  private void skipWhitespace() throws IOException {
    while (isWhitespace(cursor.peek(0))) {
      cursor.read();
    }
  }

  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static String locator(long element, long line) {
    return "element " + element + " (line " + line + ")";
  }

  static String describe(int c) {
    if (c < 0) {
      return "the end of the input";
    }
    if (c > ' ' && c < 0x7F) {
      return "'" + (char) c + "'";
    }
    return String.format("U+%04X", c);
  }
}
