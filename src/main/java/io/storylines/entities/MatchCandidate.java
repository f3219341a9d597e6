package io.storylines.entities;

import java.util.Comparator;

/**
 * A match that passed every rule of {@link AliasMatcher} but the choice among overlapping ones:
 * {@code start} and {@code end} in the match-key text, {@code charStart} and {@code charEnd} in the
 * original.
 */
record MatchCandidate(
    MatchEntry entry, int start, int end, int charStart, int charEnd, boolean adjectival) {

  /**
   * Which of two overlapping candidates wins: the longer span (in the match-key text), then the one
   * that starts first, then the non-adjectival one, then the case-sensitive one, then the smaller
   * entity id, then the smaller alias surface. Total, so the choice is deterministic.
   */
  static final Comparator<MatchCandidate> PRIORITY =
      Comparator.comparingInt((MatchCandidate c) -> c.end - c.start)
          .reversed()
          .thenComparingInt(MatchCandidate::start)
          .thenComparing(MatchCandidate::adjectival)
          .thenComparing(c -> !c.entry.pattern().caseSensitive())
          .thenComparing(c -> c.entry.pattern().entityId())
          .thenComparing(c -> c.entry.pattern().surface());
}
