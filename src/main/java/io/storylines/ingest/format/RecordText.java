package io.storylines.ingest.format;

import io.storylines.ingest.SourceRecord;

/**
 * The text of one record as it is read, held only up to a limit. Past the limit the record is
 * <em>too large</em>: its text is cut back to its first {@link SourceRecord#RAW_LIMIT} characters
 * (for the rejects table) and further characters are only counted, so memory never exceeds the
 * limit.
 */
final class RecordText {

  private final int limit;
  private final StringBuilder kept = new StringBuilder();
  private long length;
  private boolean blank = true;

  RecordText(int limit) {
    this.limit = limit;
  }

  void clear() {
    kept.setLength(0);
    length = 0;
    blank = true;
  }

  void append(char c) {
    length++;
    if (length == limit + 1L && kept.length() > SourceRecord.RAW_LIMIT) {
      kept.setLength(SourceRecord.RAW_LIMIT);
    }
    if (length <= limit || kept.length() < SourceRecord.RAW_LIMIT) {
      kept.append(c);
    }
    if (blank && !Character.isWhitespace(c)) {
      blank = false;
    }
  }

  /** Characters appended since {@link #clear()}, kept or not. */
  long length() {
    return length;
  }

  boolean isTooLarge() {
    return length > limit;
  }

  /** True when nothing but whitespace was appended. */
  boolean isBlank() {
    return blank;
  }

  /** The whole text; only for a record that is not too large. */
  String text() {
    if (isTooLarge()) {
      throw new IllegalStateException("record text was not kept: " + length + " characters");
    }
    return kept.toString();
  }

  /** The first {@link SourceRecord#RAW_LIMIT} characters at most, for a reject's raw text. */
  String head() {
    return SourceRecord.truncate(
        kept.substring(0, Math.min(kept.length(), SourceRecord.RAW_LIMIT + 1)));
  }

  /**
   * True for a too-large record every {@code interval} characters: the moments to let the decoder
   * forget malformed input inside a record that is being skipped (see {@link
   * CharCursor#forgetMalformedInput()}).
   */
  boolean isSkippingAt(int interval) {
    return length > limit && length % interval == 0;
  }
}
