package io.storylines.entities;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One place where an entity is named in a text, as {@link AliasMatcher} found it.
 *
 * <p>{@code charStart} (inclusive) and {@code charEnd} (exclusive) are UTF-16 offsets into the
 * original text (an article's body or title, as read, before any normalization), so {@code surface}
 * is exactly {@code original.substring(charStart, charEnd)}. The span covers the name as its alias
 * writes it: proclitics before it ({@code و} of {@code والرقة}) and suffixes after it ({@code 'nin}
 * of {@code Suriye'nin}, {@code li} of {@code Suriyeli}) are left out; the one exception is {@code
 * للرقة}, whose first {@code ل} carries the article of {@code الرقة} and so is in the span. {@code
 * alias} is the surface of the {@link AliasPattern} that matched. {@code sentenceIndex} is the
 * index of the sentence the mention starts in (0 in a text not split into sentences). {@code
 * adjectival} is true for an adjectival alias and for a Turkish derivation ({@code Suriyeli});
 * {@code ambiguous} comes from the alias. {@code inner} is empty unless the mention is ambiguous;
 * then it holds the mentions that the longest-match rule would have chosen inside its span without
 * it ({@code Syrian} inside {@code Syrian government}), which count when the ambiguous mention does
 * not ({@link AliasMatcher#resolveAmbiguous}).
 */
public record Mention(
    String entityId,
    String alias,
    String surface,
    int charStart,
    int charEnd,
    int sentenceIndex,
    boolean adjectival,
    boolean ambiguous,
    List<Mention> inner)
    implements Serializable {

  /** A mention with no inner mentions. */
  public Mention(
      String entityId,
      String alias,
      String surface,
      int charStart,
      int charEnd,
      int sentenceIndex,
      boolean adjectival,
      boolean ambiguous) {
    this(entityId, alias, surface, charStart, charEnd, sentenceIndex, adjectival, ambiguous, List.of());
  }

  /**
   * @throws IllegalArgumentException unless {@code 0 <= charStart < charEnd}, {@code surface} is
   *     {@code charEnd - charStart} chars long and {@code sentenceIndex >= 0}
   */
  public Mention {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(surface, "surface");
    inner = inner == null ? List.of() : List.copyOf(inner);
    if (charStart < 0 || charEnd <= charStart || surface.length() != charEnd - charStart) {
      throw new IllegalArgumentException(
          "a mention needs 0 <= charStart < charEnd and a surface of that length, was charStart="
              + charStart
              + ", charEnd="
              + charEnd
              + ", surface='"
              + surface
              + "'");
    }
    if (sentenceIndex < 0) {
      throw new IllegalArgumentException("sentenceIndex must be >= 0, was " + sentenceIndex);
    }
  }
}
