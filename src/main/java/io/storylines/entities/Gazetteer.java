package io.storylines.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entities Storylines looks for, with their names in Arabic, English and Turkish: the bundled
 * gazetteer of the Syria–US normalization storyline ({@link #bundled()}), extended by users' own
 * files ({@link #merge}). Immutable, validated when built, serializable.
 *
 * <p>Vocabulary is that of {@link GazetteerEntity}. A <em>gazetteer file</em> is JSON Lines: one
 * entity a line, such as
 *
 * <pre>{@code
 * {"entity_id":"syria","type":"GPE","name":"Syria","wikidata":"Q858",
 *  "aliases":{"en":["Syria"],"ar":["سوريا","سورية"],"tr":["Suriye"]},
 *  "adjectives":{"en":["Syrian"],"ar":["سوري","السوري"],"tr":["Suriyeli"]}}
 * }</pre>
 *
 * (on one line in the file). {@code data/gazetteer/README.md} describes the format for users.
 *
 * <p>Rules. A file that breaks any of them is rejected with a {@link GazetteerException} that lists
 * every problem, each naming the file and line ({@code "unknown key 'alias' at syria-us.jsonl line
 * 12"}). Rules 1 to 4 and 6 are about the text of the file; 5 and 7 to 12 about one entity; 13 and
 * 14 about entities together, and they are checked again after a {@link #merge}.
 *
 * <ol>
 *   <li><b>Lines.</b> UTF-8 text, one entity a line. A blank line, and a line whose first non-blank
 *       char is {@code #}, is skipped; a byte order mark at the start is ignored. Lines are counted
 *       from 1, skipped ones included, so a message's line is the editor's line.
 *   <li><b>JSON.</b> Every other line is exactly one JSON object, with nothing after it and no key
 *       twice.
 *   <li><b>Keys.</b> {@code entity_id}, {@code type}, {@code name} and {@code aliases} are
 *       required; {@code wikidata}, {@code adjectives}, {@code case_sensitive} and {@code
 *       ambiguous} are optional; any other key is an error. A key whose value is {@code null} is
 *       left out.
 *   <li><b>Value types.</b> {@code entity_id}, {@code type}, {@code name} and {@code wikidata} are
 *       strings; {@code aliases} and {@code adjectives} are objects of language to array of
 *       strings; {@code case_sensitive} and {@code ambiguous} are arrays of strings.
 *   <li><b>Entity id.</b> A slug: {@code [a-z][a-z0-9_]*}.
 *   <li><b>Type.</b> The exact name of an {@link EntityType}: {@code PERSON ORG GPE LOC GROUP EVENT
 *       LAW}.
 *   <li><b>Name.</b> Not blank.
 *   <li><b>Wikidata.</b> Left out, empty, or {@code Q} and a number ({@code Q858}). An empty string
 *       is read as left out.
 *   <li><b>Languages.</b> {@code aliases} and {@code adjectives} use only {@code ar}, {@code en}
 *       and {@code tr}.
 *   <li><b>No empty surface.</b> Every alias and adjective has a letter or digit in its match key
 *       (see rule 14).
 *   <li><b>An alias.</b> An entity has at least one alias: adjectives alone do not name it.
 *   <li><b>Flags name surfaces.</b> Every {@code case_sensitive} and {@code ambiguous} entry is
 *       exactly, character for character, one of the entity's aliases or adjectives; the flag
 *       applies to that surface in every language it is listed under.
 *   <li><b>Unique ids.</b> No two entities have the same {@code entity_id}. (A merge replaces by id
 *       instead, see {@link #merge}.)
 *   <li><b>Unique match keys.</b> The <em>match key</em> of a surface is what {@link AliasMatcher}
 *       looks for: {@link io.storylines.text.TextNormalizer#matchKey} under the language it is
 *       listed in (NFKC, no tashkeel or tatweel, unified Arabic letters, locale-correct lower case,
 *       {@code ة} as {@code ه}), with the dotless {@code ı} folded to {@code i}. Two surfaces with
 *       the same match key and the same case-sensitivity must belong to one entity, and agree on
 *       being adjectival and ambiguous. This holds across languages, because the matcher looks for
 *       every surface in text of every language. So {@code Tartus} may be listed under both {@code
 *       en} and {@code tr} of one entity, but an alias of one entity may not be an alias or
 *       adjective of another, and one entity may not list a surface both as an alias and as an
 *       adjective.
 * </ol>
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where {@link #bundled()} finds the bundled gazetteer on the classpath. */
  public static final String BUNDLED_RESOURCE = "/io/storylines/gazetteer/syria-us.jsonl";

  /** How messages name the bundled gazetteer. */
  public static final String BUNDLED_NAME = "syria-us.jsonl";

  private final List<GazetteerEntity> entities;
  private final Map<String, GazetteerEntity> byId;

  private Gazetteer(List<GazetteerEntity> entities) {
    this.entities = List.copyOf(entities);
    Map<String, GazetteerEntity> index = new LinkedHashMap<>();
    for (GazetteerEntity entity : entities) {
      index.put(entity.entityId(), entity);
    }
    this.byId = Collections.unmodifiableMap(index);
  }

  /**
   * The gazetteer bundled with Storylines, read from the classpath resource {@link
   * #BUNDLED_RESOURCE} (the build copies {@code data/gazetteer/syria-us.jsonl} there).
   *
   * @throws GazetteerException if the resource is missing, unreadable or breaks a rule
   */
  public static Gazetteer bundled() {
    return decodeAndParse(bundledBytes(), BUNDLED_NAME);
  }

  /** The bundled gazetteer's file, as bytes. */
  static byte[] bundledBytes() {
    try (InputStream stream = Gazetteer.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (stream == null) {
        throw new GazetteerException(
            "the bundled gazetteer " + BUNDLED_RESOURCE + " is not on the classpath");
      }
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new GazetteerException("cannot read the bundled gazetteer: " + e, e);
    }
  }

  /**
   * The gazetteer in a UTF-8 file, such as a user's {@code --gazetteer FILE}; messages name the
   * file as {@code file.toString()}.
   *
   * @throws GazetteerException if the file is missing, unreadable, not UTF-8 or breaks a rule
   */
  public static Gazetteer read(Path file) {
    Objects.requireNonNull(file, "file");
    String sourceName = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new GazetteerException("gazetteer file " + sourceName + " does not exist", e);
    } catch (IOException e) {
      throw new GazetteerException("cannot read gazetteer file " + sourceName + ": " + e, e);
    }
    return decodeAndParse(bytes, sourceName);
  }

  /** Decoded whole, not through a reader, so that a bad byte's line can be named. */
  private static Gazetteer decodeAndParse(byte[] bytes, String sourceName) {
    return parse(new StringReader(GazetteerJsonLines.decodeUtf8(bytes, sourceName)), sourceName);
  }

  /**
   * The gazetteer in {@code in}, a gazetteer file's text; {@code sourceName} is how messages name
   * it. Does not close {@code in}.
   *
   * @throws GazetteerException listing every broken rule, or if {@code in} cannot be read
   */
  public static Gazetteer parse(Reader in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    List<String> problems = new ArrayList<>();
    List<GazetteerEntity> entities = GazetteerJsonLines.read(in, sourceName, problems);
    problems.addAll(GazetteerRules.checkTogether(entities));
    if (!problems.isEmpty()) {
      throw new GazetteerException(sourceName, problems);
    }
    return new Gazetteer(entities);
  }

  /**
   * A gazetteer of entities built in code, in the given order.
   *
   * @throws GazetteerException if they break rules 5 or 7 to 14
   */
  public static Gazetteer of(Collection<GazetteerEntity> entities) {
    List<GazetteerEntity> list = List.copyOf(entities);
    List<String> problems = new ArrayList<>();
    for (GazetteerEntity entity : list) {
      problems.addAll(GazetteerRules.checkEntity(entity));
    }
    problems.addAll(GazetteerRules.checkTogether(list));
    if (!problems.isEmpty()) {
      throw new GazetteerException("built in code", problems);
    }
    return new Gazetteer(list);
  }

  /**
   * This gazetteer extended by {@code override}, as {@code --gazetteer FILE} extends the bundled
   * one: an entity of {@code override} replaces the entity with the same id here, whole (its
   * aliases are not added to the old ones), in the old one's place; the other entities of {@code
   * override} follow, in their order. Rules 13 and 14 are checked again, so an alias of a new
   * entity may not be one that an entity kept from here still has.
   *
   * @throws GazetteerException naming both files and lines of every clash
   */
  public Gazetteer merge(Gazetteer override) {
    Objects.requireNonNull(override, "override");
    Map<String, GazetteerEntity> merged = new LinkedHashMap<>(byId);
    for (GazetteerEntity entity : override.entities) {
      merged.put(entity.entityId(), entity);
    }
    List<GazetteerEntity> list = new ArrayList<>(merged.values());
    List<String> problems = GazetteerRules.checkTogether(list);
    if (!problems.isEmpty()) {
      throw new GazetteerException("merged with " + sourceNames(override), problems);
    }
    return new Gazetteer(list);
  }

  private static String sourceNames(Gazetteer gazetteer) {
    return String.join(
        ", ", gazetteer.entities.stream().map(e -> e.source().file()).distinct().toList());
  }

  /** Every entity, in file order (after a merge: as {@link #merge} describes). */
  public List<GazetteerEntity> entities() {
    return entities;
  }

  /** Every alias (not adjective) listed under {@code lang}, in file order; for topic tokens. */
  public List<String> aliases(String lang) {
    List<String> aliases = new ArrayList<>();
    for (GazetteerEntity entity : entities) {
      for (GazetteerEntity.Surface surface : entity.surfaces()) {
        if (!surface.adjectival() && surface.lang().equals(lang)) {
          aliases.add(surface.text());
        }
      }
    }
    return aliases;
  }

  /** The entity with this id, if there is one. */
  public Optional<GazetteerEntity> get(String entityId) {
    return Optional.ofNullable(byId.get(entityId));
  }

  /** How many entities there are. */
  public int size() {
    return entities.size();
  }

  @Override
  public String toString() {
    return "Gazetteer[" + entities.size() + " entities]";
  }
}
