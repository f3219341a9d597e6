package io.storylines.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a {@link Gazetteer}: a person, organization, place, group, event or law, with the
 * names news text uses for it.
 *
 * <p>Vocabulary:
 *
 * <ul>
 *   <li><em>Entity id</em>: a readable slug ({@code united_states}, {@code ahmed_al_sharaa}) that
 *       identifies the entity across runs and files; {@link Gazetteer#merge} replaces entities by
 *       it.
 *   <li><em>Name</em>: the English canonical name, for display. It is not matched unless it is also
 *       an alias.
 *   <li><em>Wikidata</em>: the entity's Wikidata QID ({@code Q30}), or null when not known for
 *       certain.
 *   <li><em>Aliases</em>: per language ({@code ar}, {@code en}, {@code tr}), the surfaces that name
 *       the entity, as people write them.
 *   <li><em>Adjectives</em>: per language, the surfaces that mention the entity adjectivally or as
 *       a demonym ({@code Syrian}, {@code سوري}, {@code Suriyeli}).
 *   <li><em>Surface</em>: an alias or an adjective; {@link #surfaces()} lists them all.
 *   <li><em>Case-sensitive</em>: surfaces that match only when written with exactly their case
 *       ({@code US}, {@code IS}, {@code UN}).
 *   <li><em>Ambiguous</em>: surfaces that alone may well name something else ({@code Esad}, {@code
 *       الأسد}); they count only in an article that also names the entity unambiguously.
 *   <li><em>Source</em>: the file and line the entity was read from, for messages.
 * </ul>
 *
 * <p>The record only copies and freezes its parts; {@link Gazetteer} enforces the rules (slug
 * syntax, known languages, flags that name a surface, no shared match keys). Maps keep the order
 * they were given in. Immutable and serializable, so a gazetteer can be broadcast.
 */
public record GazetteerEntity(
    String entityId,
    EntityType type,
    String name,
    String wikidata,
    Map<String, List<String>> aliases,
    Map<String, List<String>> adjectives,
    Set<String> caseSensitive,
    Set<String> ambiguous,
    Source source)
    implements Serializable {

  /** The languages a gazetteer may list surfaces in, in the order {@link #surfaces()} uses. */
  public static final List<String> LANGUAGES = List.of("ar", "en", "tr");

  /**
   * Where an entity was read: a file name (as given to {@link Gazetteer#parse}) and a 1-based line.
   */
  public record Source(String file, long line) implements Serializable {
    public Source {
      Objects.requireNonNull(file, "file");
    }

    /** {@code "syria-us.jsonl line 12"}: how every gazetteer message names a place. */
    @Override
    public String toString() {
      return file + " line " + line;
    }
  }

  /**
   * One way of writing the entity, with what the matcher needs to know about it.
   *
   * @param lang the language it is listed under
   * @param text the surface as written in the gazetteer
   * @param adjectival listed under {@code adjectives}
   */
  public record Surface(
      String lang, String text, boolean adjectival, boolean caseSensitive, boolean ambiguous)
      implements Serializable {}

  /**
   * @throws NullPointerException if anything but {@code wikidata} is null, or a map or set holds a
   *     null
   */
  public GazetteerEntity {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = freeze(aliases, "aliases");
    adjectives = freeze(adjectives, "adjectives");
    caseSensitive = freeze(caseSensitive, "caseSensitive");
    ambiguous = freeze(ambiguous, "ambiguous");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Every alias and adjective, languages in {@link #LANGUAGES} order (then any other language, as
   * given), aliases before adjectives within a language, each list in its own order.
   */
  public List<Surface> surfaces() {
    List<String> langs = new ArrayList<>(LANGUAGES);
    for (String lang : aliases.keySet()) {
      if (!langs.contains(lang)) {
        langs.add(lang);
      }
    }
    for (String lang : adjectives.keySet()) {
      if (!langs.contains(lang)) {
        langs.add(lang);
      }
    }
    List<Surface> surfaces = new ArrayList<>();
    for (String lang : langs) {
      for (String text : aliases.getOrDefault(lang, List.of())) {
        surfaces.add(surface(lang, text, false));
      }
      for (String text : adjectives.getOrDefault(lang, List.of())) {
        surfaces.add(surface(lang, text, true));
      }
    }
    return Collections.unmodifiableList(surfaces);
  }

  /** The aliases listed under {@code lang}; empty when none are. */
  public List<String> aliases(String lang) {
    return aliases.getOrDefault(lang, List.of());
  }

  /** The adjectives listed under {@code lang}; empty when none are. */
  public List<String> adjectives(String lang) {
    return adjectives.getOrDefault(lang, List.of());
  }

  private Surface surface(String lang, String text, boolean adjectival) {
    return new Surface(
        lang, text, adjectival, caseSensitive.contains(text), ambiguous.contains(text));
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> map, String what) {
    Objects.requireNonNull(map, what);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((lang, list) -> copy.put(Objects.requireNonNull(lang, what), List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  private static Set<String> freeze(Set<String> set, String what) {
    Objects.requireNonNull(set, what);
    Set<String> copy = new LinkedHashSet<>();
    for (String element : set) {
      copy.add(Objects.requireNonNull(element, what));
    }
    return Collections.unmodifiableSet(copy);
  }
}
