package io.storylines.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What kind of thing a gazetteer entity is. A gazetteer file writes the constant's name exactly, in
 * upper case ({@code "GPE"}, not {@code "gpe"}).
 *
 * <p>Where a thing could be two kinds, the first kind in this order that fits wins:
 *
 * <ul>
 *   <li>{@link #PERSON}: one human being.
 *   <li>{@link #ORG}: a formal organization: a state's government, ministry, agency, armed force or
 *       parliament; an international organization or alliance; a political party that is not an
 *       armed group; a news agency or broadcaster.
 *   <li>{@link #GPE}: a geopolitical entity, a place with a government of its own: a country, an
 *       autonomous region, a governorate, a city, a town. A Syrian city and the governorate named
 *       after it are one entity.
 *   <li>{@link #LOC}: a place without a government of its own: a river, a mountain, a desert, a
 *       region named by geography, a military base, a camp, a prison, a dam, a neighbourhood.
 *   <li>{@link #GROUP}: a non-state armed group, militia or insurgent organization; or a community
 *       of people (ethnic, religious, tribal).
 *   <li>{@link #EVENT}: something that happened at a time: an attack, an offensive, a military
 *       operation, a conference, the fall of a government, a war.
 *   <li>{@link #LAW}: a legal instrument: a statute, a UN resolution, a sanctions regulation or
 *       licence, a designation list, a constitutional text, a signed agreement.
 * </ul>
 */
public enum EntityType {
  PERSON,
  ORG,
  GPE,
  LOC,
  GROUP,
  EVENT,
  LAW;

  /** The constant named exactly {@code name}, if there is one; no case folding. */
  public static Optional<EntityType> fromName(String name) {
    for (EntityType type : values()) {
      if (type.name().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** The names of all constants, in declaration order, for messages. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
