package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SentenceTest {

  @Test
  void textIsTheSpanOfTheSource() {
    String source = "Damascus. Ankara.";
    Sentence second = new Sentence(10, 17);
    assertEquals("Ankara.", second.text(source));
    assertEquals(7, second.length());
  }

  @Test
  void emptyOrNegativeSpansAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Sentence(3, 3));
    assertThrows(IllegalArgumentException.class, () -> new Sentence(4, 3));
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> new Sentence(-1, 3));
    assertEquals("a sentence needs 0 <= start < end, was start=-1, end=3", negative.getMessage());
  }
}
