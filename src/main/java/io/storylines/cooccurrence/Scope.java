package io.storylines.cooccurrence;

import java.util.Locale;

/** The window two mentions must share to count as together: one sentence, or one article. */
public enum Scope {
  SENTENCE,
  ARTICLE;

  /** The value in the table's {@code scope} column: {@code sentence} or {@code article}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Scope fromCode(String code) {
    for (Scope scope : values()) {
      if (scope.code().equals(code)) {
        return scope;
      }
    }
    throw new IllegalArgumentException("unknown scope '" + code + "'; use sentence or article");
  }
}
