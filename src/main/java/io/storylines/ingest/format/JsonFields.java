package io.storylines.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storylines.ingest.RecordFields;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The fields of one JSON object.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Names are case-sensitive.
 *   <li>A path is first looked up as a whole key, so a key that holds dots still matches. Otherwise
 *       it is split at a dot, trying dots from left to right: the part before the dot must name an
 *       object, and the rest of the path is looked up in that object the same way ({@code
 *       properties.title.stringValue}).
 *   <li>A string is returned as is; an integer and a boolean as their JSON text; a decimal number
 *       in plain notation ({@code 1.5e3} gives {@code 1500}, {@code 2.50} stays {@code 2.50}).
 *   <li>JSON null, and a path that leads nowhere (a missing key, or a step into a string or an
 *       array), give null.
 *   <li>An object or an array throws {@link WrongTypeException}.
 * </ul>
 */
final class JsonFields implements RecordFields {

  private final ObjectNode object;

  JsonFields(ObjectNode object) {
    this.object = object;
  }

  @Override
  public String get(String path) throws WrongTypeException {
    JsonNode node = find(object, path);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isFloatingPointNumber()) {
      return node.decimalValue().toPlainString();
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.asText();
    }
    throw new WrongTypeException(path, typeName(node));
  }

  @Override
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return Collections.unmodifiableSet(names);
  }

  /** "an object", "an array", "a string", ...: how a message names the type of a JSON value. */
  static String typeName(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "object", "array" -> "an " + type;
      case "null" -> "null";
      default -> "a " + type;
    };
  }

  private static JsonNode find(JsonNode node, String path) {
    JsonNode whole = node.get(path);
    if (whole != null) {
      return whole;
    }
    for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
      JsonNode child = node.get(path.substring(0, dot));
      if (child != null && child.isObject()) {
        JsonNode found = find(child, path.substring(dot + 1));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
