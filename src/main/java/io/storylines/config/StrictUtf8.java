package io.storylines.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a configuration file (a gazetteer, a storyline definition) as strict UTF-8: a byte that
 * is not UTF-8 is an error that names its line, never a silent replacement character.
 */
public final class StrictUtf8 {
  /** The bytes are not UTF-8; {@link #line()} is the line of the first bad byte, from 1. */
  public static final class MalformedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final long line;

    MalformedException(long line) {
      super("not valid UTF-8 at line " + line);
      this.line = line;
    }

    public long line() {
      return line;
    }
  }

  private StrictUtf8() {}

  /** @throws MalformedException at the first byte that is not UTF-8 */
  public static String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      long line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new MalformedException(line);
    }
    return out.flip().toString();
  }
}
