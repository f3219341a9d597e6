package io.storylines.ingest.format;

import java.io.IOException;

/**
 * Splits CSV text into rows without parsing their cells, so that a row can be measured, and skipped
 * when too large, before commons-csv sees it.
 *
 * <p>Rules, which follow commons-csv's RFC 4180 lexer so that both agree on where a row ends:
 *
 * <ul>
 *   <li>A row ends at {@code \n}, {@code \r\n} or {@code \r} outside quotes; the line end is not
 *       part of the row's text. An empty line is not a row.
 *   <li>A quote ({@code "}) opens a quoted field only at the start of a field: at the start of the
 *       row or just after a delimiter. Inside quotes, {@code ""} is an escaped quote and a lone
 *       {@code "} closes the field; line ends inside quotes belong to the field.
 *   <li>A quote anywhere else is an ordinary character (commons-csv then decides whether the row is
 *       valid).
 *   <li>A row whose quote is still open at the end of the input is reported as {@link
 *       Row#unclosedQuoteLine()}; it holds the rest of the file.
 *   <li>A row longer than the record limit is kept only in part (see {@link RecordText}).
 * </ul>
 */
final class CsvRowSplitter {

  static final char QUOTE = '"';

  /** One row: where it is, and its text. */
  record Row(long line, long startOffset, long endOffset, long unclosedQuoteLine) {
    boolean hasUnclosedQuote() {
      return unclosedQuoteLine > 0;
    }
  }

  private final CharCursor cursor;
  private final RecordText text;
  private String delimiters;
  private long rowLine;

  /**
   * @param delimiters the characters that end a field, for telling where a quoted field may start;
   *     before the delimiter is known, all the candidates
   */
  CsvRowSplitter(CharCursor cursor, RecordText text, String delimiters) {
    this.cursor = cursor;
    this.text = text;
    this.delimiters = delimiters;
  }

  void useDelimiter(char delimiter) {
    this.delimiters = String.valueOf(delimiter);
  }

  /** The line where the current (or next) row starts. */
  long rowLine() {
    return rowLine;
  }

  /** Reads the next row into the text buffer; null at the end of the input. */
  Row next() throws IOException {
    text.clear();
    rowLine = cursor.line();
    while (cursor.atLineEnd()) {
      cursor.skipLineEnd();
      rowLine = cursor.line();
    }
    if (cursor.peek(0) < 0) {
      return null;
    }
    long start = cursor.offset();
    boolean fieldStart = true;
    long quoteLine = 0;
    while (true) {
      int c = cursor.peek(0);
      if (c < 0) {
        return new Row(rowLine, start, cursor.offset(), quoteLine);
      }
      if (quoteLine > 0) {
        append(cursor.read());
        if (c == QUOTE) {
          if (cursor.peek(0) == QUOTE) {
            append(cursor.read());
          } else {
            quoteLine = 0;
          }
        }
      } else if (c == '\n' || c == '\r') {
        long end = cursor.offset();
        cursor.skipLineEnd();
        return new Row(rowLine, start, end, 0);
      } else {
        if (c == QUOTE && fieldStart) {
          quoteLine = cursor.line();
        }
        fieldStart = delimiters.indexOf(c) >= 0;
        append(cursor.read());
      }
    }
  }

  private void append(int c) {
    text.append((char) c);
    if (text.isSkippingAt(StreamingRecordReader.FORGET_INTERVAL)) {
      cursor.forgetMalformedInput();
    }
  }
}
