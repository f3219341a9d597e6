package io.storylines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run manifest is JSON that any reader parses: a figure that is not a number is null. */
class RunManifestJsonTest {
  @Test
  void aNonFiniteFigureIsNullAndAFiniteOneANumber() throws Exception {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", "tr");
    model.put("log_perplexity_bound", Double.POSITIVE_INFINITY);
    model.put("documents", 2L);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("topic_models", List.of(model));
    manifest.put("not_a_number", Double.NaN);
    manifest.put("seconds", 1.5);

    String json = RunRecorder.toJson(manifest);

    // Python's json module, DuckDB and jq all refuse NaN and Infinity; Jackson's default was the
    // string "Infinity".
    assertTrue(!json.contains("Infinity") && !json.contains("NaN"), json);
    JsonNode root = new ObjectMapper().readTree(json);
    assertTrue(root.get("topic_models").get(0).get("log_perplexity_bound").isNull(), json);
    assertTrue(root.get("not_a_number").isNull(), json);
    assertEquals(1.5, root.get("seconds").asDouble());
    assertTrue(root.get("seconds").isNumber());
    assertEquals(2, root.get("topic_models").get(0).get("documents").asInt());
  }
}
