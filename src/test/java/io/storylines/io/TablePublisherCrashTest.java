package io.storylines.io;

import static io.storylines.io.PublishFixture.TABLES;
import static io.storylines.io.PublishFixture.names;
import static io.storylines.io.PublishFixture.stageRun;
import static io.storylines.io.PublishFixture.visibleManifestRun;
import static io.storylines.io.PublishFixture.visibleRun;
import static io.storylines.io.PublishFixture.visibleRunOfAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local publish killed right after any one of its steps leaves every table readable, all from the
 * previous run or all from the new one, and the next run publishes normally.
 */
class TablePublisherCrashTest {

  @TempDir Path tmp;

  private final Configuration conf = new Configuration();

  private static OutputLayout layout(Path out, String runId) {
    return new OutputLayout("file:" + out, runId);
  }

  private TablePublisher publisher(PublishStepListener listener) {
    return new TablePublisher(conf, null, listener);
  }

  private void run(Path out, String runId) throws IOException {
    OutputLayout layout = layout(out, runId);
    TablePublisher publisher = new TablePublisher(conf);
    publisher.beginRun(layout);
    stageRun(layout);
    publisher.publish(layout, TABLES);
  }

  /**
   * Runs a (previous) and b (current) published; run x failed after staging, killed while creating
   * its pointer link; run c staged and about to publish.
   */
  private void prepare(Path out) throws IOException {
    run(out, "a");
    run(out, "b");
    stageRun(layout(out, "x"));
    Files.createSymbolicLink(out.resolve(".storylines/current.tmp-x"), Path.of("runs/x"));
    stageRun(layout(out, "c"));
  }

  private List<String> stepsOfPublishingC() throws IOException {
    Path out = tmp.resolve("steps");
    prepare(out);
    PublishCrash recorder = PublishCrash.never();
    publisher(recorder).publish(layout(out, "c"), TABLES);
    return recorder.steps();
  }

  @Test
  void testKilledAfterAnyStepLeavesAllPreviousOrAllNewTables() throws IOException {
    List<String> steps = stepsOfPublishingC();
    assertEquals(
        List.of(
            "create current.tmp-c",
            "switch current to runs/c",
            "delete leftover current.tmp-x",
            "delete run a",
            "delete run x"),
        steps);
    int switchStep = 2;

    for (int k = 1; k <= steps.size(); k++) {
      String context = "killed after step " + k + " (" + steps.get(k - 1) + ") of " + steps;
      Path out = tmp.resolve("k" + k);
      prepare(out);

      int crashAfter = k;
      assertThrows(
          PublishCrash.SimulatedCrash.class,
          () -> publisher(PublishCrash.afterStep(crashAfter)).publish(layout(out, "c"), TABLES),
          context);

      String expected = k < switchStep ? "b" : "c";
      assertEquals(expected, visibleRunOfAll(out), context);

      run(out, "d");
      assertEquals("d", visibleRunOfAll(out), context);
      assertEquals(Set.of(expected, "d"), names(out.resolve(".storylines/runs")), context);
      assertEquals(
          Set.of("runs"),
          names(out.resolve(".storylines")).stream()
              .filter(n -> !n.equals("current"))
              .collect(Collectors.toSet()),
          context + ": no leftover links");
    }
  }

  @Test
  void testPublishRetriedAfterAKillCompletes() throws IOException {
    int stepCount = stepsOfPublishingC().size();
    for (int k = 1; k <= stepCount; k++) {
      Path out = tmp.resolve("k" + k);
      prepare(out);
      int crashAfter = k;
      assertThrows(
          PublishCrash.SimulatedCrash.class,
          () -> publisher(PublishCrash.afterStep(crashAfter)).publish(layout(out, "c"), TABLES));

      new TablePublisher(conf).publish(layout(out, "c"), TABLES);
      assertEquals("c", visibleRunOfAll(out), "retried after step " + k);
    }
  }

  @Test
  void testKilledDuringTheFirstPublishShowsNothingOrEverything() throws IOException {
    Path counted = tmp.resolve("steps");
    stageRun(layout(counted, "a"));
    PublishCrash recorder = PublishCrash.never();
    publisher(recorder).publish(layout(counted, "a"), TABLES);
    List<String> steps = recorder.steps();
    assertEquals(
        List.of(
            "link articles",
            "link rejects",
            "link runs",
            "link _run.json",
            "create current.tmp-a",
            "switch current to runs/a"),
        steps);
    int switchStep = 6;

    for (int k = 1; k <= steps.size(); k++) {
      String context = "killed after step " + k + " (" + steps.get(k - 1) + ")";
      Path out = tmp.resolve("k" + k);
      stageRun(layout(out, "a"));
      int crashAfter = k;
      assertThrows(
          PublishCrash.SimulatedCrash.class,
          () -> publisher(PublishCrash.afterStep(crashAfter)).publish(layout(out, "a"), TABLES));

      if (k < switchStep) {
        assertNull(visibleManifestRun(out), context);
        for (String table : TABLES) {
          assertNull(visibleRun(out, table), context);
        }
      } else {
        assertEquals("a", visibleRunOfAll(out), context);
      }
      run(out, "b");
      assertEquals("b", visibleRunOfAll(out), context);
    }
  }
}
