package io.storylines.incremental;

import com.fasterxml.jackson.databind.JsonNode;
import io.storylines.config.StorylinesConfig;
import io.storylines.entities.GazetteerFiles;
import io.storylines.storyline.StorylineDefinition;
import io.storylines.storyline.StorylineFiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * The settings that shape what a run writes into every period, besides the articles: the entities
 * it finds, the storylines it matches, the pairs it keeps and the near-duplicates it groups. An
 * appending run copies the partitions of the periods it does not change from the published run,
 * so its own settings must be the published run's, or the tables would mix the two.
 *
 * @param gazetteer the {@link io.storylines.config.Fingerprint} of the gazetteer's files (bundled,
 *     then each {@code --gazetteer}); null when a manifest written before it was recorded
 * @param storylines each storyline's id to the fingerprint of its definition file (null values
 *     from such a manifest)
 * @param minPairDocs {@code --min-pair-docs}; null when not recorded
 * @param dedup the near-duplicate settings ({@code --dedup-threshold}, {@code --no-dedup} and the
 *     fixed ones), as text; empty when not recorded
 */
public record TableSettings(
    String gazetteer,
    SortedMap<String, String> storylines,
    Integer minPairDocs,
    SortedMap<String, String> dedup) {

  public TableSettings {
    storylines = Collections.unmodifiableSortedMap(new TreeMap<>(storylines));
    dedup = Collections.unmodifiableSortedMap(new TreeMap<>(dedup));
  }

  /** The settings of the current run, from its configuration and the files it loaded. */
  public static TableSettings of(
      String gazetteer, Map<String, String> storylines, int minPairDocs, Map<String, Object> dedup) {
    SortedMap<String, String> dedupText = new TreeMap<>();
    dedup.forEach((key, value) -> dedupText.put(key, String.valueOf(value)));
    return new TableSettings(gazetteer, new TreeMap<>(storylines), minPairDocs, dedupText);
  }

  /**
   * The settings of a run of {@code config} that read {@code storylines}: the fingerprints of its
   * gazetteer and storyline files, read again through {@code hadoopConf}.
   */
  public static TableSettings current(
      Configuration hadoopConf, StorylinesConfig config, List<StorylineDefinition> storylines) {
    List<String> fingerprints = StorylineFiles.fingerprints(hadoopConf, config.storylines());
    Map<String, String> byId = new LinkedHashMap<>();
    for (int i = 0; i < storylines.size(); i++) {
      byId.put(storylines.get(i).storylineId(), fingerprints.get(i));
    }
    return of(
        GazetteerFiles.fingerprint(hadoopConf, config.gazetteers()), byId, config.minPairDocs(),
        config.dedup().describe());
  }

  /** The settings a run manifest ({@code _run.json}) records, as far as it records them. */
  static TableSettings fromManifest(JsonNode root) {
    JsonNode gazetteer = root.path("gazetteer").path("sha256");
    SortedMap<String, String> storylines = new TreeMap<>();
    for (JsonNode storyline : root.path("storylines")) {
      if (storyline.path("storyline_id").isTextual()) {
        JsonNode sha = storyline.path("sha256");
        storylines.put(storyline.path("storyline_id").asText(), sha.isTextual() ? sha.asText() : null);
      }
    }
    JsonNode config = root.path("config");
    JsonNode minPairDocs = config.path("min_pair_docs");
    SortedMap<String, String> dedup = new TreeMap<>();
    config.path("dedup").fields().forEachRemaining(e -> dedup.put(e.getKey(), e.getValue().asText()));
    return new TableSettings(
        gazetteer.isTextual() ? gazetteer.asText() : null,
        storylines,
        minPairDocs.isInt() ? minPairDocs.asInt() : null,
        dedup);
  }

  /**
   * How these settings differ from {@code published}, one entry per option, naming it; empty when
   * they are the same. What the published manifest did not record is not compared.
   */
  public List<String> differencesFrom(TableSettings published) {
    List<String> differences = new ArrayList<>();
    if (published.gazetteer != null && !published.gazetteer.equals(gazetteer)) {
      differences.add(
          "--gazetteer (the bundled gazetteer and the --gazetteer files give other entities or"
              + " aliases than the published run's)");
    }
    if (!published.storylines.keySet().equals(storylines.keySet())) {
      differences.add(
          "--storyline (published: " + String.join(", ", published.storylines.keySet())
              + "; this run: " + String.join(", ", storylines.keySet()) + ")");
    } else {
      List<String> changed = new ArrayList<>();
      published.storylines.forEach(
          (id, sha) -> {
            if (sha != null && !sha.equals(storylines.get(id))) {
              changed.add(id);
            }
          });
      if (!changed.isEmpty()) {
        differences.add("--storyline (the definition of " + String.join(", ", changed) + " changed)");
      }
    }
    if (published.minPairDocs != null && !published.minPairDocs.equals(minPairDocs)) {
      differences.add(
          "--min-pair-docs (published: " + published.minPairDocs + "; this run: " + minPairDocs + ")");
    }
    if (!published.dedup.isEmpty() && !published.dedup.equals(dedup)) {
      List<String> changed = new ArrayList<>();
      published.dedup.forEach(
          (key, value) -> {
            if (!Objects.equals(value, dedup.get(key))) {
              changed.add(key + " " + value + " -> " + dedup.get(key));
            }
          });
      differences.add("--dedup-threshold or --no-dedup (" + String.join(", ", changed) + ")");
    }
    return differences;
  }
}
