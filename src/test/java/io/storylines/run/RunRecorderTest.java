package io.storylines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storylines.config.ConfigException;
import io.storylines.config.StorylinesConfig;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A failed run's manifest names the stage it failed in, whatever the kind of failure. */
class RunRecorderTest {
  private static RunRecorder recorder() {
    StorylinesConfig config =
        StorylinesConfig.builder().input("in").output("out").build();
    return new RunRecorder(config, List.of(), Map.of(), Progress.quiet(), Clock.systemUTC());
  }

  @SuppressWarnings("unchecked")
  private static Object errorStage(RunRecorder run, Throwable error) {
    Map<String, Object> failure =
        (Map<String, Object>) run.manifest("failed", Clock.systemUTC().instant(), error).get("error");
    assertEquals(error.getMessage(), failure.get("message"));
    return failure.get("stage");
  }

  @Test
  void aConfigurationErrorFoundByAStageNamesThatStage() {
    RunRecorder run = recorder();
    run.stage("gazetteer", () -> new RunRecorder.StageOutput<>(1, Map.of()));
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () -> run.stage("inputs", () -> { throw new ConfigException("input not found"); }));
    assertEquals("inputs", errorStage(run, error));
  }

  @Test
  void aJobFailureNamesItsStage() {
    RunRecorder run = recorder();
    StageFailedException error =
        assertThrows(
            StageFailedException.class,
            () -> run.stage("dedup", () -> { throw new IllegalStateException("lost"); }));
    assertEquals("dedup", errorStage(run, error));
  }

  @Test
  void anErrorBeforeAnyStageNamesNone() {
    assertNull(errorStage(recorder(), new ConfigException("bad option")));
  }
}
