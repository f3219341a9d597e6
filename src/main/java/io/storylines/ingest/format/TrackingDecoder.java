package io.storylines.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Decodes a byte stream to characters, replacing bytes that are not valid in the charset and
 * remembering where it did, so that a reader can reject exactly the records that hold such bytes.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>With no charset given: bytes {@code EF BB BF} at the start are a UTF-8 byte-order mark and
 *       are skipped; {@code FF FE} selects UTF-16LE and {@code FE FF} selects UTF-16BE (the mark is
 *       skipped). Without a mark, the first {@value #SNIFF_BYTES} bytes decide: when at least a
 *       quarter of their byte pairs hold a zero byte, and every zero byte is the second of its pair,
 *       the text is UTF-16LE (ASCII and Latin text written as UTF-16 without a mark, as some Windows
 *       exports are); every zero the first of its pair, UTF-16BE. Anything else is read as UTF-8,
 *       where a zero byte has no place in text.
 *   <li>With a charset given: a byte-order mark of that same charset (UTF-8, UTF-16LE or UTF-16BE)
 *       at the start is skipped; Java's {@code UTF-16} handles its own mark.
 *   <li>Each malformed or unmappable byte sequence becomes one {@link #REPLACEMENT} character, and
 *       its character offset is recorded. Offsets count the characters this reader returns, from 0,
 *       after the byte-order mark.
 *   <li>{@link #hasMalformedInput(long, long)} answers for a range of offsets; {@link
 *       #forgetBefore(long)} drops what a caller no longer asks about. Memory holds one buffer of
 *       bytes, one of characters, and the replacements not yet forgotten.
 *   <li>I/O errors of the underlying stream (an {@link java.io.EOFException} from a truncated .gz)
 *       propagate from {@code read} unchanged.
 * </ul>
 *
 * <p>The byte-order mark is looked for on the first read, so constructing a decoder never blocks or
 * fails.
 */
public final class TrackingDecoder extends Reader {

  /** U+FFFD REPLACEMENT CHARACTER, put in place of each malformed byte sequence. */
  public static final char REPLACEMENT = '\uFFFD';

  private static final int BUFFER_SIZE = 8192;
  private static final int SNIFF_BYTES = 64;
  private static final byte[] UTF_8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF_16LE_MARK = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF_16BE_MARK = {(byte) 0xFE, (byte) 0xFF};

  private final InputStream in;
  private final Charset requested;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();

  /**
   * Malformed ranges as {start, endExclusive} character offsets, in order, adjacent ones merged.
   */
  private final Deque<long[]> malformed = new ArrayDeque<>();

  private CharsetDecoder decoder;
  private long charsBeforeBuffer;
  private boolean endOfBytes;
  private boolean finished;

  /**
   * @param in the (already decompressed) bytes; closed by {@link #close()}
   * @param charset the encoding, or null to detect it from a byte-order mark (default UTF-8)
   */
  public TrackingDecoder(InputStream in, Charset charset) {
    this.in = Objects.requireNonNull(in, "in");
    this.requested = charset;
  }

  /**
   * The charset the bytes are decoded with: the one given, or the detected one once the first
   * character has been read (UTF-8 before that).
   */
  public Charset charset() {
    if (decoder != null) {
      return decoder.charset();
    }
    return requested == null ? StandardCharsets.UTF_8 : requested;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !decodeMore()) {
      return -1;
    }
    int count = Math.min(length, chars.remaining());
    chars.get(target, offset, count);
    return count;
  }

  /** True when a replacement was made at any offset in {@code [startChar, endCharExclusive)}. */
  public boolean hasMalformedInput(long startChar, long endCharExclusive) {
    return firstMalformedInput(startChar, endCharExclusive) >= 0;
  }

  /**
   * The first offset in {@code [startChar, endCharExclusive)} where a replacement was made, or -1
   * when there is none (or it was forgotten).
   */
  public long firstMalformedInput(long startChar, long endCharExclusive) {
    for (long[] range : malformed) {
      if (range[0] >= endCharExclusive) {
        return -1;
      }
      if (range[1] > startChar) {
        return Math.max(range[0], startChar);
      }
    }
    return -1;
  }

  /**
   * Forgets replacements at offsets before {@code charOffset}; later queries there answer false.
   */
  public void forgetBefore(long charOffset) {
    while (!malformed.isEmpty() && malformed.peekFirst()[1] <= charOffset) {
      malformed.removeFirst();
    }
    if (!malformed.isEmpty() && malformed.peekFirst()[0] < charOffset) {
      malformed.peekFirst()[0] = charOffset;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Refills {@link #chars} with at least one character; false at the end of input. */
  private boolean decodeMore() throws IOException {
    if (decoder == null) {
      decoder = startDecoder();
    }
    charsBeforeBuffer += chars.limit();
    chars.clear();
    while (chars.position() == 0 && !finished) {
      CoderResult result = decoder.decode(bytes, chars, endOfBytes);
      if (result.isUnderflow()) {
        if (endOfBytes) {
          decoder.flush(chars);
          finished = true;
        } else {
          readBytes();
        }
      } else if (result.isError()) {
        // The bad bytes stay in the buffer until there is room for their replacement.
        if (!chars.hasRemaining()) {
          break;
        }
        recordMalformed(charsBeforeBuffer + chars.position());
        chars.put(REPLACEMENT);
        bytes.position(bytes.position() + result.length());
      } else {
        break;
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private CharsetDecoder startDecoder() throws IOException {
    int wanted = requested == null ? SNIFF_BYTES : UTF_8_MARK.length;
    while (bytes.remaining() < wanted && !endOfBytes) {
      readBytes();
    }
    Charset charset = requested;
    if (charset == null) {
      if (startsWith(UTF_16LE_MARK)) {
        charset = StandardCharsets.UTF_16LE;
      } else if (startsWith(UTF_16BE_MARK)) {
        charset = StandardCharsets.UTF_16BE;
      } else {
        charset = unmarkedCharset();
      }
    }
    skipMarkOf(charset);
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** UTF-16LE or UTF-16BE when the first bytes' zeros say so, else UTF-8 (see the class doc). */
  private Charset unmarkedCharset() {
    int pairs = Math.min(bytes.remaining(), SNIFF_BYTES) / 2;
    int zeroFirst = 0;
    int zeroSecond = 0;
    for (int i = 0; i < pairs; i++) {
      zeroFirst += bytes.get(bytes.position() + 2 * i) == 0 ? 1 : 0;
      zeroSecond += bytes.get(bytes.position() + 2 * i + 1) == 0 ? 1 : 0;
    }
    if (zeroFirst == 0 && zeroSecond > 0 && zeroSecond * 4 >= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroSecond == 0 && zeroFirst > 0 && zeroFirst * 4 >= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return StandardCharsets.UTF_8;
  }

  private void skipMarkOf(Charset charset) {
    byte[] mark = null;
    if (charset.equals(StandardCharsets.UTF_8)) {
      mark = UTF_8_MARK;
    } else if (charset.equals(StandardCharsets.UTF_16LE)) {
      mark = UTF_16LE_MARK;
    } else if (charset.equals(StandardCharsets.UTF_16BE)) {
      mark = UTF_16BE_MARK;
    }
    if (mark != null && startsWith(mark)) {
      bytes.position(bytes.position() + mark.length);
    }
  }

  private boolean startsWith(byte[] mark) {
    if (bytes.remaining() < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if (bytes.get(bytes.position() + i) != mark[i]) {
        return false;
      }
    }
    return true;
  }

  private void readBytes() throws IOException {
    bytes.compact();
    try {
      int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (count < 0) {
        endOfBytes = true;
      } else {
        bytes.position(bytes.position() + count);
      }
    } finally {
      bytes.flip();
    }
  }

  private void recordMalformed(long offset) {
    long[] last = malformed.peekLast();
    if (last != null && last[1] == offset) {
      last[1] = offset + 1;
    } else {
      malformed.addLast(new long[] {offset, offset + 1});
    }
  }
}
