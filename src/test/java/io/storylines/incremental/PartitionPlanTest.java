package io.storylines.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartitionPlanTest {
  private static final List<String> PERIODS =
      List.of("2024-12", "2025-01", "2025-02", "2025-03", "2025-10", "undated");

  @Test
  void changedPlanRewritesExactlyTheChangedPeriods() {
    PartitionPlan plan = PartitionPlan.ofChanged(Set.of("2025-01", "2025-03"));
    assertEquals(List.of("2025-01", "2025-03"), List.copyOf(plan.rewritten(PERIODS)));
    assertFalse(plan.rewrites("2025-02"));
  }

  @Test
  void earliestPlanRewritesEveryLaterPeriodToo() {
    PartitionPlan plan = PartitionPlan.fromEarliest(Set.of("2025-03", "2025-01"));
    assertEquals(
        List.of("2025-01", "2025-02", "2025-03", "2025-10", "undated"),
        List.copyOf(plan.rewritten(PERIODS)));
    assertFalse(plan.rewrites("2024-12"));
  }

  @Test
  void aNewPeriodIsRewrittenAndUndatedSortsLast() {
    assertTrue(PartitionPlan.ofChanged(Set.of("2026-02")).rewrites("2026-02"));
    assertEquals(
        List.of("undated"), List.copyOf(PartitionPlan.fromEarliest(Set.of("undated")).rewritten(PERIODS)));
  }

  @Test
  void nothingChangedRewritesNothing() {
    assertTrue(PartitionPlan.ofChanged(Set.of()).rewritten(PERIODS).isEmpty());
    assertTrue(PartitionPlan.fromEarliest(Set.of()).rewritten(PERIODS).isEmpty());
  }
}
