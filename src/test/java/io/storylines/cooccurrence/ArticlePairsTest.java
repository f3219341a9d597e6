package io.storylines.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storylines.cooccurrence.ArticlePairs.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticlePairsTest {

  private static List<EntityPair> pairs(Mention... mentions) {
    List<EntityPair> out = new ArrayList<>();
    ArticlePairs.of(List.of(mentions)).forEach(out::add);
    return out;
  }

  @Test
  void everyUnorderedPairOfDistinctEntitiesOnceInCanonicalOrder() {
    List<EntityPair> pairs =
        pairs(new Mention("us", 0), new Mention("syria", 0), new Mention("isis", 3));
    assertEquals(
        List.of(
            new EntityPair("isis", "syria", 0),
            new EntityPair("isis", "us", 0),
            new EntityPair("syria", "us", 1)),
        pairs);
  }

  @Test
  void repeatedMentionsCountOncePerSentence() {
    List<EntityPair> pairs =
        pairs(
            new Mention("syria", 2),
            new Mention("syria", 2),
            new Mention("us", 2),
            new Mention("us", 2),
            new Mention("us", 5),
            new Mention("syria", 5),
            new Mention("syria", 7));
    assertEquals(List.of(new EntityPair("syria", "us", 2)), pairs);
  }

  @Test
  void theTitleIsOneSentenceOfItsOwn() {
    List<EntityPair> pairs =
        pairs(
            new Mention("syria", ArticlePairs.TITLE_SENTENCE),
            new Mention("us", ArticlePairs.TITLE_SENTENCE),
            new Mention("us", 0));
    assertEquals(List.of(new EntityPair("syria", "us", 1)), pairs);
  }

  @Test
  void aMentionInNoSentenceCountsInTheArticleWindowOnly() {
    List<EntityPair> pairs =
        pairs(new Mention("syria", ArticlePairs.NO_SENTENCE), new Mention("us", ArticlePairs.NO_SENTENCE));
    assertEquals(List.of(new EntityPair("syria", "us", 0)), pairs);
  }

  @Test
  void oneEntityOrNoneHasNoPairs() {
    assertEquals(List.of(), pairs());
    assertEquals(List.of(), pairs(new Mention("syria", 0), new Mention("syria", 1)));
    Iterator<EntityPair> empty = ArticlePairs.of(List.of()).iterator();
    assertFalse(empty.hasNext());
    assertThrows(NoSuchElementException.class, empty::next);
  }

  @Test
  void aPathologicalArticleWith400EntitiesStreamsAll79800Pairs() {
    List<Mention> mentions = new ArrayList<>();
    for (int e = 0; e < 400; e++) {
      mentions.add(new Mention(String.format("e%03d", e), e % 10));
    }
    ArticlePairs article = ArticlePairs.of(mentions);
    assertEquals(79_800, article.pairCount());
    Set<String> seen = new HashSet<>();
    long sharing = 0;
    for (EntityPair pair : article) {
      seen.add(pair.entityA() + "|" + pair.entityB());
      sharing += pair.sharedSentences();
    }
    assertEquals(79_800, seen.size());
    // 10 sentences of 40 entities each: 10 * C(40, 2) pairs share one sentence.
    assertEquals(10 * 40 * 39 / 2, sharing);
  }

  @Test
  void sharedCountIsTheSizeOfTheIntersectionOfSortedSets() {
    assertEquals(0, ArticlePairs.sharedCount(new int[] {}, new int[] {1}));
    assertEquals(2, ArticlePairs.sharedCount(new int[] {-1, 2, 5}, new int[] {-1, 3, 5, 9}));
    assertEquals(3, ArticlePairs.sharedCount(new int[] {1, 2, 3}, new int[] {1, 2, 3}));
  }

  @Test
  void aPairMustBeInCanonicalOrder() {
    assertThrows(IllegalArgumentException.class, () -> new EntityPair("us", "syria", 0));
    assertThrows(IllegalArgumentException.class, () -> new EntityPair("us", "us", 0));
    assertThrows(IllegalArgumentException.class, () -> new EntityPair("a", "b", -1));
  }
}
