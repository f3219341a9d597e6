package io.storylines.storyline;

import java.util.List;

/**
 * One article that a storyline's rule found relevant: a row of {@code storyline_articles} without
 * the article's own columns. See {@link StorylineMatcher} for how each value is computed.
 *
 * @param score the share of the article's sentences (title included) that are on the storyline, in
 *     [0, 1]; 0 only in mode {@code article}, when no sentence mentions every group and no term is
 *     found
 * @param frames the frames with at least one hit, in the definition's order
 * @param frameHits the hits of each of {@code frames}, in the same order
 * @param evidence the sentence indices that satisfied the rule, ascending, {@code -1} for the title
 * @param anchorSentences the sentences (title included) that mention every anchor group
 * @param lexiconHits the frame terms found in the article, all frames together
 */
public record StorylineMatch(
    String storylineId,
    double score,
    List<String> frames,
    List<Integer> frameHits,
    List<Integer> evidence,
    int anchorSentences,
    int lexiconHits) {
  public StorylineMatch {
    frames = List.copyOf(frames);
    frameHits = List.copyOf(frameHits);
    evidence = List.copyOf(evidence);
  }
}
