package io.storylines.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.config.ConfigException;
import io.storylines.dedup.DedupSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which settings an appending run must share with the published run, read from its manifest. */
class TableSettingsTest {
  private static final String MANIFEST =
      """
      {"run_id": "r1", "status": "succeeded",
       "config": {"period": "month", "min_pair_docs": 2,
                  "dedup": {"enabled": true, "threshold": 0.8, "shingle_words": 5, "bands": 25,
                            "rows": 5, "seed": 20261130}},
       "gazetteer": {"files": [], "sha256": "g1"},
       "storylines": [{"storyline_id": "syria-us", "file": "a.json", "sha256": "s1"},
                      {"storyline_id": "turkey", "file": "b.json", "sha256": "s2"}]}
      """;

  private static TableSettings current(
      String gazetteer, Map<String, String> storylines, int minPairDocs, DedupSettings dedup) {
    return TableSettings.of(gazetteer, storylines, minPairDocs, dedup.describe());
  }

  private static final Map<String, String> SAME_STORYLINES = Map.of("syria-us", "s1", "turkey", "s2");

  @Test
  void theSameSettingsDifferInNothing() {
    PublishedRun published = PublishedRun.parse(MANIFEST);
    TableSettings now = current("g1", SAME_STORYLINES, 2, DedupSettings.defaults());
    assertEquals(List.of(), now.differencesFrom(published.settings()));
    published.requireSameSettings(now);
  }

  @Test
  void eachDifferingOptionIsNamed() {
    TableSettings published = PublishedRun.parse(MANIFEST).settings();
    assertEquals(
        List.of(
            "--gazetteer (the bundled gazetteer and the --gazetteer files give other entities or"
                + " aliases than the published run's)"),
        current("g2", SAME_STORYLINES, 2, DedupSettings.defaults()).differencesFrom(published));
    assertEquals(
        List.of("--storyline (published: syria-us, turkey; this run: syria-us)"),
        current("g1", Map.of("syria-us", "s1"), 2, DedupSettings.defaults()).differencesFrom(published));
    assertEquals(
        List.of("--storyline (the definition of turkey changed)"),
        current("g1", Map.of("syria-us", "s1", "turkey", "s3"), 2, DedupSettings.defaults())
            .differencesFrom(published));
    assertEquals(
        List.of("--min-pair-docs (published: 2; this run: 5)"),
        current("g1", SAME_STORYLINES, 5, DedupSettings.defaults()).differencesFrom(published));
    assertEquals(
        List.of("--dedup-threshold or --no-dedup (bands 25 -> 16, rows 5 -> 8, threshold 0.8 -> 0.9)"),
        current("g1", SAME_STORYLINES, 2, DedupSettings.defaults().withThreshold(0.9))
            .differencesFrom(published));
    assertEquals(
        4,
        current("g2", Map.of("syria-us", "s9"), 3, DedupSettings.defaults().withEnabled(false))
            .differencesFrom(published).size());
  }

  @Test
  void theErrorNamesTheRunAndEveryDifference() {
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () -> PublishedRun.parse(MANIFEST)
                .requireSameSettings(current("g1", Map.of("other", "s1"), 3, DedupSettings.defaults())));
    assertTrue(
        error.getMessage().startsWith(
            "--mode append: settings differ from the published run r1's, whose tables the batch would"
                + " join: --storyline (published: syria-us, turkey; this run: other); --min-pair-docs"
                + " (published: 2; this run: 3). Append with the published run's settings"),
        error.getMessage());
  }

  @Test
  void whatAnOlderManifestDidNotRecordIsNotCompared() {
    TableSettings published =
        PublishedRun.parse(
                """
                {"run_id": "r0", "status": "succeeded", "config": {"period": "month"},
                 "storylines": [{"storyline_id": "syria-us", "file": "a.json"}]}
                """)
            .settings();
    assertEquals(
        List.of(),
        current("g9", Map.of("syria-us", "s9"), 7, DedupSettings.defaults()).differencesFrom(published));
    assertEquals(
        List.of("--storyline (published: syria-us; this run: turkey)"),
        current("g9", Map.of("turkey", "s9"), 7, DedupSettings.defaults()).differencesFrom(published));
  }
}
