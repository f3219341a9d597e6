package io.storylines.topics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality figures of a model's topics, counted over a set of documents: the document
 * frequency of each topic's top terms, and the NPMI of each pair of them.
 *
 * <p>The counts live in one {@code long[]} ({@link #newCounts()}): the number of documents, each
 * watched term's document frequency, and each topic's pairs' co-document frequency. Its size
 * depends on the number of topics and top terms only, never on the corpus, so it can be summed
 * across partitions ({@link #accumulate}, {@link #merge}) and read on the driver ({@link #score}).
 *
 * <p>NPMI is that of the bench scorer ({@code bench/topics/score.py}): for terms w1, w2 with
 * document probabilities p1, p2 and joint probability p12, {@code ln(p12 / (p1 p2)) / -ln(p12)};
 * a pair that shares no document scores −1, and a pair present in every document scores 1. A
 * topic's NPMI is the mean over its pairs.
 */
public final class TopicCoherence implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<List<String>> topTerms;
  private final Map<String, Integer> termIndex;
  /** For each watched term, the pairs (as count slots) it forms with a later-indexed term. */
  private final Map<Integer, Map<Integer, int[]>> pairSlots;
  private final int pairBase;
  private final int size;

  /** A topic's figures. */
  public record Quality(List<String> terms, List<Long> documentFrequency, double medianDocumentFrequency,
      double npmi, int pairsNeverTogether) {}

  /** @param topTerms per topic, its top terms in rank order */
  public TopicCoherence(List<List<String>> topTerms) {
    this.topTerms = topTerms.stream().map(List::copyOf).toList();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (List<String> terms : this.topTerms) {
      for (String term : terms) {
        index.putIfAbsent(term, index.size());
      }
    }
    this.termIndex = Map.copyOf(index);
    this.pairBase = 1 + index.size();
    Map<Integer, Map<Integer, int[]>> slots = new HashMap<>();
    int slot = pairBase;
    for (List<String> terms : this.topTerms) {
      for (int i = 0; i < terms.size(); i++) {
        for (int j = i + 1; j < terms.size(); j++) {
          int a = index.get(terms.get(i));
          int b = index.get(terms.get(j));
          if (a == b) {
            continue;
          }
          int low = Math.min(a, b);
          int high = Math.max(a, b);
          int[] existing = slots.computeIfAbsent(low, k -> new HashMap<>()).get(high);
          int[] grown = existing == null ? new int[] {slot} : append(existing, slot);
          slots.get(low).put(high, grown);
          slot++;
        }
      }
    }
    this.pairSlots = slots;
    this.size = slot;
  }

  private static int[] append(int[] values, int value) {
    int[] grown = Arrays.copyOf(values, values.length + 1);
    grown[values.length] = value;
    return grown;
  }

  /** Zeroed counts. */
  public long[] newCounts() {
    return new long[size];
  }

  /**
   * Adds one document, given its terms (repeats are ignored).
   *
   * @return {@code counts}
   */
  public long[] accumulate(long[] counts, Collection<String> documentTerms) {
    counts[0]++;
    int[] present = documentTerms.stream()
        .map(termIndex::get)
        .filter(java.util.Objects::nonNull)
        .mapToInt(Integer::intValue)
        .distinct()
        .sorted()
        .toArray();
    for (int i = 0; i < present.length; i++) {
      counts[1 + present[i]]++;
      Map<Integer, int[]> partners = pairSlots.get(present[i]);
      if (partners == null) {
        continue;
      }
      for (int j = i + 1; j < present.length; j++) {
        int[] slots = partners.get(present[j]);
        if (slots != null) {
          for (int slot : slots) {
            counts[slot]++;
          }
        }
      }
    }
    return counts;
  }

  /** Adds {@code other} into {@code counts}; returns {@code counts}. */
  public static long[] merge(long[] counts, long[] other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other[i];
    }
    return counts;
  }

  /** The documents counted. */
  public static long documents(long[] counts) {
    return counts[0];
  }

  /** Each topic's figures, in topic order. */
  public List<Quality> score(long[] counts) {
    if (counts.length != size) {
      throw new IllegalArgumentException("counts of length " + counts.length + ", expected " + size);
    }
    long documents = counts[0];
    List<Quality> qualities = new ArrayList<>();
    int slot = pairBase;
    for (List<String> terms : topTerms) {
      long[] df = new long[terms.size()];
      for (int i = 0; i < terms.size(); i++) {
        df[i] = counts[1 + termIndex.get(terms.get(i))];
      }
      double sum = 0;
      int pairs = 0;
      int never = 0;
      for (int i = 0; i < terms.size(); i++) {
        for (int j = i + 1; j < terms.size(); j++) {
          if (termIndex.get(terms.get(i)).equals(termIndex.get(terms.get(j)))) {
            continue;
          }
          long together = counts[slot++];
          double value = npmi(together, df[i], df[j], documents);
          if (together == 0) {
            never++;
          }
          sum += value;
          pairs++;
        }
      }
      qualities.add(
          new Quality(
              terms, Arrays.stream(df).boxed().toList(), median(df), pairs == 0 ? Double.NaN : sum / pairs, never));
    }
    return qualities;
  }

  /**
   * NPMI of two terms from document counts: −1 when they share no document, 1 when they are in
   * every document together.
   */
  public static double npmi(long together, long df1, long df2, long documents) {
    if (together == 0) {
      return -1.0;
    }
    double p12 = (double) together / documents;
    if (p12 >= 1.0) {
      return 1.0;
    }
    double p1 = (double) df1 / documents;
    double p2 = (double) df2 / documents;
    return Math.log(p12 / (p1 * p2)) / -Math.log(p12);
  }

  static double median(long[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }
}
