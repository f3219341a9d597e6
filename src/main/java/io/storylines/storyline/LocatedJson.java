package io.storylines.storyline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with the line it starts on, so that a message can name the line of a bad key or
 * value. Jackson's tree model forgets locations; this small tree keeps them.
 *
 * <p>{@code value} is a {@code Map<String, LocatedJson>} (an object, keys in file order), a {@code
 * List<LocatedJson>} (an array), a {@code String}, a {@code Long} (an integer that fits), a {@code
 * Double} (any other number), a {@code Boolean}, or null (JSON {@code null}). The line of an
 * object's member is the line of its key; lines count from 1.
 */
record LocatedJson(Object value, long line) {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** A document that is not JSON: the parser's message and the line where it gave up. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;

    SyntaxException(String message, long line) {
      super(message);
      this.line = line;
    }

    long line() {
      return line;
    }
  }

  /**
   * The one JSON value of {@code text}, with nothing but whitespace after it.
   *
   * @throws SyntaxException for text that is not exactly one JSON value, or that has a key twice in
   *     one object
   */
  static LocatedJson parse(String text) throws SyntaxException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SyntaxException("the file is empty", 1);
      }
      LocatedJson value = read(parser);
      if (parser.nextToken() != null) {
        throw new SyntaxException(
            "unexpected text after the JSON value", parser.currentTokenLocation().getLineNr());
      }
      return value;
    } catch (JacksonException e) {
      JsonLocation where = e.getLocation();
      throw new SyntaxException(
          e.getOriginalMessage().lines().findFirst().orElse("bad JSON"),
          where == null ? 1 : Math.max(1, where.getLineNr()));
    } catch (IOException e) {
      throw new IllegalStateException("reading JSON from a string failed", e);
    }
  }

  /** Reads the value whose first token is the parser's current token. */
  private static LocatedJson read(JsonParser parser) throws IOException {
    long line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, LocatedJson> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          long keyLine = parser.currentTokenLocation().getLineNr();
          parser.nextToken();
          members.put(key, new LocatedJson(read(parser).value(), keyLine));
        }
        return new LocatedJson(Collections.unmodifiableMap(members), line);
      }
      case START_ARRAY -> {
        List<LocatedJson> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(parser));
        }
        return new LocatedJson(Collections.unmodifiableList(elements), line);
      }
      case VALUE_STRING -> {
        return new LocatedJson(parser.getText(), line);
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberType() == JsonParser.NumberType.INT
                || parser.getNumberType() == JsonParser.NumberType.LONG
            ? new LocatedJson(parser.getLongValue(), line)
            : new LocatedJson(parser.getDoubleValue(), line);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new LocatedJson(parser.getDoubleValue(), line);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new LocatedJson(parser.getBooleanValue(), line);
      }
      case VALUE_NULL -> {
        return new LocatedJson(null, line);
      }
      default -> throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  boolean isObject() {
    return value instanceof Map;
  }

  boolean isArray() {
    return value instanceof List;
  }

  boolean isString() {
    return value instanceof String;
  }

  boolean isNull() {
    return value == null;
  }

  @SuppressWarnings("unchecked")
  Map<String, LocatedJson> members() {
    return (Map<String, LocatedJson>) value;
  }

  @SuppressWarnings("unchecked")
  List<LocatedJson> elements() {
    return (List<LocatedJson>) value;
  }

  String text() {
    return (String) value;
  }

  /** What a message calls this value's type: object, array, string, number, boolean or null. */
  String typeName() {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }
}
