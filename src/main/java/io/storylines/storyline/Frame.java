package io.storylines.storyline;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A frame of a storyline: a named lexicon per language of the words and phrases that show an
 * article's angle on it (diplomacy, security, sanctions). {@code terms} maps a language ({@code ar},
 * {@code en}, {@code tr}) to its terms as written in the definition file; {@link LexiconMatcher}
 * says how they match.
 */
public record Frame(String frameId, String title, Map<String, List<String>> terms)
    implements Serializable {
  public Frame {
    Objects.requireNonNull(frameId, "frameId");
    Objects.requireNonNull(title, "title");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    terms.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
    terms = java.util.Collections.unmodifiableMap(copy);
  }

  /** The frame's terms in {@code lang}; empty when it lists none. */
  public List<String> terms(String lang) {
    return terms.getOrDefault(lang, List.of());
  }
}
