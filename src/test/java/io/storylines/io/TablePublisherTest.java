package io.storylines.io;

import static io.storylines.io.PublishFixture.TABLES;
import static io.storylines.io.PublishFixture.names;
import static io.storylines.io.PublishFixture.stageRun;
import static io.storylines.io.PublishFixture.visibleRun;
import static io.storylines.io.PublishFixture.visibleRunOfAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local-filesystem publish: links through one atomically swapped pointer. */
class TablePublisherTest {

  @TempDir Path tmp;

  private final TablePublisher publisher = new TablePublisher(new Configuration());

  private OutputLayout layout(String runId) {
    return new OutputLayout("file:" + out(), runId);
  }

  private void run(String runId) throws IOException {
    OutputLayout layout = layout(runId);
    publisher.beginRun(layout);
    stageRun(layout);
    publisher.publish(layout, TABLES);
  }

  /** With a space, which Hadoop paths encode in their URI. */
  private Path out() {
    return tmp.resolve("my out");
  }

  private Path runs() {
    return out().resolve(".storylines/runs");
  }

  @Test
  void testEachPublishShowsItsRunAndKeepsOnlyThePreviousRun() throws IOException {
    run("a");
    assertEquals("a", visibleRunOfAll(out()));
    assertEquals(Set.of("a"), names(runs()));

    run("b");
    assertEquals("b", visibleRunOfAll(out()));
    assertEquals(Set.of("a", "b"), names(runs()), "a reader of run a can still finish");

    run("c");
    assertEquals("c", visibleRunOfAll(out()));
    assertEquals(Set.of("b", "c"), names(runs()));
  }

  @Test
  void testPublishedEntriesAreRelativeLinksThroughCurrent() throws IOException {
    run("a");
    assertEquals(Path.of("runs/a"), Files.readSymbolicLink(out().resolve(".storylines/current")));
    for (String table : TABLES) {
      assertEquals(
          Path.of(".storylines/current/" + table), Files.readSymbolicLink(out().resolve(table)));
    }
    assertEquals(
        Path.of(".storylines/current/_run.json"),
        Files.readSymbolicLink(out().resolve("_run.json")));
    assertEquals(
        Set.of("_run.json", "articles", "rejects", "runs"),
        names(out()),
        "nothing else is visible");

    Path moved = tmp.resolve("moved");
    Files.move(out(), moved);
    assertEquals("a", visibleRunOfAll(moved), "relative links survive moving the folder");
  }

  @Test
  void testRootWithoutSchemeIsLocal() throws IOException {
    OutputLayout layout = new OutputLayout(out().toString(), "a");
    stageRun(layout);
    publisher.publish(layout, TABLES);
    assertEquals("a", visibleRunOfAll(out()));
    assertTrue(Files.isSymbolicLink(out().resolve("articles")));
  }

  @Test
  void testFailedRunLeavesPreviousTablesAndIsDeletedByTheNextPublish() throws IOException {
    run("a");
    OutputLayout failed = layout("b");
    stageRun(failed);
    Folders.deleteRecursively(PublishFixture.local(failed.stagedTable("rejects")));

    IOException e = assertThrows(IOException.class, () -> publisher.publish(failed, TABLES));
    assertTrue(
        e.getMessage().contains("rejects") && e.getMessage().contains("does not exist"),
        e.getMessage());
    assertEquals("a", visibleRunOfAll(out()));

    run("c");
    assertEquals("c", visibleRunOfAll(out()));
    assertEquals(Set.of("a", "c"), names(runs()), "the failed run b is gone, the previous a kept");
  }

  @Test
  void testMissingManifestFailsBeforeAnyChange() throws IOException {
    OutputLayout layout = layout("a");
    stageRun(layout);
    Files.delete(PublishFixture.local(layout.manifestFile()));
    IOException e = assertThrows(IOException.class, () -> publisher.publish(layout, TABLES));
    assertTrue(e.getMessage().contains("_run.json"), e.getMessage());
    assertEquals(Set.of(), names(out()));
  }

  @Test
  void testRealFolderFromAnOlderLayoutIsNeitherReplacedNorDeleted() throws IOException {
    Path oldArticles = Files.createDirectories(out().resolve("articles"));
    Files.writeString(oldArticles.resolve("part-00000.parquet"), "user data");
    OutputLayout layout = layout("a");
    stageRun(layout);

    IOException e = assertThrows(IOException.class, () -> publisher.publish(layout, TABLES));
    assertTrue(e.getMessage().contains(oldArticles.toString()), e.getMessage());
    assertEquals("user data", Files.readString(oldArticles.resolve("part-00000.parquet")));
    assertFalse(Files.exists(out().resolve(".storylines/current")));
    assertFalse(Files.exists(out().resolve("rejects")), "the check runs before any change");
  }

  @Test
  void testBeginRunRejectsAReusedRunId() throws IOException {
    run("a");
    IOException e = assertThrows(IOException.class, () -> publisher.beginRun(layout("a")));
    assertTrue(e.getMessage().contains("'a'"), e.getMessage());
  }

  @Test
  void testRetriedPublishOfTheCurrentRunKeepsEveryRun() throws IOException {
    run("a");
    run("b");
    publisher.publish(layout("b"), TABLES);
    assertEquals("b", visibleRunOfAll(out()));
    assertEquals(Set.of("a", "b"), names(runs()));
  }

  @Test
  void testBadTableListsFailBeforeAnyChange() throws IOException {
    OutputLayout layout = layout("a");
    stageRun(layout);
    assertThrows(IllegalArgumentException.class, () -> publisher.publish(layout, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> publisher.publish(layout, List.of("articles", "articles")));
    assertThrows(
        IllegalArgumentException.class, () -> publisher.publish(layout, List.of("Articles")));
    assertEquals(Set.of(), names(out()));
  }

  /** A reader listing and reading tables while runs are published never sees a gap or a mix. */
  @Test
  void testConcurrentReaderNeverSeesAMissingOrMixedTable() throws Exception {
    run("r000");
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger retries = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              while (!done.get() && failure.get() == null) {
                for (String table : TABLES) {
                  try {
                    assertNotNull(visibleRun(out(), table), table + " is missing");
                    reads.incrementAndGet();
                  } catch (PublishFixture.VersionDeleted e) {
                    // The version this reader had resolved was deleted two publishes later: the
                    // documented retention, not a gap. Read again.
                    retries.incrementAndGet();
                  } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                  }
                }
              }
            });
    reader.start();
    for (int i = 1; i <= 30; i++) {
      run(String.format("r%03d", i));
    }
    done.set(true);
    reader.join();
    if (failure.get() != null) {
      throw new AssertionError("reader failed after " + reads.get() + " reads", failure.get());
    }
    assertTrue(reads.get() > retries.get(), reads + " reads, " + retries + " retries");
    assertEquals("r030", visibleRunOfAll(out()));
  }
}
