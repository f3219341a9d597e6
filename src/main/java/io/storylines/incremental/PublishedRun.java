package io.storylines.incremental;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What an appending run needs to know of the run whose tables are published in its output folder,
 * read from the published manifest {@code _run.json}: its run id, the period its articles were
 * grouped by, the topic model it used for each language, and the settings that shaped its tables.
 *
 * @param runId the published run's id
 * @param period the published run's {@code --period} ({@code month}, ...)
 * @param topicModels language to the saved model the published run used
 * @param settings the gazetteer, storylines, pair and near-duplicate settings it ran with
 */
public record PublishedRun(
    String runId, String period, SortedMap<String, SavedModel> topicModels, TableSettings settings) {

  /**
   * A saved topic model as the manifest names it.
   *
   * @param modelId the model's id, {@code <lang>-<run id of the run that fitted it>}
   * @param path the folder it was loaded from or saved to, as that run was given it (possibly
   *     relative to that run's working folder)
   */
  public record SavedModel(String modelId, String path) {}

  public PublishedRun {
    topicModels = Collections.unmodifiableSortedMap(new TreeMap<>(topicModels));
  }

  /**
   * Reads the published manifest {@code manifest} of output folder {@code output}.
   *
   * @throws ConfigException when there is no published run to append to, or its manifest cannot be
   *     read: appending needs one
   */
  public static PublishedRun load(Configuration conf, Path output, Path manifest) {
    String json;
    try {
      FileSystem fs = manifest.getFileSystem(conf);
      if (!fs.exists(manifest)) {
        throw new ConfigException(
            "--mode append: " + output + " has no published run to append to (no "
                + manifest.getName() + "); run once without --mode append first");
      }
      try (InputStream in = fs.open(manifest)) {
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new ConfigException("--mode append: cannot read " + manifest + ": " + e.getMessage(), e);
    }
    try {
      return parse(json);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--mode append: " + manifest + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a manifest's JSON text.
   *
   * @throws IllegalArgumentException when it is not the manifest of a run that succeeded
   */
  public static PublishedRun parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("run_id").isTextual()) {
      throw new IllegalArgumentException("no run_id");
    }
    if (!"succeeded".equals(root.path("status").asText())) {
      throw new IllegalArgumentException(
          "the published run did not succeed (status '" + root.path("status").asText() + "')");
    }
    JsonNode period = root.path("config").path("period");
    if (!period.isTextual()) {
      throw new IllegalArgumentException("no config.period");
    }
    Map<String, SavedModel> models = new TreeMap<>();
    for (JsonNode model : root.path("topic_models")) {
      if (model.path("lang").isTextual()
          && model.path("model_id").isTextual()
          && model.path("path").isTextual()) {
        models.put(
            model.path("lang").asText(),
            new SavedModel(model.path("model_id").asText(), model.path("path").asText()));
      }
    }
    return new PublishedRun(
        root.path("run_id").asText(), period.asText(), new TreeMap<>(models),
        TableSettings.fromManifest(root));
  }

  /**
   * Where each language's model is now: under {@code modelsRoot/<lang>/<model_id>} when it is there
   * (so an output folder that was moved still finds its models), else the path the manifest gives.
   */
  public SortedMap<String, Path> modelPaths(Configuration conf, Path modelsRoot) {
    SortedMap<String, Path> paths = new TreeMap<>();
    try {
      FileSystem fs = modelsRoot.getFileSystem(conf);
      for (Map.Entry<String, SavedModel> model : topicModels.entrySet()) {
        Path inOutput = new Path(new Path(modelsRoot, model.getKey()), model.getValue().modelId());
        paths.put(model.getKey(), fs.exists(inOutput) ? inOutput : new Path(model.getValue().path()));
      }
    } catch (IOException e) {
      throw new ConfigException("--mode append: cannot look for the topic models under " + modelsRoot + ": " + e.getMessage(), e);
    }
    return paths;
  }

  /**
   * Checks that a batch grouped by {@code period} can join the published articles.
   *
   * @throws ConfigException when the periods differ: the published periods cannot be regrouped
   */
  public void requirePeriod(String period) {
    if (!this.period.equals(period)) {
      throw new ConfigException(
          "--mode append: --period " + period + " differs from the published run's period "
              + this.period + "; append with --period " + this.period + ", or rerun without --mode append");
    }
  }
  /**
   * Checks that a batch run with {@code current} can join the published tables: the partitions
   * the append copies were made with the published run's gazetteer, storylines, pair and
   * near-duplicate settings, and the ones it writes must be too.
   *
   * @throws ConfigException naming every option that differs
   */
  public void requireSameSettings(TableSettings current) {
    List<String> differences = current.differencesFrom(settings);
    if (!differences.isEmpty()) {
      throw new ConfigException(
          "--mode append: settings differ from the published run " + runId + "'s, whose tables"
              + " the batch would join: " + String.join("; ", differences) + ". Append with the"
              + " published run's settings (its _run.json has them), or rerun without --mode append");
    }
  }
}
