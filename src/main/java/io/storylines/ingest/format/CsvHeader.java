package io.storylines.ingest.format;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The column names of a CSV file, from its header row.
 *
 * <p>Rules: names are trimmed; lookups ignore case (and surrounding spaces of the name asked for);
 * when two columns have the same name, ignoring case, the first one is used; a blank name is not a
 * field.
 */
final class CsvHeader {

  private final Map<String, Integer> indexByKey = new HashMap<>();
  private final Set<String> names = new LinkedHashSet<>();

  CsvHeader(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).trim();
      if (!name.isEmpty() && indexByKey.putIfAbsent(key(name), i) == null) {
        names.add(name);
      }
    }
  }

  /** The column of a name, or -1. */
  int indexOf(String name) {
    return indexByKey.getOrDefault(key(name.trim()), -1);
  }

  Set<String> names() {
    return Collections.unmodifiableSet(names);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
