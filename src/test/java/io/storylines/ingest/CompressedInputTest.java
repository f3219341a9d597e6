package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.junit.jupiter.api.Test;

/** The suffix and first-byte rules of {@link CompressedInput}, without Spark. */
class CompressedInputTest {
  private static final Path FILE = new Path("file:/in/news.jsonl.lz4");

  private static BufferedInputStream stream(byte[] bytes) {
    return new BufferedInputStream(new ByteArrayInputStream(bytes));
  }

  private static byte[] header(int uncompressed, int compressed, int payload) {
    return ByteBuffer.allocate(8 + payload).putInt(uncompressed).putInt(compressed).array();
  }

  @Test
  void prefixIsPeekedWithoutConsumingIt() throws IOException {
    BufferedInputStream in = stream(new byte[] {0x04, 0x22, 0x4D, 0x18, 7});
    assertTrue(CompressedInput.startsWith(in, new byte[] {0x04, 0x22, 0x4D, 0x18}));
    assertFalse(CompressedInput.startsWith(in, new byte[] {0x04, 0x22, 0x4D, 0x19}));
    assertEquals(0x04, in.read());
  }

  @Test
  void aShortFileDoesNotStartWithALongerPrefix() throws IOException {
    assertFalse(CompressedInput.startsWith(stream(new byte[] {0x04}), new byte[] {0x04, 0x22}));
  }

  @Test
  void blockHeaderWithinTheFileIsAccepted() {
    byte[] file = header(100, 20, 20);
    assertDoesNotThrow(() -> CompressedInput.checkBlockHeader(stream(file), file.length, FILE.toString(), "x"));
  }

  @Test
  void emptyFileIsAccepted() {
    assertDoesNotThrow(() -> CompressedInput.checkBlockHeader(stream(new byte[0]), 0, FILE.toString(), "x"));
  }

  @Test
  void compressedLengthPastTheEndIsRefused() {
    byte[] file = header(100, 21, 20);
    assertThrows(IOException.class, () -> CompressedInput.checkBlockHeader(stream(file), file.length, FILE.toString(), "x"));
  }

  @Test
  void lengthsThatAreNotPositiveAreRefused() {
    for (byte[] file : new byte[][] {header(0, 20, 20), header(100, 0, 20), header(-1, 20, 20)}) {
      assertThrows(IOException.class, () -> CompressedInput.checkBlockHeader(stream(file), file.length, FILE.toString(), "x"));
    }
  }

  @Test
  void headerShorterThanEightBytesIsRefused() {
    byte[] file = {0, 0, 0, 1};
    assertThrows(IOException.class, () -> CompressedInput.checkBlockHeader(stream(file), file.length, FILE.toString(), "x"));
  }

  /** The error of opening a line of plain JSON under the name {@code path}. */
  private static IOException plainTextRefused(Path path) {
    byte[] file = "{\"id\":\"a\",\"body\":\"text\"}\n".getBytes(StandardCharsets.UTF_8);
    return assertThrows(
        IOException.class,
        () -> CompressedInput.open(new ByteArrayInputStream(file), path, file.length, new CompressionCodecFactory(new Configuration())));
  }

  @Test
  void plainTextNamedLz4IsRefusedWithItsReason() {
    IOException e = plainTextRefused(FILE);
    assertTrue(e.getMessage().contains("is in neither the lz4 frame format nor Hadoop's block format"), e.getMessage());
  }

  @Test
  void suffixIsRemovedFromTheName() throws IOException {
    CompressionCodecFactory codecs = new CompressionCodecFactory(new Configuration());
    byte[] frame = {0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, (byte) 0x82, 0, 0, 0, 0};
    assertEquals(
        "news.jsonl",
        CompressedInput.open(new ByteArrayInputStream(frame), FILE, frame.length, codecs).name());
    assertEquals(
        "news.csv",
        CompressedInput.open(new ByteArrayInputStream(new byte[0]), new Path("/in/news.csv"), 0, codecs).name());
  }

  /**
   * An {@code .xz} file is read to the end of its last stream: {@code xz} writes one stream per
   * file, and files joined with {@code cat} hold several, which {@code xz -d} reads as one text.
   */
  @Test
  void xzIsReadAcrossConcatenatedStreams() throws IOException {
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    for (String part : new String[] {"{\"id\":\"a\"}\n", "{\"id\":\"b\"}\n"}) {
      java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
      try (org.tukaani.xz.XZOutputStream xz =
          new org.tukaani.xz.XZOutputStream(stream, new org.tukaani.xz.LZMA2Options())) {
        xz.write(part.getBytes(StandardCharsets.UTF_8));
      }
      file.write(stream.toByteArray());
    }
    byte[] bytes = file.toByteArray();
    CompressedInput.Opened opened =
        CompressedInput.open(
            new ByteArrayInputStream(bytes), new Path("file:/in/news.jsonl.xz"), bytes.length,
            new CompressionCodecFactory(new Configuration()));
    assertEquals("news.jsonl", opened.name());
    try (java.io.InputStream in = opened.in()) {
      assertEquals("{\"id\":\"a\"}\n{\"id\":\"b\"}\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void plainTextNamedXzIsRefused() {
    IOException e = plainTextRefused(new Path("file:/in/news.jsonl.xz"));
    assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("xz format"), e.getMessage());
  }
}
