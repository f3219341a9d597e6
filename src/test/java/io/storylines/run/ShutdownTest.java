package io.storylines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A run stopped by Ctrl-C or SIGTERM says it was interrupted, not what Spark threw as its context
 * was stopped (found by a review: "Cannot invoke DAGScheduler.cleanupQueryJobs ... is null").
 */
class ShutdownTest {

  @Test
  void aStageFailingAfterASignalIsReportedAsInterrupted() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-XX:TieredStopAtLevel=1",
                    InterruptedStageMain.class.getName()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("started", out.readLine());
      // SIGTERM, as a scheduler or `kill` sends; Ctrl-C takes the same path. Through the handle:
      // Process.destroy would also close the child's output before we read it.
      child.toHandle().destroy();
      String message = out.readLine();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child exits");
      assertEquals(
          "stage 'timelines' interrupted: the job was stopped (Ctrl-C or a signal) and published"
              + " nothing; the tables in --output are those of the last run",
          message);
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void withoutASignalAFailureIsAFailure() {
    StageFailedException failed =
        new StageFailedException("dedup", new IllegalStateException("lost"), Shutdown.begun());
    assertEquals("stage 'dedup' failed: lost", failed.getMessage());
  }
}
