package io.storylines.ingest.format;

import java.io.IOException;

/**
 * Reads the characters of a {@link TrackingDecoder} one at a time, with a short look-ahead, and
 * keeps count of where it is.
 *
 * <p>Vocabulary: the <em>offset</em> is the number of characters consumed so far (the decoder's
 * offset of the next character); the <em>line</em> is the 1-based line of the next character. A
 * line ends at {@code \n}, at {@code \r\n}, or at a {@code \r} not followed by {@code \n}; the
 * <em>column</em> is the 1-based position of the next character in its line.
 */
final class CharCursor {

  /** How far {@link #peek(int)} can look past the next character. */
  static final int MAX_LOOKAHEAD = 64;

  private final TrackingDecoder decoder;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private boolean endOfInput;
  private long offset;
  private long line = 1;
  private long lineStart;
  private boolean afterCarriageReturn;

  CharCursor(TrackingDecoder decoder) {
    this.decoder = decoder;
  }

  /** See {@link TrackingDecoder#firstMalformedInput(long, long)}. */
  long firstMalformedInput(long startOffset, long endOffset) {
    return decoder.firstMalformedInput(startOffset, endOffset);
  }

  /** The charset of the characters, for messages. */
  String charsetName() {
    return decoder.charset().name();
  }

  /**
   * Forgets malformed input before the current offset, which no record will ask about any more;
   * called after each record, and while a record too large to keep is skipped.
   */
  void forgetMalformedInput() {
    decoder.forgetBefore(offset);
  }

  /**
   * The character {@code ahead} places after the next one ({@code peek(0)} is the next); -1 past
   * the end.
   */
  int peek(int ahead) throws IOException {
    if (ahead < 0 || ahead >= MAX_LOOKAHEAD) {
      throw new IllegalArgumentException("look-ahead out of range: " + ahead);
    }
    while (limit - position <= ahead && !endOfInput) {
      fill();
    }
    return position + ahead < limit ? buffer[position + ahead] : -1;
  }

  /** Consumes and returns the next character; -1 at the end. */
  int read() throws IOException {
    while (position == limit && !endOfInput) {
      fill();
    }
    if (position == limit) {
      return -1;
    }
    char c = buffer[position++];
    offset++;
    if (c == '\n') {
      if (!afterCarriageReturn) {
        line++;
      }
      lineStart = offset;
      afterCarriageReturn = false;
    } else if (c == '\r') {
      line++;
      lineStart = offset;
      afterCarriageReturn = true;
    } else {
      afterCarriageReturn = false;
    }
    return c;
  }

  /** True when the next character is a line end ({@code \n} or {@code \r}). */
  boolean atLineEnd() throws IOException {
    int c = peek(0);
    return c == '\n' || c == '\r';
  }

  /**
   * Consumes one line end ({@code \n}, {@code \r\n} or {@code \r}) if the next characters are one.
   */
  void skipLineEnd() throws IOException {
    int c = peek(0);
    if (c == '\r') {
      read();
      if (peek(0) == '\n') {
        read();
      }
    } else if (c == '\n') {
      read();
    }
  }

  long offset() {
    return offset;
  }

  long line() {
    return line;
  }

  long column() {
    return offset - lineStart + 1;
  }

  private void fill() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    int count = decoder.read(buffer, limit, buffer.length - limit);
    if (count < 0) {
      endOfInput = true;
    } else {
      limit += count;
    }
  }
}
