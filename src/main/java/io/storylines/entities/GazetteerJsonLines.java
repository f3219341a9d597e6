package io.storylines.entities;

import io.storylines.config.StrictUtf8;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the entities of a gazetteer file, one JSON object a line, and checks rules 1 to 12 of
 * {@link Gazetteer} line by line, so that problems come in line order: rules 1 to 4 and 6 here (a
 * line that breaks one of them gives problems and no entity), then {@link
 * GazetteerRules#checkEntity} on the entity. The caller checks rules 13 and 14 between entities.
 */
final class GazetteerJsonLines {

  static final String ENTITY_ID = "entity_id";
  static final String TYPE = "type";
  static final String NAME = "name";
  static final String WIKIDATA = "wikidata";
  static final String ALIASES = "aliases";
  static final String ADJECTIVES = "adjectives";
  static final String CASE_SENSITIVE = "case_sensitive";
  static final String AMBIGUOUS = "ambiguous";

  /** Rule 3: the keys every line must have, in the order messages list them. */
  static final List<String> REQUIRED_KEYS = List.of(ENTITY_ID, TYPE, NAME, ALIASES);

  /** Rule 3: every key a line may have. */
  static final List<String> KEYS =
      List.of(ENTITY_ID, TYPE, NAME, WIKIDATA, ALIASES, ADJECTIVES, CASE_SENSITIVE, AMBIGUOUS);

  static final char BYTE_ORDER_MARK = '\uFEFF';
  static final char COMMENT = '#';

  /** How much of a parser message a problem keeps. */
  private static final int MESSAGE_LIMIT = 200;

  /** Immutable, so one is shared. A key written twice in one object is an error (rule 2). */
  private static final ObjectReader READER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build()
          .reader();

  private GazetteerJsonLines() {}

  /**
   * The entities of {@code in}, in file order; problems are added to {@code problems}.
   *
   * @throws GazetteerException if {@code in} cannot be read
   */
  static List<GazetteerEntity> read(Reader in, String sourceName, List<String> problems) {
    List<GazetteerEntity> entities = new ArrayList<>();
    BufferedReader lines = new BufferedReader(in);
    long lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.charAt(0) == COMMENT) {
          continue;
        }
        GazetteerEntity.Source source = new GazetteerEntity.Source(sourceName, lineNumber);
        Optional<GazetteerEntity> entity = parseLine(line, source, problems);
        if (entity.isPresent()) {
          entities.add(entity.get());
          problems.addAll(GazetteerRules.checkEntity(entity.get()));
        }
      }
    } catch (CharacterCodingException e) {
      // A reader decodes ahead of the lines it hands out, so the line is not known here; files
      // are decoded whole by decodeUtf8 instead, which knows it.
      throw new GazetteerException("gazetteer " + sourceName + " is not valid UTF-8: " + e, e);
    } catch (IOException e) {
      throw new GazetteerException("cannot read gazetteer " + sourceName + ": " + e, e);
    }
    return entities;
  }

  /**
   * Rule 1: the text of a gazetteer file's bytes, strictly UTF-8.
   *
   * @throws GazetteerException naming the line of the first byte that is not UTF-8
   */
  static String decodeUtf8(byte[] bytes, String sourceName) {
    try {
      return StrictUtf8.decode(bytes);
    } catch (StrictUtf8.MalformedException e) {
      throw new GazetteerException("gazetteer " + sourceName + " is " + e.getMessage());
    }
  }

  private static Optional<GazetteerEntity> parseLine(
      String line, GazetteerEntity.Source source, List<String> problems) {
    String at = " at " + source;
    JsonNode node;
    try {
      node = READER.readTree(line);
    } catch (JacksonException e) {
      problems.add(describe(e, source));
      return Optional.empty();
    }
    if (!node.isObject()) {
      problems.add("expected a JSON object, found " + typeName(node) + at);
      return Optional.empty();
    }
    int before = problems.size();
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!KEYS.contains(key)) {
                problems.add(
                    "unknown key '" + key + "'" + at + " (known: " + String.join(", ", KEYS) + ")");
              }
            });
    for (String key : REQUIRED_KEYS) {
      if (!present(node, key)) {
        problems.add("missing key '" + key + "'" + at);
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String entityId = text(node, ENTITY_ID, at, problems);
    String typeName = text(node, TYPE, at, problems);
    String name = text(node, NAME, at, problems);
    String wikidata = text(node, WIKIDATA, at, problems);
    Map<String, List<String>> aliases = byLanguage(node, ALIASES, at, problems);
    Map<String, List<String>> adjectives = byLanguage(node, ADJECTIVES, at, problems);
    Set<String> caseSensitive = strings(node, CASE_SENSITIVE, at, problems);
    Set<String> ambiguous = strings(node, AMBIGUOUS, at, problems);
    Optional<EntityType> type = Optional.empty();
    if (typeName != null) {
      type = EntityType.fromName(typeName);
      if (type.isEmpty()) {
        problems.add(
            "unknown type '"
                + typeName
                + "'"
                + (entityId == null ? "" : " of " + entityId)
                + " (known: "
                + String.join(", ", EntityType.names())
                + ")"
                + at);
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new GazetteerEntity(
            entityId,
            type.orElseThrow(),
            name,
            wikidata == null || wikidata.isBlank() ? null : wikidata,
            aliases,
            adjectives,
            caseSensitive,
            ambiguous,
            source));
  }

  /** Rule 3: a key whose value is JSON null counts as left out. */
  private static boolean present(JsonNode object, String key) {
    JsonNode value = object.get(key);
    return value != null && !value.isNull();
  }

  /** A string value, or null when the key is left out. */
  private static String text(JsonNode object, String key, String at, List<String> problems) {
    if (!present(object, key)) {
      return null;
    }
    JsonNode value = object.get(key);
    if (!value.isTextual()) {
      problems.add("'" + key + "' must be a string, found " + typeName(value) + at);
      return null;
    }
    return value.textValue();
  }

  /** An object of language to array of strings, in file order; empty when left out. */
  private static Map<String, List<String>> byLanguage(
      JsonNode object, String key, String at, List<String> problems) {
    Map<String, List<String>> byLang = new LinkedHashMap<>();
    if (!present(object, key)) {
      return byLang;
    }
    JsonNode value = object.get(key);
    if (!value.isObject()) {
      problems.add(
          "'"
              + key
              + "' must be an object of language to array of strings, found "
              + typeName(value)
              + at);
      return byLang;
    }
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      String path = key + "." + entry.getKey();
      byLang.put(entry.getKey(), List.copyOf(array(entry.getValue(), path, at, problems)));
    }
    return byLang;
  }

  /** An array of strings as a set, in file order; empty when left out. */
  private static Set<String> strings(
      JsonNode object, String key, String at, List<String> problems) {
    if (!present(object, key)) {
      return new LinkedHashSet<>();
    }
    return new LinkedHashSet<>(array(object.get(key), key, at, problems));
  }

  private static List<String> array(JsonNode value, String path, String at, List<String> problems) {
    List<String> strings = new ArrayList<>();
    if (!value.isArray()) {
      problems.add("'" + path + "' must be an array of strings, found " + typeName(value) + at);
      return strings;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (element.isTextual()) {
        strings.add(element.textValue());
      } else {
        problems.add("'" + path + "[" + i + "]' must be a string, found " + typeName(element) + at);
      }
    }
    return strings;
  }

  /** "an object", "an array", "a string", "null": how a message names the type of a value. */
  private static String typeName(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "object", "array" -> "an " + type;
      case "null" -> "null";
      case "missing" -> "nothing";
      default -> "a " + type;
    };
  }

  /** Rule 2: Jackson's message, without its source dump, with the column in the line. */
  private static String describe(JacksonException e, GazetteerEntity.Source source) {
    String message =
        e instanceof JsonProcessingException processing
            ? processing.getOriginalMessage()
            : e.getMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    message = message.replaceAll("\\s+", " ").trim();
    if (message.length() > MESSAGE_LIMIT) {
      message = message.substring(0, MESSAGE_LIMIT) + "...";
    }
    JsonLocation location = e.getLocation();
    String column =
        location == null || location.getColumnNr() < 1 ? "" : " column " + location.getColumnNr();
    return "bad JSON at " + source + column + ": " + message;
  }
}
