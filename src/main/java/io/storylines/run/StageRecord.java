package io.storylines.run;

import java.util.LinkedHashMap;
import java.util.Map;

/** One finished stage: its name, wall-clock seconds and the counts it reports, in order. */
public record StageRecord(String name, double seconds, Map<String, Long> counts) {
  public StageRecord {
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }
}
