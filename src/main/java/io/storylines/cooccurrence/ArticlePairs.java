package io.storylines.cooccurrence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The entity pairs of one article: every unordered pair of distinct entities that it mentions,
 * each with the number of sentences that mention both.
 *
 * <p>Windows: the <b>article</b> window is the title and the body together; the <b>sentence</b>
 * window is one body sentence, or the title, which counts as one sentence of its own. A mention
 * with no sentence (a body mention outside every sentence) counts in the article window only.
 *
 * <p>An article that mentions n distinct entities has n(n−1)/2 pairs: 79,800 for 400 entities.
 * The pairs are produced one at a time by the iterator, so a pathological article costs the time
 * to enumerate its pairs but no memory beyond its sorted mention lists; the per-pair sentence count
 * is a merge of two sorted arrays.
 */
public final class ArticlePairs implements Iterable<EntityPair> {
  /** The sentence key of the title. Body sentences are numbered from 0. */
  public static final int TITLE_SENTENCE = -1;

  /** The sentence key of a mention that is in no sentence: counted in the article window only. */
  public static final int NO_SENTENCE = Integer.MIN_VALUE;

  private final String[] entities;
  private final int[][] sentences;

  private ArticlePairs(String[] entities, int[][] sentences) {
    this.entities = entities;
    this.sentences = sentences;
  }

  /** One mention: the entity and the key of the sentence it is in. */
  public record Mention(String entityId, int sentence) {}

  /** The pairs of an article from its mentions, in any order; repeated mentions are fine. */
  public static ArticlePairs of(List<Mention> mentions) {
    Map<String, List<Integer>> byEntity = new TreeMap<>();
    for (Mention mention : mentions) {
      byEntity.computeIfAbsent(mention.entityId(), id -> new ArrayList<>()).add(mention.sentence());
    }
    String[] entities = byEntity.keySet().toArray(new String[0]);
    int[][] sentences = new int[entities.length][];
    for (int i = 0; i < entities.length; i++) {
      sentences[i] =
          byEntity.get(entities[i]).stream()
              .mapToInt(Integer::intValue)
              .filter(s -> s != NO_SENTENCE)
              .sorted()
              .distinct()
              .toArray();
    }
    return new ArticlePairs(entities, sentences);
  }

  /** The distinct entities, sorted. */
  public List<String> entities() {
    return List.of(entities);
  }

  /** n(n−1)/2 for n distinct entities. */
  public long pairCount() {
    long n = entities.length;
    return n * (n - 1) / 2;
  }

  /** The pairs in order of (entityA, entityB). */
  @Override
  public Iterator<EntityPair> iterator() {
    return new Iterator<>() {
      private int i = 0;
      private int j = 1;

      @Override
      public boolean hasNext() {
        return j < entities.length;
      }

      @Override
      public EntityPair next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        EntityPair pair =
            new EntityPair(entities[i], entities[j], sharedCount(sentences[i], sentences[j]));
        j++;
        if (j == entities.length) {
          i++;
          j = i + 1;
        }
        return pair;
      }
    };
  }

  /** The number of values in both sorted, distinct arrays. */
  static int sharedCount(int[] a, int[] b) {
    int shared = 0;
    int x = 0;
    int y = 0;
    while (x < a.length && y < b.length) {
      if (a[x] == b[y]) {
        shared++;
        x++;
        y++;
      } else if (a[x] < b[y]) {
        x++;
      } else {
        y++;
      }
    }
    return shared;
  }

  @Override
  public String toString() {
    return "ArticlePairs" + Arrays.toString(entities);
  }
}
