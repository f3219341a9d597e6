package io.storylines.bench.topics;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of a benchmark runner. Every option a runner reads must be
 * declared; an unknown or missing one stops it with a message that names it.
 */
final class BenchOptions {
  private final Map<String, String> values;

  private BenchOptions(Map<String, String> values) {
    this.values = values;
  }

  static BenchOptions parse(String[] args, Set<String> known) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + arg);
      }
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "; known: " + known);
      }
      values.put(name, value);
    }
    return new BenchOptions(values);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  String string(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  Path path(String name) {
    return Path.of(string(name));
  }

  int integer(String name, int fallback) {
    return has(name) ? Integer.parseInt(string(name)) : fallback;
  }

  double decimal(String name, double fallback) {
    return has(name) ? Double.parseDouble(string(name)) : fallback;
  }

  boolean bool(String name, boolean fallback) {
    if (!has(name)) {
      return fallback;
    }
    String v = string(name);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("--" + name + " must be true or false, got " + v);
    }
    return Boolean.parseBoolean(v);
  }

  /** The options as given, as a JSON object of strings, for the run record. */
  String toJson() {
    StringBuilder json = new StringBuilder("{");
    values.forEach((k, v) -> {
      if (json.length() > 1) {
        json.append(", ");
      }
      json.append(RunRecord.quote(k)).append(": ").append(RunRecord.quote(v));
    });
    return json.append('}').toString();
  }
}
