package io.storylines.bench.topics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a runner measured, written as one JSON object for bench/topics/report.py. */
final class RunRecord {
  private final Map<String, String> fields = new LinkedHashMap<>();

  RunRecord put(String name, String value) {
    fields.put(name, quote(value));
    return this;
  }

  RunRecord put(String name, long value) {
    fields.put(name, Long.toString(value));
    return this;
  }

  RunRecord put(String name, double value) {
    fields.put(name, Double.toString(value));
    return this;
  }

  RunRecord putJson(String name, String json) {
    fields.put(name, json);
    return this;
  }

  void write(Path file) throws IOException {
    StringBuilder json = new StringBuilder("{");
    fields.forEach((k, v) -> {
      if (json.length() > 1) {
        json.append(", ");
      }
      json.append(quote(k)).append(": ").append(v);
    });
    Files.writeString(file, json.append("}\n").toString(), StandardCharsets.UTF_8);
  }

  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        default -> {
          if (c < 0x20) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
