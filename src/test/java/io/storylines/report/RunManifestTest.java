package io.storylines.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunManifestTest {

  @Test
  void readsTheCountsRejectsLanguagesAndStages() {
    RunManifest manifest =
        RunManifest.parse(
            """
            {"run_id":"20261129T152527Z-f79385","status":"succeeded","started_at":"2026-11-29T15:25:27Z",
             "ended_at":"2026-11-29T15:26:54Z","seconds":86.4,
             "stages":[{"name":"ingest","seconds":15.2,"counts":{"read":83}},{"name":"write","seconds":34.5}],
             "languages":{"tr":25,"ar":25},
             "counts":{"records_read":83,"articles_accepted":75,"records_rejected":8,
                       "rejected_by_reason":{"missing_body":1,"bad_date":2}}}
            """);
    assertEquals("20261129T152527Z-f79385", manifest.runId());
    assertEquals("succeeded", manifest.status());
    assertEquals(83, manifest.recordsRead());
    assertEquals(75, manifest.articlesAccepted());
    assertEquals(8, manifest.recordsRejected());
    assertEquals(List.of("bad_date", "missing_body"), List.copyOf(manifest.rejectedByReason().keySet()));
    assertEquals(Map.of("ar", 25L, "tr", 25L), manifest.languages());
    assertEquals(List.of(new RunManifest.Stage("ingest", 15.2), new RunManifest.Stage("write", 34.5)), manifest.stages());
  }

  @Test
  void aFailedRunsManifestWithoutCountsReadsAsZeros() {
    RunManifest manifest = RunManifest.parse("{\"run_id\":\"r1\",\"status\":\"failed\"}");
    assertEquals(0, manifest.recordsRead());
    assertEquals(Map.of(), manifest.rejectedByReason());
  }

  @Test
  void notAManifestIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> RunManifest.parse("[1,2]"));
    assertThrows(IllegalArgumentException.class, () -> RunManifest.parse("{\"status\":\"x\"}"));
    assertThrows(IllegalArgumentException.class, () -> RunManifest.parse("{"));
  }
}
