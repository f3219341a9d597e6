package io.storylines.ingest.format;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Options shared by the record readers.
 *
 * @param charset the file encoding, or null to detect it: a UTF-8 or UTF-16 byte-order mark decides,
 *     otherwise UTF-8 (bytes that are not valid UTF-8 make their record a {@code bad_encoding} reject)
 * @param maxRecordChars the largest record kept; a longer one becomes a {@code too_large} reject and
 *     is skipped without being held in memory
 * @param csvDelimiter the CSV delimiter, or null to detect it from the header line among {@code , ; \t
 *     |} (outside quotes)
 */
public record ReaderOptions(Charset charset, int maxRecordChars, Character csvDelimiter)
    implements Serializable {

  public static final int DEFAULT_MAX_RECORD_CHARS = 8 * 1024 * 1024;

  public ReaderOptions {
    if (maxRecordChars < 1024) {
      throw new IllegalArgumentException("maxRecordChars must be at least 1024: " + maxRecordChars);
    }
  }

  public static ReaderOptions defaults() {
    return new ReaderOptions(null, DEFAULT_MAX_RECORD_CHARS, null);
  }

  public ReaderOptions withCharset(Charset value) {
    return new ReaderOptions(value, maxRecordChars, csvDelimiter);
  }

  public ReaderOptions withMaxRecordChars(int value) {
    return new ReaderOptions(charset, value, csvDelimiter);
  }

  public ReaderOptions withCsvDelimiter(Character value) {
    return new ReaderOptions(charset, maxRecordChars, value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReaderOptions other
        && Objects.equals(charset, other.charset)
        && maxRecordChars == other.maxRecordChars
        && Objects.equals(csvDelimiter, other.csvDelimiter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(charset, maxRecordChars, csvDelimiter);
  }
}
