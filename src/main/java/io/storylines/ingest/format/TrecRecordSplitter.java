package io.storylines.ingest.format;

import io.storylines.ingest.SourceRecord;
import java.io.IOException;

/**
 * Finds the {@code <DOC>} and {@code <REUTERS>} records in TREC or Reuters SGML text, one at a
 * time, without parsing their content.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A record starts at {@code <DOC} or {@code <REUTERS} (any case) followed by {@code >} or
 *       whitespace, so {@code <DOCNO>} does not start one. Its start tag runs to the next {@code
 *       >}.
 *   <li>It ends after its own end tag ({@code </DOC>}, {@code </REUTERS>}, any case, spaces allowed
 *       before {@code >}), or, when that is missing, just before the next record's start tag, or at
 *       the end of the input.
 *   <li>Text between records is not part of any record; the splitter remembers where the first
 *       non-whitespace character of it was, and the start of that text.
 * </ul>
 */
final class TrecRecordSplitter {

  private static final String[] RECORD_TAGS = {"DOC", "REUTERS"};

  /** Where one record is: its number (from 1), its first line and its character offsets. */
  record Span(long number, long line, long startOffset, long endOffset) {}

  private final CharCursor cursor;
  private final RecordText text;
  private final StringBuilder outsideHead = new StringBuilder();
  private long count;
  private long outsideLine;
  private long recordLine;

  TrecRecordSplitter(CharCursor cursor, RecordText text) {
    this.cursor = cursor;
    this.text = text;
  }

  /** Records found so far. */
  long count() {
    return count;
  }

  /** The line of the first non-whitespace character outside records; 0 when there is none. */
  long outsideLine() {
    return outsideLine;
  }

  /**
   * The text outside records from {@link #outsideLine()}, at most {@link SourceRecord#RAW_LIMIT}
   * characters.
   */
  String outsideHead() {
    return outsideHead.toString();
  }

  /** The line where the record being read starts; 0 between records. */
  long recordLine() {
    return recordLine;
  }

  /** Reads the next record into the text buffer; null at the end of the input. */
  Span next() throws IOException {
    text.clear();
    recordLine = 0;
    String name = skipToRecord();
    if (name == null) {
      return null;
    }
    count++;
    recordLine = cursor.line();
    long start = cursor.offset();
    readStartTag();
    while (true) {
      int c = cursor.peek(0);
      if (c < 0) {
        break;
      }
      if (c == '<') {
        if (recordTagAt() != null) {
          break;
        }
        int endTag = endTagLength(name);
        if (endTag > 0) {
          for (int i = 0; i < endTag; i++) {
            append(cursor.read());
          }
          break;
        }
      }
      append(cursor.read());
    }
    return new Span(count, recordLine, start, cursor.offset());
  }

  /** Skips text up to the next record's start tag and returns its name; null at the end. */
  private String skipToRecord() throws IOException {
    while (true) {
      int c = cursor.peek(0);
      if (c < 0) {
        return null;
      }
      if (c == '<') {
        String name = recordTagAt();
        if (name != null) {
          return name;
        }
      }
      if (outsideLine == 0 && !Character.isWhitespace(c)) {
        outsideLine = cursor.line();
      }
      cursor.read();
      if (outsideLine > 0 && outsideHead.length() < SourceRecord.RAW_LIMIT) {
        outsideHead.append((char) c);
      }
      if (cursor.offset() % StreamingRecordReader.FORGET_INTERVAL == 0) {
        cursor.forgetMalformedInput();
      }
    }
  }

  /** Reads the record's start tag, up to its {@code >}, a {@code <} or the end. */
  private void readStartTag() throws IOException {
    append(cursor.read());
    while (true) {
      int c = cursor.peek(0);
      if (c < 0 || c == '<') {
        return;
      }
      append(cursor.read());
      if (c == '>') {
        return;
      }
    }
  }

  /** The upper-case record name when a record's start tag is next, else null. */
  private String recordTagAt() throws IOException {
    for (String name : RECORD_TAGS) {
      if (nameAt(1, name)) {
        int after = cursor.peek(1 + name.length());
        if (after == '>' || (after >= 0 && Character.isWhitespace(after))) {
          return name;
        }
      }
    }
    return null;
  }

  /** The length of {@code </name >} when it is next, else 0. */
  private int endTagLength(String name) throws IOException {
    if (cursor.peek(1) != '/' || !nameAt(2, name)) {
      return 0;
    }
    int ahead = 2 + name.length();
    while (ahead < CharCursor.MAX_LOOKAHEAD) {
      int c = cursor.peek(ahead);
      if (c == '>') {
        return ahead + 1;
      }
      if (c < 0 || !Character.isWhitespace(c)) {
        return 0;
      }
      ahead++;
    }
    return 0;
  }

  private boolean nameAt(int ahead, String name) throws IOException {
    for (int i = 0; i < name.length(); i++) {
      int c = cursor.peek(ahead + i);
      if (c < 0 || c >= 0x80 || Character.toUpperCase((char) c) != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void append(int c) {
    text.append((char) c);
    if (text.isSkippingAt(StreamingRecordReader.FORGET_INTERVAL)) {
      cursor.forgetMalformedInput();
    }
  }
}
