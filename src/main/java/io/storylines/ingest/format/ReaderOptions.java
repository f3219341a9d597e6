package io.storylines.ingest.format;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Options shared by the record readers.
 *
 * @param charsetName the name of the file encoding, or null to detect it: a UTF-8 or UTF-16
 *     byte-order mark decides, otherwise UTF-8 (bytes that are not valid UTF-8 make their record a
 *     {@code bad_encoding} reject). A name, not a {@link Charset}: the options travel to Spark's
 *     tasks, and most {@code Charset} classes cannot be serialized.
 * @param maxRecordChars the largest record kept; a longer one becomes a {@code too_large} reject and
 *     is skipped without being held in memory
 * @param csvDelimiter the CSV delimiter, or null to detect it from the header line among {@code , ; \t
 *     |} (outside quotes)
 */
public record ReaderOptions(String charsetName, int maxRecordChars, Character csvDelimiter)
    implements Serializable {

  public static final int DEFAULT_MAX_RECORD_CHARS = 8 * 1024 * 1024;

  /**
   * @throws java.nio.charset.UnsupportedCharsetException if this JVM has no such charset
   */
  public ReaderOptions {
    if (charsetName != null) {
      Charset.forName(charsetName);
    }
    if (maxRecordChars < 1024) {
      throw new IllegalArgumentException("maxRecordChars must be at least 1024: " + maxRecordChars);
    }
  }

  public static ReaderOptions defaults() {
    return new ReaderOptions(null, DEFAULT_MAX_RECORD_CHARS, null);
  }

  /** The file encoding, or null to detect it. */
  public Charset charset() {
    return charsetName == null ? null : Charset.forName(charsetName);
  }

  public ReaderOptions withCharset(Charset value) {
    return new ReaderOptions(value == null ? null : value.name(), maxRecordChars, csvDelimiter);
  }

  public ReaderOptions withMaxRecordChars(int value) {
    return new ReaderOptions(charsetName, value, csvDelimiter);
  }

  public ReaderOptions withCsvDelimiter(Character value) {
    return new ReaderOptions(charsetName, maxRecordChars, value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReaderOptions other
        && Objects.equals(charset(), other.charset())
        && maxRecordChars == other.maxRecordChars
        && Objects.equals(csvDelimiter, other.csvDelimiter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(charset(), maxRecordChars, csvDelimiter);
  }
}
