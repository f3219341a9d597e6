package io.storylines.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CanonicalOrderTest {

  private static String key(String time, String id) {
    return CanonicalOrder.key(time == null ? null : Instant.parse(time), id);
  }

  @Test
  void earlierPublishedComesFirst() {
    assertTrue(key("2025-05-13T10:00:00Z", "z:9").compareTo(key("2025-05-13T10:00:01Z", "a:1")) < 0);
  }

  @Test
  void microsecondsCount() {
    assertTrue(key("2025-05-13T10:00:00.000001Z", "a").compareTo(key("2025-05-13T10:00:00.000002Z", "a")) < 0);
  }

  @Test
  void onEqualTimesTheSmallerIdComesFirst() {
    assertTrue(key("2025-05-13T10:00:00Z", "gulf:1").compareTo(key("2025-05-13T10:00:00Z", "levant:1")) < 0);
  }

  @Test
  void undatedComesAfterEveryDate() {
    assertTrue(key("9999-12-31T23:59:59Z", "z").compareTo(key(null, "a")) < 0);
  }

  @Test
  void datesBefore1970ComeBeforeLaterOnes() {
    assertTrue(key("1969-12-31T23:59:59Z", "b").compareTo(key("1970-01-01T00:00:00Z", "a")) < 0);
    assertTrue(key("1900-01-01T00:00:00Z", "b").compareTo(key("1969-12-31T23:59:59Z", "a")) < 0);
  }

  @Test
  void theIdIsReadBackFromTheKey() {
    assertEquals("levant-wire:lw-1 with space", CanonicalOrder.articleId(key("2025-05-13T10:00:00Z", "levant-wire:lw-1 with space")));
    assertEquals("x", CanonicalOrder.articleId(key(null, "x")));
  }

  @Test
  void theTimeIsSixteenHexDigitsAndASpace() {
    assertEquals(CanonicalOrder.ID_OFFSET, key("2025-05-13T10:00:00Z", "").length());
  }
}
