package io.storylines.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which source field names feed each {@link ArticleField}. Immutable. Built from the defaults plus
 * the user's {@code --map title=article_title,body=properties.body.stringValue} overrides.
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  private final EnumMap<ArticleField, List<String>> names;

  private FieldMapping(EnumMap<ArticleField, List<String>> names) {
    this.names = names;
  }

  public static FieldMapping defaults() {
    return withOverrides(Map.of());
  }

  public static FieldMapping withOverrides(Map<ArticleField, String> overrides) {
    EnumMap<ArticleField, List<String>> names = new EnumMap<>(ArticleField.class);
    for (ArticleField field : ArticleField.values()) {
      String override = overrides.get(field);
      names.put(field, override == null ? field.defaultNames() : List.of(override));
    }
    return new FieldMapping(names);
  }

  /**
   * Parses {@code --map} values: comma-separated {@code field=name} pairs, possibly repeated.
   *
   * @throws IllegalArgumentException naming the bad pair
   */
  public static FieldMapping parse(List<String> mapOptions) {
    EnumMap<ArticleField, String> overrides = new EnumMap<>(ArticleField.class);
    for (String option : mapOptions) {
      for (String pair : option.split(",")) {
        if (pair.isBlank()) {
          continue;
        }
        int eq = pair.indexOf('=');
        if (eq <= 0 || eq == pair.length() - 1) {
          throw new IllegalArgumentException(
              "bad --map entry '" + pair.strip() + "' (expected field=name, e.g. title=headline)");
        }
        ArticleField field = ArticleField.fromKey(pair.substring(0, eq));
        String name = pair.substring(eq + 1).strip();
        if (overrides.put(field, name) != null) {
          throw new IllegalArgumentException("--map gives field '" + field.key() + "' twice");
        }
      }
    }
    return withOverrides(overrides);
  }

  /** The source names tried for a field, first match wins. */
  public List<String> namesFor(ArticleField field) {
    return names.get(field);
  }

  public Map<ArticleField, List<String>> asMap() {
    return Collections.unmodifiableMap(names);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldMapping other && names.equals(other.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
