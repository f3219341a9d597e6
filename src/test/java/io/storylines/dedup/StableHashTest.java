package io.storylines.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StableHashTest {

  @Test
  void fnv1aOfTheEmptyStringIsItsOffsetBasisMixed() {
    assertEquals(StableHash.mix(0xcbf29ce484222325L), StableHash.of(""));
  }

  @Test
  void aRangeHashesLikeTheSubstring() {
    assertEquals(StableHash.of("syria"), StableHash.of("in syria today", 3, 8));
  }

  @Test
  void bothBytesOfAUtf16UnitCount() {
    assertNotEquals(StableHash.of("\u0627"), StableHash.of("\u0527"));
  }

  @Test
  void combineDependsOnOrder() {
    long a = StableHash.of("a");
    long b = StableHash.of("b");
    assertNotEquals(StableHash.combine(StableHash.combine(0, a), b), StableHash.combine(StableHash.combine(0, b), a));
  }

  @Test
  void mixIsMurmur3Fmix64() {
    assertEquals(0L, StableHash.mix(0));
    assertEquals(0xb456bcfc34c2cb2cL, StableHash.mix(1));
  }

  @Test
  void seedsAreSplitMix64() {
    // The first outputs of SplitMix64 seeded with 0 (Steele, Lea and Flood, OOPSLA 2014).
    assertArrayEquals(
        new long[] {0xe220a8397b1dcdafL, 0x6e789e6aa1b965f4L, 0x06c45d188009454fL}, StableHash.seeds(0, 3));
  }

  @Test
  void wordsOfALargeVocabularyDoNotCollide() {
    Set<Long> hashes = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      hashes.add(StableHash.of("w" + i));
    }
    assertEquals(200_000, hashes.size());
  }
}
