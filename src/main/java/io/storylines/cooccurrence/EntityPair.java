package io.storylines.cooccurrence;

/**
 * Two distinct entities mentioned in one article, in canonical order ({@code entityA < entityB} as
 * strings), with the number of the article's sentences that mention both.
 *
 * @param sharedSentences sentences (the title counts as one) holding a mention of each; 0 when the
 *     two are only together in the article window
 */
public record EntityPair(String entityA, String entityB, int sharedSentences) {
  public EntityPair {
    if (entityA.compareTo(entityB) >= 0) {
      throw new IllegalArgumentException(
          "pair not in canonical order: '" + entityA + "' must sort before '" + entityB + "'");
    }
    if (sharedSentences < 0) {
      throw new IllegalArgumentException("sharedSentences < 0: " + sharedSentences);
    }
  }
}
