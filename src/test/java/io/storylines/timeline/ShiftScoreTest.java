package io.storylines.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShiftScoreTest {
  @Test
  void zIsTheTwoProportionTest() {
    // 30 of 100 now, 10 of 100 before: q = 0.2, se = sqrt(0.2 * 0.8 * 0.02) = 0.0565685.
    assertEquals(0.2, ShiftScore.delta(30, 100, 10, 100), 1e-12);
    assertEquals(0.2 / Math.sqrt(0.2 * 0.8 * 0.02), ShiftScore.z(30, 100, 10, 100), 1e-12);
    assertTrue(ShiftScore.z(10, 100, 30, 100) < 0, "a fall is negative");
  }

  @Test
  void moreEvidenceGivesALargerZForTheSameMove() {
    assertTrue(ShiftScore.z(100, 500, 50, 500) > ShiftScore.z(2, 10, 1, 10));
  }

  @Test
  void noMoveScoresZeroAndNoBaselineIsUndefined() {
    assertEquals(0.0, ShiftScore.z(5, 10, 10, 20), 1e-12);
    assertEquals(0.0, ShiftScore.z(10, 10, 20, 20), 0.0, "in every story, before and now");
    assertTrue(Double.isNaN(ShiftScore.z(3, 10, 0, 0)));
    assertTrue(Double.isNaN(ShiftScore.delta(3, 0, 1, 10)));
    assertThrows(IllegalArgumentException.class, () -> ShiftScore.z(11, 10, 1, 10));
  }
}
