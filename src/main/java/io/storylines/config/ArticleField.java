package io.storylines.config;

import java.util.List;
import java.util.Locale;

/**
 * The fields of the canonical article that are read from a source record, with the source field
 * names tried by default, in order. {@code --map FIELD=NAME} replaces the defaults of one field by a
 * single name, which may be a dotted path into nested JSON or Parquet data.
 */
public enum ArticleField {
  ID("id", "article_id", "docno"),
  URL("url", "link"),
  SOURCE("source", "src"),
  PUBLISHED_AT("published_at", "date", "published", "time", "datetime"),
  TITLE("title", "headline"),
  BODY("body", "text", "content"),
  LANG("lang", "language");

  private final List<String> defaultNames;

  ArticleField(String... defaultNames) {
    this.defaultNames = List.of(defaultNames);
  }

  /** The name used on the command line and in the articles table ({@code published_at}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public List<String> defaultNames() {
    return defaultNames;
  }

  public static ArticleField fromKey(String key) {
    for (ArticleField field : values()) {
      if (field.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
        return field;
      }
    }
    throw new IllegalArgumentException(
        "unknown field '" + key + "' in --map (expected one of id, url, source, published_at, "
            + "title, body, lang)");
  }
}
