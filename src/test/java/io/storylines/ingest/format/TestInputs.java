package io.storylines.ingest.format;

import io.storylines.ingest.RecordFields;
import io.storylines.ingest.SourceRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Inputs and helpers shared by the reader tests. */
final class TestInputs {

  /**
   * The smallest record limit {@link ReaderOptions} allows, so that "too large" is cheap to test.
   */
  static final int SMALL_LIMIT = 1024;

  private TestInputs() {}

  static ReaderOptions options() {
    return ReaderOptions.defaults();
  }

  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The parts concatenated: strings as UTF-8, byte arrays as they are. */
  static InputStream bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      byte[] bytes =
          part instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
      out.writeBytes(bytes);
    }
    return new ByteArrayInputStream(out.toByteArray());
  }

  /** Reads every record and closes the reader. */
  static List<SourceRecord> readAll(RecordReader reader) {
    List<SourceRecord> records = new ArrayList<>();
    try (reader) {
      while (reader.hasNext()) {
        records.add(reader.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** A field's value, for records known to hold text there. */
  static String field(SourceRecord record, String name) {
    try {
      return record.fields().get(name);
    } catch (RecordFields.WrongTypeException e) {
      throw new AssertionError(e);
    }
  }

  /** A gzip stream over the first half of the gzip bytes of {@code text}: it ends unexpectedly. */
  static InputStream truncatedGzip(String text) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = compressed.toByteArray();
    return new GZIPInputStream(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2)));
  }

  /** Text that compresses badly, so half the gzip bytes hold many lines of it. */
  static String noise(int seed, int length) {
    StringBuilder text = new StringBuilder();
    long state = seed;
    while (text.length() < length) {
      state = state * 6364136223846793005L + 1442695040888963407L;
      text.append((char) ('a' + (int) ((state >>> 33) % 26)));
    }
    return text.toString();
  }
}
