package io.storylines.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JaccardTest {

  @Test
  void intersectionOverUnion() {
    assertEquals(2.0 / 4, Jaccard.of(new long[] {1, 2, 3}, new long[] {2, 3, 4}));
  }

  @Test
  void identicalSetsAreOne() {
    assertEquals(1.0, Jaccard.of(new long[] {-5, 0, 9}, new long[] {-5, 0, 9}));
  }

  @Test
  void disjointSetsAreZero() {
    assertEquals(0.0, Jaccard.of(new long[] {1, 2}, new long[] {3, 4}));
  }

  @Test
  void anEmptySetAgainstAnotherIsZero() {
    assertEquals(0.0, Jaccard.of(new long[0], new long[] {1}));
  }

  @Test
  void twoEmptySetsAreOne() {
    assertEquals(1.0, Jaccard.of(new long[0], new long[0]));
  }

  @Test
  void negativeValuesSortBeforePositive() {
    assertEquals(1.0 / 3, Jaccard.of(new long[] {Long.MIN_VALUE, 0}, new long[] {0, Long.MAX_VALUE}));
  }
}
