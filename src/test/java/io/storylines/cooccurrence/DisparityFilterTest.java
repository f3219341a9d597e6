package io.storylines.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisparityFilterTest {

  @Test
  void pValueIsOneMinusShareToTheDegreeMinusOne() {
    // Node with 3 edges of weights 6, 3, 1 (strength 10): (1 - 0.6)^2 = 0.16, (0.7)^2, (0.9)^2.
    assertEquals(0.16, DisparityFilter.nodePValue(6, 10, 3), 1e-12);
    assertEquals(0.49, DisparityFilter.nodePValue(3, 10, 3), 1e-12);
    assertEquals(0.81, DisparityFilter.nodePValue(1, 10, 3), 1e-12);
    // A hub with 20 edges, one of them half its strength: 0.5^19.
    assertEquals(Math.pow(0.5, 19), DisparityFilter.nodePValue(50, 100, 20), 1e-15);
  }

  @Test
  void evenlySpreadWeightsAreNotSignificant() {
    assertEquals(Math.pow(0.75, 3), DisparityFilter.nodePValue(5, 20, 4), 1e-12);
    assertTrue(DisparityFilter.nodePValue(5, 20, 4) > 0.05);
  }

  @Test
  void aNodeWithOneEdgeHasNoTest() {
    assertTrue(Double.isNaN(DisparityFilter.nodePValue(7, 7, 1)));
  }

  @Test
  void anEdgeIsSignificantOnlyWhenItIsForBothNodes() {
    assertEquals(0.3, DisparityFilter.edgePValue(0.01, 0.3), 0.0);
    assertEquals(0.3, DisparityFilter.edgePValue(0.3, 0.01), 0.0);
    assertEquals(0.01, DisparityFilter.edgePValue(Double.NaN, 0.01), 0.0);
    assertEquals(0.02, DisparityFilter.edgePValue(0.02, Double.NaN), 0.0);
    assertEquals(1.0, DisparityFilter.edgePValue(Double.NaN, Double.NaN), 0.0);
  }

  @Test
  void inconsistentInputsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> DisparityFilter.nodePValue(0, 10, 2));
    assertThrows(IllegalArgumentException.class, () -> DisparityFilter.nodePValue(11, 10, 2));
    assertThrows(IllegalArgumentException.class, () -> DisparityFilter.nodePValue(1, 10, 0));
  }
}
