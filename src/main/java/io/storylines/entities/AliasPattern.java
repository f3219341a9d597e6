package io.storylines.entities;

import java.io.Serializable;
import java.util.Objects;

/**
 * One way of writing an entity's name, as {@link AliasMatcher} looks for it.
 *
 * <p>{@code surface} is the alias as written ({@code "Esad Şeybani"}, {@code "الرقة"}, {@code
 * "US"}); {@code lang} is its language tag ({@code "ar"}, {@code "en"} or {@code "tr"}), which
 * chooses how it is normalized (Turkish casing) and whether it takes Turkish derivations. An alias
 * is looked for in text of every language, not only its own.
 *
 * <ul>
 *   <li>{@code adjectival}: the alias is an adjective or demonym of the entity ({@code Syrian},
 *       {@code سوري}, {@code Suriyeli}); its mentions say so.
 *   <li>{@code caseSensitive}: the alias matches only where the original text has exactly its
 *       letters and case ({@code US}, not {@code us} or {@code Us}).
 *   <li>{@code ambiguous}: the alias alone may well name something else ({@code Esad}, {@code
 *       الأسد}, {@code IS}); its mentions are flagged, and {@link
 *       AliasMatcher#resolveAmbiguous(java.util.List)} keeps them only next to an unambiguous
 *       mention of the same entity.
 * </ul>
 */
public record AliasPattern(
    String entityId,
    String lang,
    String surface,
    boolean adjectival,
    boolean caseSensitive,
    boolean ambiguous)
    implements Serializable {

  /**
   * @throws NullPointerException if {@code entityId}, {@code lang} or {@code surface} is null
   * @throws IllegalArgumentException if {@code entityId} or {@code surface} is blank
   */
  public AliasPattern {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(surface, "surface");
    if (entityId.isBlank()) {
      throw new IllegalArgumentException(
          "an alias needs an entity id, alias was '" + surface + "'");
    }
    if (surface.isBlank()) {
      throw new IllegalArgumentException("alias of entity '" + entityId + "' is blank");
    }
  }

  /** A plain alias: not adjectival, not case-sensitive, not ambiguous. */
  public static AliasPattern of(String entityId, String lang, String surface) {
    return new AliasPattern(entityId, lang, surface, false, false, false);
  }
}
