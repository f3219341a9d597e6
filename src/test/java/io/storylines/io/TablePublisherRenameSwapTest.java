package io.storylines.io;

import static io.storylines.io.PublishFixture.TABLES;
import static io.storylines.io.PublishFixture.names;
import static io.storylines.io.PublishFixture.stageRun;
import static io.storylines.io.PublishFixture.visibleManifestRun;
import static io.storylines.io.PublishFixture.visibleRun;
import static io.storylines.io.PublishFixture.visibleRunOfAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback for filesystems without links, forced on a local folder: entries renamed into place
 * one by one under a journal, and {@link TablePublisher#recover} completing a killed publish.
 */
class TablePublisherRenameSwapTest {

  @TempDir Path tmp;

  private final Configuration conf = new Configuration();

  private static OutputLayout layout(Path out, String runId) {
    return new OutputLayout("file:" + out, runId);
  }

  private TablePublisher publisher(PublishStepListener listener) {
    return new TablePublisher(conf, PublishStrategy.RENAME_SWAP, listener);
  }

  private void run(Path out, String runId) throws IOException {
    OutputLayout layout = layout(out, runId);
    TablePublisher publisher = publisher(PublishStepListener.NONE);
    publisher.beginRun(layout);
    stageRun(layout);
    publisher.publish(layout, TABLES);
  }

  /** Runs a and b published, run x failed after staging, run c staged and about to publish. */
  private void prepare(Path out) throws IOException {
    run(out, "a");
    run(out, "b");
    stageRun(layout(out, "x"));
    stageRun(layout(out, "c"));
  }

  private static void assertNothingLeftBehind(Path out, String context) throws IOException {
    assertEquals(Set.of(), names(out.resolve(".storylines/runs")), context);
    assertEquals(Set.of(), names(out.resolve(".storylines/trash")), context);
    assertEquals(Set.of("runs", "trash"), names(out.resolve(".storylines")), context);
  }

  @Test
  void testEntriesAreRenamedIntoPlaceAsPlainFolders() throws IOException {
    Path out = tmp.resolve("out");
    run(out, "a");
    run(out, "b");
    assertEquals("b", visibleRunOfAll(out));
    assertFalse(Files.isSymbolicLink(out.resolve("articles")));
    assertEquals(Set.of("_run.json", "articles", "rejects", "runs"), names(out));
    assertNothingLeftBehind(out, "after b");
  }

  @Test
  void testStepsInOrder() throws IOException {
    Path out = tmp.resolve("out");
    prepare(out);
    PublishCrash recorder = PublishCrash.never();
    publisher(recorder).publish(layout(out, "c"), TABLES);
    assertEquals(
        List.of(
            "write journal publishing-c.journal",
            "create c trash",
            "park old articles",
            "move new articles",
            "park old rejects",
            "move new rejects",
            "park old runs",
            "move new runs",
            "park old _run.json",
            "move new _run.json",
            "delete journal publishing-c.journal",
            "delete trash of c",
            "delete run c",
            "delete failed run x"),
        recorder.steps());
  }

  @Test
  void testKilledAfterAnyStepLosesAtMostOneTableUntilRecoverCompletesThePublish()
      throws IOException {
    Path counted = tmp.resolve("steps");
    prepare(counted);
    PublishCrash recorder = PublishCrash.never();
    publisher(recorder).publish(layout(counted, "c"), TABLES);
    List<String> steps = recorder.steps();

    for (int k = 1; k <= steps.size(); k++) {
      String context = "killed after step " + k + " (" + steps.get(k - 1) + ")";
      Path out = tmp.resolve("k" + k);
      prepare(out);
      int crashAfter = k;
      assertThrows(
          PublishCrash.SimulatedCrash.class,
          () -> publisher(PublishCrash.afterStep(crashAfter)).publish(layout(out, "c"), TABLES));

      List<String> absent = new ArrayList<>();
      for (String table : TABLES) {
        String run = visibleRun(out, table);
        if (run == null) {
          absent.add(table);
        } else {
          assertTrue(run.equals("b") || run.equals("c"), context + ": " + table + " shows " + run);
        }
      }
      if (visibleManifestRun(out) == null) {
        absent.add("_run.json");
      }
      assertTrue(absent.size() <= 1, context + ": absent " + absent);

      publisher(PublishStepListener.NONE).recover("file:" + out);
      assertEquals("c", visibleRunOfAll(out), context + ", then recovered");

      run(out, "d");
      assertEquals("d", visibleRunOfAll(out), context);
      assertNothingLeftBehind(out, context);
    }
  }

  @Test
  void testPublishCompletesAnInterruptedPublishFirst() throws IOException {
    Path out = tmp.resolve("out");
    prepare(out);
    assertThrows(
        PublishCrash.SimulatedCrash.class,
        () -> publisher(PublishCrash.afterStep(5)).publish(layout(out, "c"), TABLES));
    assertEquals("c", visibleRun(out, "articles"));
    assertEquals(null, visibleRun(out, "rejects"));

    OutputLayout d = layout(out, "d");
    stageRun(d);
    publisher(PublishStepListener.NONE).publish(d, TABLES);
    assertEquals("d", visibleRunOfAll(out));
    assertNothingLeftBehind(out, "after d");
  }

  @Test
  void testJournalKilledWhileBeingWrittenIsDropped() throws IOException {
    Path out = tmp.resolve("out");
    prepare(out);
    Files.writeString(
        out.resolve(".storylines/publishing-c.journal.tmp"), PublishJournal.HEADER + "\narti");

    publisher(PublishStepListener.NONE).recover("file:" + out);
    assertEquals("b", visibleRunOfAll(out), "no move had started");
    assertFalse(Files.exists(out.resolve(".storylines/publishing-c.journal.tmp")));

    run(out, "d");
    assertEquals("d", visibleRunOfAll(out));
    assertNothingLeftBehind(out, "after d");
  }

  @Test
  void testRecoverRefusesToGuessWhenACopyExistsThreeTimes() throws IOException {
    Path out = tmp.resolve("out");
    prepare(out);
    OutputLayout c = layout(out, "c");
    new PublishJournal("c", List.of("articles", "_run.json"))
        .write(org.apache.hadoop.fs.FileSystem.getLocal(conf), c);
    Files.createDirectories(PublishFixture.local(c.trashEntry("articles")));

    IOException e =
        assertThrows(
            IOException.class, () -> publisher(PublishStepListener.NONE).recover("file:" + out));
    assertTrue(e.getMessage().contains("not atomic"), e.getMessage());
    assertEquals("b", visibleRunOfAll(out), "nothing was moved");
  }
}
