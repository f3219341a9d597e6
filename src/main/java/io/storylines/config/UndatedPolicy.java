package io.storylines.config;

import java.util.Locale;

/** What happens to a record whose publication date is missing or cannot be read. */
public enum UndatedPolicy {
  /** The record goes to rejects with reason {@code bad_date} (the default). */
  REJECT,
  /** The record is kept, with a null {@code published_at}, under period {@code undated}. */
  KEEP;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static UndatedPolicy fromCliName(String name) {
    for (UndatedPolicy policy : values()) {
      if (policy.cliName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return policy;
      }
    }
    throw new IllegalArgumentException("unknown --undated value '" + name + "' (expected reject or keep)");
  }
}
