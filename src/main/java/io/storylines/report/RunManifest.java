package io.storylines.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the report shows of a run's manifest, {@code _run.json} (docs/tables.md): who ran, how it
 * ended, the record counts, the rejects by reason, the articles per language and each stage's
 * seconds. Times are the manifest's own strings, so the report holds no time of its own.
 */
public record RunManifest(
    String runId,
    String status,
    String startedAt,
    String endedAt,
    double seconds,
    long recordsRead,
    long articlesAccepted,
    long recordsRejected,
    SortedMap<String, Long> rejectedByReason,
    SortedMap<String, Long> languages,
    List<Stage> stages) {

  /** One stage of the run and its wall-clock seconds. */
  public record Stage(String name, double seconds) {}

  public RunManifest {
    rejectedByReason = Collections.unmodifiableSortedMap(new TreeMap<>(rejectedByReason));
    languages = Collections.unmodifiableSortedMap(new TreeMap<>(languages));
    stages = List.copyOf(stages);
  }

  /**
   * Reads the fields above from the manifest's JSON text; a field the manifest lacks (a failed
   * run's manifest has no counts) reads as empty or 0.
   *
   * @throws IllegalArgumentException when the text is not a JSON object with a {@code run_id}
   */
  public static RunManifest parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the run manifest is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("run_id").isTextual()) {
      throw new IllegalArgumentException("the run manifest has no run_id");
    }
    JsonNode counts = root.path("counts");
    List<Stage> stages = new ArrayList<>();
    for (JsonNode stage : root.path("stages")) {
      stages.add(new Stage(stage.path("name").asText(), stage.path("seconds").asDouble(Double.NaN)));
    }
    return new RunManifest(
        root.path("run_id").asText(),
        root.path("status").asText(""),
        root.path("started_at").asText(""),
        root.path("ended_at").asText(""),
        root.path("seconds").asDouble(Double.NaN),
        counts.path("records_read").asLong(),
        counts.path("articles_accepted").asLong(),
        counts.path("records_rejected").asLong(),
        longs(counts.path("rejected_by_reason")),
        longs(root.path("languages")),
        stages);
  }

  private static SortedMap<String, Long> longs(JsonNode object) {
    SortedMap<String, Long> out = new TreeMap<>();
    object.fields().forEachRemaining(field -> out.put(field.getKey(), field.getValue().asLong()));
    return out;
  }
}
