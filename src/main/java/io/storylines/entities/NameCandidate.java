package io.storylines.entities;

import java.io.Serializable;
import java.util.Objects;

/**
 * A name that {@link NameDiscovery} found in a text and that the gazetteer did not.
 *
 * <p>{@code charStart} (inclusive) and {@code charEnd} (exclusive) are UTF-16 offsets into the
 * original text, so {@code surface} is exactly {@code original.substring(charStart, charEnd)}.
 * {@code key} is the match key of the surface ({@link io.storylines.text.TextNormalizer#matchKey}),
 * the form under which candidates are counted across the corpus. {@code context} is the sentence
 * around the name, or at most {@value NameDiscovery#CONTEXT_CHARS} chars of it, with every run of
 * whitespace written as one space. {@code rule} names the rule that found it: {@code "capitalized"}
 * or {@code "trigger:"} followed by the trigger word as listed (for example {@code
 * "trigger:وزير"}).
 */
public record NameCandidate(
    String key, String surface, int charStart, int charEnd, String context, String rule)
    implements Serializable {

  /**
   * @throws IllegalArgumentException unless {@code 0 <= charStart < charEnd} and {@code surface} is
   *     {@code charEnd - charStart} chars long
   */
  public NameCandidate {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(rule, "rule");
    if (charStart < 0 || charEnd <= charStart || surface.length() != charEnd - charStart) {
      throw new IllegalArgumentException(
          "a name candidate needs 0 <= charStart < charEnd and a surface of that length, was"
              + " charStart="
              + charStart
              + ", charEnd="
              + charEnd
              + ", surface='"
              + surface
              + "'");
    }
  }
}
