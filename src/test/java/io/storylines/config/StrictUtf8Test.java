package io.storylines.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {
  @Test
  void validTextDecodes() {
    assertEquals("سوريا\nİstanbul", StrictUtf8.decode("سوريا\nİstanbul".getBytes(StandardCharsets.UTF_8)));
    assertEquals("", StrictUtf8.decode(new byte[0]));
  }

  @Test
  void aBadByteNamesItsLine() {
    byte[] bytes = "one\ntwo\nth\u00e9ree".getBytes(StandardCharsets.ISO_8859_1);
    StrictUtf8.MalformedException error =
        assertThrows(StrictUtf8.MalformedException.class, () -> StrictUtf8.decode(bytes));
    assertEquals(3, error.line());
    assertEquals("not valid UTF-8 at line 3", error.getMessage());
  }

  @Test
  void aTruncatedSequenceAtTheEndIsAnError() {
    byte[] bytes = {'a', '\n', (byte) 0xD8};
    assertEquals(2, assertThrows(StrictUtf8.MalformedException.class, () -> StrictUtf8.decode(bytes)).line());
  }
}
