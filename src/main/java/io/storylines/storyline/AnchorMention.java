package io.storylines.storyline;

import java.io.Serializable;
import java.util.Objects;

/**
 * A gazetteer mention as the storyline matcher needs it: the entity and the sentence it is in,
 * {@link #TITLE} for the title (the co-occurrence convention), else the body sentence's index
 * ({@code mentions.sentence_idx}).
 */
public record AnchorMention(String entityId, int sentence) implements Serializable {
  /** The sentence index of the title. */
  public static final int TITLE = -1;

  public AnchorMention {
    Objects.requireNonNull(entityId, "entityId");
    if (sentence < TITLE) {
      throw new IllegalArgumentException("sentence must be -1 (title) or more, was " + sentence);
    }
  }
}
