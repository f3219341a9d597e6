package io.storylines.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BandingTest {

  @Test
  void thresholdPointEightIs25BandsOf5Rows() {
    assertEquals(new Banding(25, 5), Banding.forThreshold(0.8));
  }

  @Test
  void theSCurveAtTheDefaultBanding() {
    // The figures quoted in Banding's class doc and docs/dedup.md.
    Banding banding = new Banding(25, 5);
    assertEquals(4.9e-5, 1 - banding.candidateProbability(0.8), 0.1e-5);
    assertEquals(2.0e-10, 1 - banding.candidateProbability(0.9), 0.1e-10);
    assertEquals(1.0, banding.candidateProbability(1.0));
    assertEquals(0.5, banding.candidateProbability(0.5), 0.1);
    assertTrue(banding.candidateProbability(0.2) < 0.01);
  }

  @Test
  void everyThresholdFromATenthMissesAPairAtTheThresholdAtMostOnceInAThousand() {
    for (double t = 0.1; t <= 1.0; t += 0.05) {
      Banding banding = Banding.forThreshold(t);
      assertTrue(banding.hashes() <= Banding.MAX_HASHES, banding.toString());
      assertTrue(1 - banding.candidateProbability(t) <= Banding.MAX_MISS_AT_THRESHOLD, t + " " + banding);
    }
  }

  @Test
  void belowThatTheMostBandsAreTheBestThereIs() {
    assertEquals(new Banding(128, 1), Banding.forThreshold(0.05));
  }

  @Test
  void aHigherThresholdNeverHasFewerRows() {
    int rows = 0;
    for (double t = 0.05; t <= 1.0; t += 0.05) {
      Banding banding = Banding.forThreshold(t);
      assertTrue(banding.rows() >= rows, t + " " + banding);
      rows = banding.rows();
    }
  }

  @Test
  void thresholdOutsideZeroOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Banding.forThreshold(0));
    assertThrows(IllegalArgumentException.class, () -> Banding.forThreshold(1.01));
    assertThrows(IllegalArgumentException.class, () -> Banding.forThreshold(Double.NaN));
  }

  @Test
  void oneKeyPerBandAndEqualBandsGiveEqualKeys() {
    Banding banding = new Banding(3, 2);
    long[] a = {1, 2, 3, 4, 5, 6};
    long[] b = {1, 2, 9, 9, 5, 6};
    long[] keysA = banding.bandKeys(a);
    long[] keysB = banding.bandKeys(b);
    assertEquals(3, keysA.length);
    assertEquals(keysA[0], keysB[0]);
    assertNotEquals(keysA[1], keysB[1]);
    assertEquals(keysA[2], keysB[2]);
  }

  @Test
  void theSameValuesInAnotherBandAreAnotherKey() {
    long[] keys = new Banding(2, 2).bandKeys(new long[] {7, 7, 7, 7});
    assertNotEquals(keys[0], keys[1]);
  }

  @Test
  void entriesBeyondTheBandsAreIgnored() {
    Banding banding = new Banding(2, 2);
    assertArrayEquals(banding.bandKeys(new long[] {1, 2, 3, 4, 5}), banding.bandKeys(new long[] {1, 2, 3, 4, 99}));
  }

  @Test
  void aShortSignatureIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Banding(3, 2).bandKeys(new long[5]));
  }

  @Test
  void candidatesOfSimilarSetsAreFoundAtTheRateTheCurvePredicts() {
    // 400 pairs at J = 0.8 with independent seeds: the curve says 0.99995 of them are candidates.
    Banding banding = Banding.forThreshold(0.8);
    int found = 0;
    for (int seed = 0; seed < 400; seed++) {
      MinHasher hasher = new MinHasher(banding.hashes(), seed);
      long[] a = java.util.stream.LongStream.range(0, 180).map(StableHash::mix).sorted().toArray();
      long[] b = java.util.stream.LongStream.range(20, 200).map(StableHash::mix).sorted().toArray();
      long[] keysA = banding.bandKeys(hasher.signature(a));
      long[] keysB = banding.bandKeys(hasher.signature(b));
      boolean candidate = false;
      for (int i = 0; i < keysA.length; i++) {
        candidate |= keysA[i] == keysB[i];
      }
      found += candidate ? 1 : 0;
    }
    assertTrue(found >= 398, found + " of 400 at J = " + 160.0 / 200 + ": " + Arrays.toString(new int[] {found}));
  }
}
