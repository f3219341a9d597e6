package io.storylines.incremental;

import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which partitions ({@code period} values) of a period-partitioned table an appending run writes
 * again; every other partition of the published table is kept as it is.
 *
 * <p>Two rules. A table whose rows for a period depend only on that period's articles (the articles
 * themselves, their mentions, topics and storyline matches, and every per-period count) changes
 * exactly in the <em>changed periods</em>: those with a new article, or with an article whose
 * near-duplicate cluster changed ({@link #ofChanged}). A table whose rows compare a period with the
 * periods before it ({@code storyline_shifts}) changes in every period from the earliest changed
 * one on ({@link #fromEarliest}); periods are ordered by name, as that table orders them.
 *
 * <p>Instances are immutable.
 */
public final class PartitionPlan {
  private final SortedSet<String> changed;
  private final boolean later;

  private PartitionPlan(Collection<String> changed, boolean later) {
    this.changed = new TreeSet<>(changed);
    this.later = later;
  }

  /** Rewrites exactly {@code changed}. */
  public static PartitionPlan ofChanged(Collection<String> changed) {
    return new PartitionPlan(changed, false);
  }

  /** Rewrites every period that sorts at or after the earliest of {@code changed}. */
  public static PartitionPlan fromEarliest(Collection<String> changed) {
    return new PartitionPlan(changed, true);
  }

  /** Whether partition {@code period} is written again. */
  public boolean rewrites(String period) {
    if (changed.isEmpty()) {
      return false;
    }
    return later ? period.compareTo(changed.first()) >= 0 : changed.contains(period);
  }

  /** The periods of {@code periods} that are written again, in order. */
  public SortedSet<String> rewritten(Collection<String> periods) {
    SortedSet<String> out = new TreeSet<>();
    for (String period : periods) {
      if (rewrites(period)) {
        out.add(period);
      }
    }
    return out;
  }

  /** The changed periods the plan was made from. */
  public Set<String> changed() {
    return java.util.Collections.unmodifiableSortedSet(changed);
  }
}
