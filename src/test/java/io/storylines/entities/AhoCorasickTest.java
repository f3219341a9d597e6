package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link AhoCorasick} finds exactly the occurrences a naive search finds, in one pass. */
class AhoCorasickTest {

  /** Occurrences as {@code key@end}, in the order reported. */
  private static List<String> hits(List<String> keys, String text) {
    List<String> hits = new ArrayList<>();
    AhoCorasick.build(keys).scan(text, (key, end) -> hits.add(keys.get(key) + "@" + end));
    return hits;
  }

  /** Every occurrence of every key, by end then key index: what {@code scan} must report. */
  private static List<String> naiveHits(List<String> keys, String text) {
    List<String> hits = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      for (String key : keys) {
        if (end >= key.length() && text.startsWith(key, end - key.length())) {
          hits.add(key + "@" + end);
        }
      }
    }
    return hits;
  }

  @Test
  void findsOverlappingKeysThroughFailureAndOutputLinks() {
    List<String> keys = List.of("he", "she", "his", "hers");
    assertSameHits(List.of("she@4", "he@4", "hers@6"), hits(keys, "ushers"), "ushers");
    assertSameHits(naiveHits(keys, "ahishers"), hits(keys, "ahishers"), "ahishers");
  }

  @Test
  void reportsARepeatedKeyOncePerCopy() {
    assertEquals(List.of("ab@2", "ab@2"), hits(List.of("ab", "ab"), "ab"));
  }

  @Test
  void findsArabicAndCharsBeyondTheRootTable() {
    List<String> keys = List.of("دمشق", "北京", "\uFFFD");
    assertEquals(List.of("دمشق@5", "北京@8", "\uFFFD@9"), hits(keys, "بدمشق 北京\uFFFD"));
  }

  @Test
  void noKeysFindNothing() {
    assertEquals(List.of(), hits(List.of(), "anything"));
    assertEquals(0, AhoCorasick.build(List.of()).keyCount());
  }

  @Test
  void emptyKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> AhoCorasick.build(List.of("a", "")));
  }

  @Test
  void statesAreTheTrieNodes() {
    assertEquals(1 + 2 + 1, AhoCorasick.build(List.of("ab", "ac", "a")).stateCount());
  }

  @Test
  void randomKeysAndTextMatchTheNaiveSearch() {
    Random random = new Random(20250601L);
    String alphabet = "abاب";
    for (int round = 0; round < 500; round++) {
      List<String> keys = new ArrayList<>();
      for (int k = random.nextInt(8); k >= 0; k--) {
        keys.add(randomString(random, alphabet, 1 + random.nextInt(4)));
      }
      String text = randomString(random, alphabet, random.nextInt(40));
      assertSameHits(naiveHits(keys, text), hits(keys, text), text + " " + keys);
    }
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder builder = new StringBuilder();
    for (int i = 0; i < length; i++) {
      builder.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return builder.toString();
  }

  /** {@code hits} reported in order of their end, and the same multiset as {@code expected}. */
  private static void assertSameHits(List<String> expected, List<String> hits, String message) {
    int previousEnd = 0;
    for (String hit : hits) {
      int end = Integer.parseInt(hit.substring(hit.lastIndexOf('@') + 1));
      assertTrue(end >= previousEnd, "hits in order of their end: " + hits);
      previousEnd = end;
    }
    List<String> sortedExpected = new ArrayList<>(expected);
    List<String> sortedHits = new ArrayList<>(hits);
    sortedExpected.sort(null);
    sortedHits.sort(null);
    assertEquals(sortedExpected, sortedHits, message);
  }
}
