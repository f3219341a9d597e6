package io.storylines.ingest.format;

import java.util.Locale;

/** The input formats Storylines reads. {@code AUTO} picks one per file from its name and first bytes. */
public enum InputFormat {
  AUTO,
  JSONL,
  JSON,
  CSV,
  PARQUET,
  TREC;

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static InputFormat fromCliName(String name) {
    for (InputFormat format : values()) {
      if (format.cliName().equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "' (expected auto, jsonl, json, csv, parquet or trec)");
  }
}
