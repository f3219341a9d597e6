package io.storylines.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private static long[] range(long from, long to) {
    return LongStream.range(from, to).map(StableHash::mix).sorted().toArray();
  }

  @Test
  void signatureHasOneEntryPerHash() {
    assertEquals(125, new MinHasher(125, 1).signature(range(0, 10)).length);
  }

  @Test
  void sameSeedSameSignature() {
    assertArrayEquals(new MinHasher(64, 42).signature(range(0, 50)), new MinHasher(64, 42).signature(range(0, 50)));
  }

  @Test
  void anotherSeedAnotherSignature() {
    assertNotEquals(
        Arrays.toString(new MinHasher(64, 42).signature(range(0, 50))),
        Arrays.toString(new MinHasher(64, 43).signature(range(0, 50))));
  }

  @Test
  void identicalSetsHaveIdenticalSignatures() {
    MinHasher hasher = new MinHasher(128, 7);
    assertEquals(1.0, MinHasher.estimate(hasher.signature(range(0, 300)), hasher.signature(range(0, 300))));
  }

  @Test
  void disjointSetsAlmostNeverAgree() {
    MinHasher hasher = new MinHasher(128, 7);
    assertTrue(MinHasher.estimate(hasher.signature(range(0, 300)), hasher.signature(range(300, 600))) < 0.05);
  }

  @Test
  void agreementEstimatesJaccardWithinItsSamplingError() {
    // With 128 hashes the estimate's standard deviation is at most 0.044; 4 of them bound it.
    MinHasher hasher = new MinHasher(128, 11);
    Random random = new Random(3);
    for (int trial = 0; trial < 50; trial++) {
      int n = 50 + random.nextInt(500);
      int overlap = random.nextInt(n);
      long[] a = range(0, n);
      long[] b = range(n - overlap, 2L * n - overlap);
      double exact = Jaccard.of(a, b);
      double estimate = MinHasher.estimate(hasher.signature(a), hasher.signature(b));
      assertEquals(exact, estimate, 0.18, "n " + n + " overlap " + overlap);
    }
  }

  @Test
  void anEmptySetHasNoSignature() {
    assertThrows(IllegalArgumentException.class, () -> new MinHasher(8, 1).signature(new long[0]));
  }
}
