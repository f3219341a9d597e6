package io.storylines.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrackingDecoderTest {

  private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] INVALID_UTF_8 = {(byte) 0xFF};

  @Test
  void utf8BomIsSkipped() throws IOException {
    TrackingDecoder decoder = new TrackingDecoder(TestInputs.bytes(UTF_8_BOM, "{}"), null);
    assertEquals("{}", readAll(decoder));
    assertEquals(StandardCharsets.UTF_8, decoder.charset());
  }

  @Test
  void utf16WithBomIsDecoded() throws IOException {
    byte[] littleEndian = "\uFEFFhaber ğ".getBytes(StandardCharsets.UTF_16LE);
    byte[] bigEndian = "\uFEFFخبر".getBytes(StandardCharsets.UTF_16BE);
    TrackingDecoder little = new TrackingDecoder(new ByteArrayInputStream(littleEndian), null);
    TrackingDecoder big = new TrackingDecoder(new ByteArrayInputStream(bigEndian), null);
    assertEquals("haber ğ", readAll(little));
    assertEquals(StandardCharsets.UTF_16LE, little.charset());
    assertEquals("خبر", readAll(big));
    assertEquals(StandardCharsets.UTF_16BE, big.charset());
  }

  @Test
  void withoutBomInputIsUtf8() throws IOException {
    assertEquals("Suriye", readAll(new TrackingDecoder(TestInputs.utf8("Suriye"), null)));
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsZeroBytes() throws IOException {
    // A review's one-record .jsonl in UTF-16LE without a mark was read as UTF-8: two
    // malformed_record rejects, the second a lone NUL.
    String record = "{\"id\":\"a\",\"date\":\"2025-06-02\",\"body\":\"Şam'da görüşme; دمشق\"}\n";
    TrackingDecoder little =
        new TrackingDecoder(new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_16LE)), null);
    assertEquals(record, readAll(little));
    assertEquals(StandardCharsets.UTF_16LE, little.charset());
    TrackingDecoder big =
        new TrackingDecoder(new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_16BE)), null);
    assertEquals(record, readAll(big));
    assertEquals(StandardCharsets.UTF_16BE, big.charset());
    // Arabic alone has no zero byte in UTF-16 (06xx): then nothing says UTF-16, and it stays UTF-8.
    TrackingDecoder arabic =
        new TrackingDecoder(new ByteArrayInputStream("دمشق".getBytes(StandardCharsets.UTF_16LE)), null);
    readAll(arabic);
    assertEquals(StandardCharsets.UTF_8, arabic.charset());
    // A stray zero byte in UTF-8 text is not enough.
    TrackingDecoder stray =
        new TrackingDecoder(TestInputs.utf8("Suriye ve T\u0000rkiye görüştü, Şam'da."), null);
    readAll(stray);
    assertEquals(StandardCharsets.UTF_8, stray.charset());
  }

  @Test
  void givenCharsetIsUsed() throws IOException {
    byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
    TrackingDecoder decoder =
        new TrackingDecoder(new ByteArrayInputStream(latin1), StandardCharsets.ISO_8859_1);
    assertEquals("café", readAll(decoder));
    assertFalse(decoder.hasMalformedInput(0, 4));
  }

  @Test
  void givenCharsetSkipsItsOwnBom() throws IOException {
    TrackingDecoder decoder =
        new TrackingDecoder(TestInputs.bytes(UTF_8_BOM, "x"), StandardCharsets.UTF_8);
    assertEquals("x", readAll(decoder));
  }

  @Test
  void malformedBytesAreReplacedAndRecorded() throws IOException {
    TrackingDecoder decoder =
        new TrackingDecoder(TestInputs.bytes("ab", INVALID_UTF_8, "cd"), null);
    assertEquals("ab\uFFFDcd", readAll(decoder));
    assertTrue(decoder.hasMalformedInput(2, 3));
    assertTrue(decoder.hasMalformedInput(0, 5));
    assertFalse(decoder.hasMalformedInput(0, 2));
    assertFalse(decoder.hasMalformedInput(3, 5));
  }

  @Test
  void malformedOffsetsCountCharactersNotBytes() throws IOException {
    TrackingDecoder decoder = new TrackingDecoder(TestInputs.bytes("سوريا", INVALID_UTF_8), null);
    assertEquals("سوريا\uFFFD", readAll(decoder));
    assertEquals(5, decoder.firstMalformedInput(0, 6));
  }

  @Test
  void sequenceCutByTheEndOfInputIsMalformed() throws IOException {
    byte[] cutEuroSign = {'a', (byte) 0xE2, (byte) 0x82};
    TrackingDecoder decoder = new TrackingDecoder(new ByteArrayInputStream(cutEuroSign), null);
    assertEquals("a\uFFFD", readAll(decoder));
    assertTrue(decoder.hasMalformedInput(1, 2));
  }

  @Test
  void malformedInputIsFoundPastTheFirstBuffer() throws IOException {
    String before = "x".repeat(20_000);
    TrackingDecoder decoder =
        new TrackingDecoder(TestInputs.bytes(before, INVALID_UTF_8, "y"), null);
    assertEquals(20_002, readAll(decoder).length());
    assertEquals(20_000, decoder.firstMalformedInput(0, 30_000));
  }

  @Test
  void forgottenInputIsNoLongerReported() throws IOException {
    TrackingDecoder decoder =
        new TrackingDecoder(TestInputs.bytes(INVALID_UTF_8, "ab", INVALID_UTF_8), null);
    readAll(decoder);
    decoder.forgetBefore(1);
    assertFalse(decoder.hasMalformedInput(0, 1));
    assertTrue(decoder.hasMalformedInput(3, 4));
  }

  @Test
  void ioErrorsPropagate() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new EOFException("Unexpected end of ZLIB input stream");
          }
        };
    InputStream in = new SequenceInputStream(TestInputs.utf8("ok"), failing);
    TrackingDecoder decoder = new TrackingDecoder(in, null);
    assertThrows(EOFException.class, () -> readAll(decoder));
  }

  private static String readAll(TrackingDecoder decoder) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[100];
    int count;
    while ((count = decoder.read(buffer, 0, buffer.length)) >= 0) {
      text.append(buffer, 0, count);
    }
    return text.toString();
  }
}
