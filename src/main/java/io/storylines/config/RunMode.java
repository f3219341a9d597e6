package io.storylines.config;

import java.util.Locale;

/** What a run does with the tables already published in its output folder ({@code --mode}). */
public enum RunMode {
  /** The run's input is the whole corpus: every table is computed from it and replaces the old (default). */
  REPLACE,
  /**
   * The run's input is a new batch added to the published articles: articles whose id is already
   * published are skipped, topics are scored with the published run's models, and only the periods
   * the batch changes are rewritten. See docs/incremental.md.
   */
  APPEND;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RunMode fromCliName(String name) {
    for (RunMode mode : values()) {
      if (mode.cliName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new IllegalArgumentException("unknown --mode '" + name + "' (expected replace or append)");
  }
}
