package io.storylines.io;

import static io.storylines.io.PublishFixture.TABLES;
import static io.storylines.io.PublishFixture.stageRun;
import static io.storylines.io.PublishFixture.visibleRunOfAll;
import static io.storylines.io.PublishLoopMain.runId;
import static io.storylines.io.PublishLoopMain.runIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process really killed ({@code SIGKILL}) while it stages and publishes runs in a loop leaves
 * exactly one complete set of tables readable: the last run it reported published, or the one it
 * was publishing.
 */
class TablePublisherKillTest {

  private static final int ROUNDS = 2;
  private static final int MAX_DELAY_MILLIS = 150;

  @TempDir Path tmp;

  @Test
  void testKilledPublishingProcessLeavesTheLastOrTheNextRunComplete() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Path out = tmp.resolve("out");
    TablePublisher publisher = new TablePublisher(new Configuration());
    publish(publisher, out, 0);

    int next = 1;
    for (int round = 0; round < ROUNDS; round++) {
      Path stdout = tmp.resolve("child-" + round + ".out");
      Path stderr = tmp.resolve("child-" + round + ".err");
      Process child = startChild(out, next, stdout, stderr);
      // Wait for one publish so that the kill lands in the loop, not in JVM start-up.
      awaitLines(stdout, 2, child, stderr);
      int delay = random.nextInt(MAX_DELAY_MILLIS);
      Thread.sleep(delay);
      child.destroyForcibly();
      assertTrue(child.waitFor(10, TimeUnit.SECONDS), "child did not die");

      List<String> lines = completeLines(stdout);
      String lastPublished = lines.get(lines.size() - 1);
      String publishing = runId(runIndex(lastPublished) + 1);
      String visible = visibleRunOfAll(out);
      assertTrue(
          visible.equals(lastPublished) || visible.equals(publishing),
          "seed "
              + seed
              + ", round "
              + round
              + ", killed after "
              + delay
              + " ms: visible "
              + visible
              + ", last reported "
              + lastPublished);
      next = runIndex(lastPublished) + 2;
    }

    publish(publisher, out, next);
    assertEquals(runId(next), visibleRunOfAll(out), "a run after the kills publishes normally");
  }

  private static void publish(TablePublisher publisher, Path out, int index) throws IOException {
    OutputLayout layout = new OutputLayout("file:" + out, runId(index));
    publisher.beginRun(layout);
    stageRun(layout);
    publisher.publish(layout, TABLES);
  }

  /** Waits until the child has printed {@code count} complete lines. */
  private static void awaitLines(Path stdout, int count, Process child, Path stderr)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (completeLines(stdout).size() < count) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        child.destroyForcibly();
        throw new AssertionError(
            "child printed " + completeLines(stdout) + " and stopped; " + childError(stderr));
      }
      Thread.sleep(5);
    }
  }

  /** The lines the child finished printing; a kill can cut the last one short. */
  private static List<String> completeLines(Path stdout) throws IOException {
    String printed = Files.exists(stdout) ? Files.readString(stdout) : "";
    List<String> lines = new ArrayList<>(List.of(printed.split("\n", -1)));
    lines.remove(lines.size() - 1);
    return lines;
  }

  private static Process startChild(Path out, int first, Path stdout, Path stderr)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                PublishLoopMain.class.getName(),
                out.toString(),
                Integer.toString(first)))
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
  }

  private static String childError(Path stderr) {
    try {
      return "child stderr:\n" + Files.readString(stderr);
    } catch (IOException e) {
      return "child stderr unreadable: " + e;
    }
  }
}
