package io.storylines.storyline;

import java.io.Serializable;
import java.util.Objects;

/**
 * When an article belongs to a storyline. {@link #mode} chooses the test (see {@link RuleMode});
 * {@code minSentences} applies to {@link RuleMode#SENTENCE}; {@code minLexiconHits} applies in
 * every mode, so an anchor rule can also ask for the storyline's vocabulary.
 *
 * <p>Defaults ({@link #DEFAULT}): mode {@code sentence}, one sentence, no lexicon hit needed; in
 * mode {@code lexicon}, {@value #DEFAULT_LEXICON_MIN_HITS} hits.
 */
public record RelevanceRule(RuleMode mode, int minSentences, int minLexiconHits)
    implements Serializable {

  public static final int DEFAULT_MIN_SENTENCES = 1;
  public static final int DEFAULT_MIN_LEXICON_HITS = 0;

  /** Hits that mode {@code lexicon} asks for when the file does not say. */
  public static final int DEFAULT_LEXICON_MIN_HITS = 2;

  public static final RelevanceRule DEFAULT =
      new RelevanceRule(RuleMode.SENTENCE, DEFAULT_MIN_SENTENCES, DEFAULT_MIN_LEXICON_HITS);

  public RelevanceRule {
    Objects.requireNonNull(mode, "mode");
    if (minSentences < 1) {
      throw new IllegalArgumentException("min_sentences must be at least 1, not " + minSentences);
    }
    if (minLexiconHits < (mode == RuleMode.LEXICON ? 1 : 0)) {
      throw new IllegalArgumentException(
          "min_lexicon_hits must be at least " + (mode == RuleMode.LEXICON ? 1 : 0)
              + " in mode " + mode.code() + ", not " + minLexiconHits);
    }
  }
}
