package io.storylines.ingest.format;

import io.storylines.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads JSON Lines: one JSON object per line.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A line ends at {@code \n}, {@code \r\n} or {@code \r}. A line that is empty or only
 *       whitespace is not a record. Every other line is exactly one record.
 *   <li>Locator: {@code line N}, the 1-based physical line.
 *   <li>A line longer than {@link ReaderOptions#maxRecordChars()} is {@code too_large}; it is
 *       skipped while it is read, keeping only its first {@link SourceRecord#RAW_LIMIT} characters.
 *   <li>A line holding bytes that are not valid in the file's encoding is {@code bad_encoding}.
 *   <li>A line that is not exactly one JSON object (bad JSON, an array, a number, two objects) is
 *       {@code malformed_record}, with Jackson's message and the line and column.
 *   <li>Fields are looked up as described in {@link JsonFields}.
 * </ul>
 */
public final class JsonLinesReader extends StreamingRecordReader {

  private final RecordText line;

  public JsonLinesReader(InputStream in, ReaderOptions options) {
    super(new TrackingDecoder(in, options.charset()), options);
    this.line = new RecordText(options.maxRecordChars());
  }

  @Override
  SourceRecord readRecord() throws IOException {
    while (true) {
      line.clear();
      if (cursor.peek(0) < 0) {
        return null;
      }
      long number = cursor.line();
      long start = cursor.offset();
      readLine();
      long end = cursor.offset();
      SourceRecord record = line.isBlank() ? null : toRecord("line " + number, start, end, number);
      cursor.skipLineEnd();
      cursor.forgetMalformedInput();
      if (record != null) {
        return record;
      }
    }
  }

  @Override
  SourceRecord unreadable(IOException error) {
    return unreadableRecord("line " + cursor.line(), line.head(), error);
  }

  private void readLine() throws IOException {
    while (cursor.peek(0) >= 0 && !cursor.atLineEnd()) {
      line.append((char) cursor.read());
      if (line.isSkippingAt(FORGET_INTERVAL)) {
        cursor.forgetMalformedInput();
      }
    }
  }

  private SourceRecord toRecord(String locator, long start, long end, long number) {
    if (line.isTooLarge()) {
      return tooLarge(locator, "line", line);
    }
    String text = line.text();
    SourceRecord badEncoding = badEncodingOrNull(locator, text, start, end);
    if (badEncoding != null) {
      return badEncoding;
    }
    return JsonObjects.toRecord(locator, text, number, 1);
  }
}
