package io.storylines.entities;

import io.storylines.text.TextNormalizer;
import io.storylines.text.TurkishCaseFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of {@link Gazetteer} that hold for entities however they were read: rules 5 and 7 to 12
 * for one entity ({@link #checkEntity}), rules 13 and 14 between entities ({@link #checkTogether}).
 * Each problem is a message that ends with the entity's source ({@code "at syria-us.jsonl line
 * 12"}).
 */
final class GazetteerRules {

  /** Rule 5: a readable slug. */
  static final Pattern ENTITY_ID = Pattern.compile("[a-z][a-z0-9_]*");

  /** Rule 8: {@code Q} and a number without leading zeros. */
  static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

  private GazetteerRules() {}

  /**
   * The match key of a surface listed under {@code lang}: {@link TextNormalizer#matchKey} with the
   * dotless {@code ı} folded to {@code i}, the key {@link AliasMatcher} looks for, so that two
   * surfaces the matcher cannot tell apart are caught here, at load time, with their lines.
   */
  static String matchKey(String surface, String lang) {
    return TextNormalizer.matchKey(surface, lang)
        .text()
        .replace(
            TurkishCaseFolder.LATIN_SMALL_LETTER_DOTLESS_I, TurkishCaseFolder.LATIN_SMALL_LETTER_I);
  }

  /** Rules 5 and 7 to 12, for one entity. */
  static List<String> checkEntity(GazetteerEntity entity) {
    List<String> problems = new ArrayList<>();
    String at = " at " + entity.source();
    String id = entity.entityId();
    if (!ENTITY_ID.matcher(id).matches()) {
      problems.add("bad entity_id '" + id + "' (must match " + ENTITY_ID.pattern() + ")" + at);
    }
    if (entity.name().isBlank()) {
      problems.add("blank name of " + id + at);
    }
    if (entity.wikidata() != null && !WIKIDATA.matcher(entity.wikidata()).matches()) {
      problems.add(
          "bad wikidata '"
              + entity.wikidata()
              + "' of "
              + id
              + " (must be Q and a number, or left out)"
              + at);
    }
    checkLanguages(entity.aliases(), "aliases", id, at, problems);
    checkLanguages(entity.adjectives(), "adjectives", id, at, problems);
    Set<String> texts = new HashSet<>();
    for (GazetteerEntity.Surface surface : entity.surfaces()) {
      texts.add(surface.text());
      String key = matchKey(surface.text(), surface.lang());
      if (key.codePoints().noneMatch(Character::isLetterOrDigit)) {
        problems.add(
            "empty "
                + describe(surface)
                + " '"
                + surface.text()
                + "' of "
                + id
                + " (no letter or digit)"
                + at);
      }
    }
    if (entity.aliases().values().stream().allMatch(List::isEmpty)) {
      problems.add(id + " has no alias" + at);
    }
    checkFlags(entity.caseSensitive(), "case_sensitive", texts, id, at, problems);
    checkFlags(entity.ambiguous(), "ambiguous", texts, id, at, problems);
    return problems;
  }

  private static void checkLanguages(
      Map<String, List<String>> byLang, String key, String id, String at, List<String> problems) {
    for (String lang : byLang.keySet()) {
      if (!GazetteerEntity.LANGUAGES.contains(lang)) {
        problems.add(
            "unknown language '"
                + lang
                + "' in "
                + key
                + " of "
                + id
                + " (known: "
                + String.join(", ", GazetteerEntity.LANGUAGES)
                + ")"
                + at);
      }
    }
  }

  private static void checkFlags(
      Set<String> flagged,
      String key,
      Set<String> surfaces,
      String id,
      String at,
      List<String> problems) {
    for (String text : flagged) {
      if (!surfaces.contains(text)) {
        problems.add(
            key
                + " entry '"
                + text
                + "' of "
                + id
                + " is not one of its aliases or adjectives"
                + at);
      }
    }
  }

  /** Rules 13 and 14, between the entities of one gazetteer, in order. */
  static List<String> checkTogether(List<GazetteerEntity> entities) {
    List<String> problems = new ArrayList<>();
    Map<String, GazetteerEntity> byId = new HashMap<>();
    for (GazetteerEntity entity : entities) {
      GazetteerEntity first = byId.putIfAbsent(entity.entityId(), entity);
      if (first != null) {
        problems.add(
            "duplicate entity_id '"
                + entity.entityId()
                + "' at "
                + entity.source()
                + " (first at "
                + first.source()
                + ")");
      }
    }
    record KeyAndCase(String key, boolean caseSensitive) {}
    record Owner(GazetteerEntity entity, GazetteerEntity.Surface surface) {}
    Map<KeyAndCase, Owner> owners = new HashMap<>();
    for (GazetteerEntity entity : entities) {
      for (GazetteerEntity.Surface surface : entity.surfaces()) {
        String key = matchKey(surface.text(), surface.lang());
        Owner owner = new Owner(entity, surface);
        Owner first = owners.putIfAbsent(new KeyAndCase(key, surface.caseSensitive()), owner);
        if (first == null) {
          continue;
        }
        if (first.entity() != entity) {
          problems.add(
              describe(surface)
                  + " '"
                  + surface.text()
                  + "' of "
                  + entity.entityId()
                  + " at "
                  + entity.source()
                  + " has the same match key '"
                  + key
                  + "' as "
                  + describe(first.surface())
                  + " '"
                  + first.surface().text()
                  + "' of "
                  + first.entity().entityId()
                  + " at "
                  + first.entity().source());
        } else if (first.surface().adjectival() != surface.adjectival()
            || first.surface().ambiguous() != surface.ambiguous()) {
          problems.add(
              describe(surface)
                  + " '"
                  + surface.text()
                  + "' and "
                  + describe(first.surface())
                  + " '"
                  + first.surface().text()
                  + "' of "
                  + entity.entityId()
                  + " have the same match key '"
                  + key
                  + "' but differ in being adjectival or ambiguous at "
                  + entity.source());
        }
      }
    }
    return problems;
  }

  /** {@code "en alias"}, {@code "ar adjective"}: a surface's language and list, for messages. */
  private static String describe(GazetteerEntity.Surface surface) {
    return surface.lang() + (surface.adjectival() ? " adjective" : " alias");
  }
}
