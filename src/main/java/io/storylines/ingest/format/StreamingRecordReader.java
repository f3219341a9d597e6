package io.storylines.ingest.format;

import io.storylines.ingest.RejectReason;
import io.storylines.ingest.SourceRecord;
import java.io.EOFException;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The iterator half of a {@link RecordReader}: reads one record ahead, and turns an I/O error into
 * one final {@code unreadable_file} record, after which the reader is exhausted.
 *
 * <p>Subclasses read from a {@link CharCursor} and implement {@link #readRecord()}, returning null
 * at the end of the file; a subclass that ends early (after a final failed record) returns null
 * from then on.
 */
abstract class StreamingRecordReader implements RecordReader {

  /**
   * How often (in characters) a skipped, too-large record lets the decoder forget malformed input.
   */
  static final int FORGET_INTERVAL = 4096;

  final CharCursor cursor;
  final ReaderOptions options;
  private final TrackingDecoder decoder;
  private SourceRecord pending;
  private boolean exhausted;

  StreamingRecordReader(TrackingDecoder decoder, ReaderOptions options) {
    this.decoder = decoder;
    this.cursor = new CharCursor(decoder);
    this.options = options;
  }

  @Override
  public final boolean hasNext() {
    if (pending == null && !exhausted) {
      try {
        pending = readRecord();
      } catch (IOException e) {
        pending = unreadable(e);
        exhausted = true;
      }
      if (pending == null) {
        exhausted = true;
      }
    }
    return pending != null;
  }

  @Override
  public final SourceRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    SourceRecord record = pending;
    pending = null;
    return record;
  }

  @Override
  public void close() throws IOException {
    decoder.close();
  }

  /** The next record, or null when there is none. */
  abstract SourceRecord readRecord() throws IOException;

  /** The final record for the part of the file that an I/O error made unreadable. */
  abstract SourceRecord unreadable(IOException error);

  /** An {@code unreadable_file} record whose detail says after which line the file broke. */
  final SourceRecord unreadableRecord(String locator, String raw, IOException error) {
    return SourceRecord.failed(
        locator, raw, RejectReason.UNREADABLE_FILE, unreadableDetail(cursor.line() - 1, error));
  }

  /** A {@code too_large} record. */
  final SourceRecord tooLarge(String locator, String what, RecordText text) {
    return SourceRecord.failed(
        locator,
        text.head(),
        RejectReason.TOO_LARGE,
        String.format(
            "%s has %,d characters, more than the limit of %,d",
            what, text.length(), options.maxRecordChars()));
  }

  /**
   * A {@code bad_encoding} record when the characters in {@code [startOffset, endOffset)} hold
   * malformed input, else null.
   */
  final SourceRecord badEncodingOrNull(
      String locator, String raw, long startOffset, long endOffset) {
    long first = cursor.firstMalformedInput(startOffset, endOffset);
    if (first < 0) {
      return null;
    }
    return SourceRecord.failed(
        locator,
        raw,
        RejectReason.BAD_ENCODING,
        String.format(
            "bytes that are not valid %s at character %,d of the record (if the file is in"
                + " another encoding, give it with --encoding, e.g. windows-1256 or windows-1254)",
            cursor.charsetName(), first - startOffset + 1));
  }

  static String unreadableDetail(long lastCompleteLine, IOException error) {
    String where = lastCompleteLine > 0 ? "after line " + lastCompleteLine : "in its first line";
    String what =
        error instanceof EOFException ? "file ends unexpectedly " : "file cannot be read ";
    String message =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return what + where + ": " + message;
  }
}
