package io.storylines.storyline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a storyline's relevance rule decides that an article belongs to it ({@link RelevanceRule}). */
public enum RuleMode {
  /** At least {@code min_sentences} sentences (the title counts as one) each mention every group. */
  SENTENCE("sentence"),
  /** Every anchor group is mentioned somewhere in the article, title or body. */
  ARTICLE("article"),
  /** At least {@code min_lexicon_hits} frame terms in the article; anchors are not needed. */
  LEXICON("lexicon");

  private final String code;

  RuleMode(String code) {
    this.code = code;
  }

  /** The name used in definition files and in the run manifest. */
  public String code() {
    return code;
  }

  /** Whether an article must mention the anchor groups to be relevant. */
  public boolean needsAnchors() {
    return this != LEXICON;
  }

  public static Optional<RuleMode> fromCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(RuleMode::code).toList();
  }
}
