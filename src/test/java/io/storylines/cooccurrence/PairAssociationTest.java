package io.storylines.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairAssociationTest {

  @Test
  void handComputedValues() {
    // N=10 articles, a in 4, b in 5, both in 2: p(a,b)=0.2, p(a)p(b)=0.2, independent.
    PairAssociation independent = PairAssociation.of(2, 4, 5, 10);
    assertEquals(0.0, independent.pmi(), 1e-12);
    assertEquals(0.0, independent.npmi(), 1e-12);
    assertEquals(1.0, independent.lift(), 1e-12);

    // N=8, a in 2, b in 2, both in 2: lift 4, pmi ln 4, npmi ln4 / -ln(1/4) = 1.
    PairAssociation exclusive = PairAssociation.of(2, 2, 2, 8);
    assertEquals(Math.log(4), exclusive.pmi(), 1e-12);
    assertEquals(1.0, exclusive.npmi(), 1e-12);
    assertEquals(4.0, exclusive.lift(), 1e-12);

    // N=100, a in 50, b in 40, both in 10: lift 0.5, pmi = ln 0.5 = -0.693147...,
    // npmi = ln 0.5 / -ln 0.1 = -0.30103 (log10 2).
    PairAssociation avoiding = PairAssociation.of(10, 50, 40, 100);
    assertEquals(-0.6931471805599453, avoiding.pmi(), 1e-9);
    assertEquals(-0.30102999566398120, avoiding.npmi(), 1e-9);
    assertEquals(0.5, avoiding.lift(), 1e-12);

    // N=20, a in 3, b in 7, both in 3: lift 20/7, npmi ln(20/7)/ln(20/3).
    PairAssociation nested = PairAssociation.of(3, 3, 7, 20);
    assertEquals(1.0498221244986776, nested.pmi(), 1e-9);
    assertEquals(0.5533767673433836, nested.npmi(), 1e-9);
    assertEquals(20.0 / 7.0, nested.lift(), 1e-12);
  }

  @Test
  void everyArticleMentioningBothIsNpmiOne() {
    PairAssociation all = PairAssociation.of(5, 5, 5, 5);
    assertEquals(0.0, all.pmi(), 1e-12);
    assertEquals(1.0, all.npmi(), 0.0);
    assertEquals(1.0, all.lift(), 1e-12);
  }

  @Test
  void npmiStaysWithinItsBoundsForEveryConsistentCount() {
    for (int n = 1; n <= 30; n++) {
      for (int a = 1; a <= n; a++) {
        for (int b = 1; b <= n; b++) {
          for (int ab = Math.max(1, a + b - n); ab <= Math.min(a, b); ab++) {
            PairAssociation m = PairAssociation.of(ab, a, b, n);
            assertTrue(m.npmi() >= -1 && m.npmi() <= 1, n + " " + a + " " + b + " " + ab);
            assertEquals(Math.exp(m.pmi()), m.lift(), 1e-9 * m.lift());
            assertTrue(Double.isFinite(m.pmi()));
          }
        }
      }
    }
  }

  @Test
  void inconsistentCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> PairAssociation.of(0, 1, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> PairAssociation.of(3, 2, 5, 10));
    assertThrows(IllegalArgumentException.class, () -> PairAssociation.of(2, 2, 11, 10));
  }
}
