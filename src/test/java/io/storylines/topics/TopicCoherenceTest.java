package io.storylines.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicCoherenceTest {
  private static final List<List<String>> TOPICS = List.of(List.of("a", "b", "c"), List.of("c", "d"));

  private static final List<List<String>> DOCUMENTS =
      List.of(List.of("a", "b", "a"), List.of("a", "b", "c"), List.of("c"), List.of("d", "x"), List.of());

  private static long[] count(TopicCoherence coherence, List<List<String>> documents) {
    long[] counts = coherence.newCounts();
    documents.forEach(document -> coherence.accumulate(counts, document));
    return counts;
  }

  @Test
  void documentFrequencyCountsEachDocumentOnce() {
    TopicCoherence coherence = new TopicCoherence(TOPICS);
    List<TopicCoherence.Quality> qualities = coherence.score(count(coherence, DOCUMENTS));
    assertEquals(List.of(2L, 2L, 2L), qualities.get(0).documentFrequency());
    assertEquals(List.of(2L, 1L), qualities.get(1).documentFrequency());
    assertEquals(2.0, qualities.get(0).medianDocumentFrequency());
    assertEquals(1.5, qualities.get(1).medianDocumentFrequency());
  }

  @Test
  void npmiIsTheMeanOverATopicsPairsWithMinusOneForPairsNeverTogether() {
    TopicCoherence coherence = new TopicCoherence(TOPICS);
    long[] counts = count(coherence, DOCUMENTS);
    assertEquals(5, TopicCoherence.documents(counts), "the empty document counts too");
    List<TopicCoherence.Quality> qualities = coherence.score(counts);
    // a,b: together in 2 of 5, each in 2 of 5: ln(0.4 / 0.16) / -ln(0.4) = 1.
    // a,c and b,c: together in 1 of 5: ln(0.2 / 0.16) / -ln(0.2).
    double ac = Math.log(0.2 / 0.16) / -Math.log(0.2);
    assertEquals((1 + 2 * ac) / 3, qualities.get(0).npmi(), 1e-12);
    assertEquals(0, qualities.get(0).pairsNeverTogether());
    assertEquals(-1.0, qualities.get(1).npmi(), 0.0, "c and d share no document");
    assertEquals(1, qualities.get(1).pairsNeverTogether());
  }

  @Test
  void aPairInTwoTopicsIsCountedForBoth() {
    TopicCoherence coherence = new TopicCoherence(List.of(List.of("a", "b"), List.of("b", "a")));
    List<TopicCoherence.Quality> qualities = coherence.score(count(coherence, DOCUMENTS));
    assertEquals(1.0, qualities.get(0).npmi(), 1e-12);
    assertEquals(1.0, qualities.get(1).npmi(), 1e-12);
  }

  @Test
  void partitionCountsMergeToTheWholeCount() {
    TopicCoherence coherence = new TopicCoherence(TOPICS);
    long[] left = count(coherence, DOCUMENTS.subList(0, 2));
    long[] right = count(coherence, DOCUMENTS.subList(2, 5));
    assertArrayEquals(count(coherence, DOCUMENTS), TopicCoherence.merge(left, right));
  }

  @Test
  void npmiBounds() {
    assertEquals(1.0, TopicCoherence.npmi(10, 10, 10, 10), "in every document together");
    assertEquals(-1.0, TopicCoherence.npmi(0, 3, 4, 10));
    assertEquals(0.0, TopicCoherence.npmi(1, 2, 5, 10), 1e-12, "independent: p12 = p1 p2");
  }

  @Test
  void countsOfAnotherShapeAreRefused() {
    TopicCoherence coherence = new TopicCoherence(TOPICS);
    assertThrows(IllegalArgumentException.class, () -> coherence.score(new long[3]));
    assertEquals(List.of(), new TopicCoherence(List.of()).score(new TopicCoherence(List.of()).newCounts()));
    coherence.accumulate(coherence.newCounts(), Set.of("unknown"));
  }
}
