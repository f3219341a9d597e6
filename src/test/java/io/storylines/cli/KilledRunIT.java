package io.storylines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.testing.ChildJvms;
import io.storylines.testing.Project;
import io.storylines.testing.PythonEnv;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (SIGKILL) while it publishes leaves the tables of one run readable, complete, in
 * every reader an analyst uses: the previous run's, or the killed run's if its publish got through,
 * as the published manifest says; and the next run succeeds. The kill lands 150 ms after the job
 * reports that its tables are written, i.e. inside the publish stage (which writes the runs table,
 * then renames; publishing the sample's 15 tables takes about 0.2 s). A killed run costs a whole
 * run of the job (a second kill, at 0 ms, was dropped to keep CI within its time), so the many
 * other kill points are left to {@link io.storylines.io.TablePublisherKillTest}, which kills a
 * publishing process at random delays in a loop. The previous tables are a copy of the sample run
 * the integration tests share ({@link SampleCliRun}). The runs started here read another input,
 * part of the sample, so that their tables have other row counts than the previous ones: a mix of
 * the two runs' tables would show in the counts, not only in the run count.
 */
@ExtendWith(SampleCliRun.class)
class KilledRunIT {

  /**
   * Every run this test starts: the sample's JSON Lines files (30 records, some of them bad),
   * without near-duplicate detection and topic models, which publishing does not need. Their row
   * counts differ from the whole sample's, which is what this input is for; it saves little time
   * (one run took 66.8 s, against 73.4 s for the whole sample with the same options, on a busy
   * machine).
   */
  private static final String[] RUN = {
    "run", "--input", "data/sample/jsonl", "--no-dedup", "--topic-min-docs", "1000000000",
    "--output"
  };

  /** How long after the job reports its tables written the kill lands: inside the publish stage. */
  private static final long KILL_DELAY_MILLIS = 150;

  @TempDir Path temp;

  @Test
  void killDuringPublishLeavesThePreviousTablesReadable(SampleCliRun sample) throws Exception {
    // The previous tables: a copy of the shared sample run's output.
    assertEquals(0, sample.result().exitCode(), sample.result().stderr());
    Path output = sample.copy(temp.resolve("out"));
    JsonNode sampleCounts = manifest(output).get("counts");
    String publishedRun = manifest(output).get("run_id").asText();

    int runsPublished = 1;
    List<String> command = new ArrayList<>();
    command.add(Project.path("jobs/storylines").toString());
    command.addAll(List.of(run(output)));
    ProcessBuilder killed =
        new ProcessBuilder(command)
            .directory(Project.root().toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    // A killed JVM runs no shutdown hook, so Spark's scratch directories (spark-*, blockmgr-*,
    // artifacts-*) stay behind: put them under this test's temporary directory, which JUnit
    // removes.
    Path scratch = Files.createDirectories(temp.resolve("tmp"));
    ChildJvms.addTo(killed.environment());
    killed
        .environment()
        .merge(
            "STORYLINES_JAVA_OPTS", "-Djava.io.tmpdir=" + scratch, (opts, tmp) -> opts + " " + tmp);
    Process run = killed.start();
    try (BufferedReader stderr =
        new BufferedReader(new InputStreamReader(run.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = stderr.readLine()) != null && !line.startsWith("storylines: write ")) {
        // wait until the tables are staged: the next step is publishing
      }
      Thread.sleep(KILL_DELAY_MILLIS);
      run.destroyForcibly();
      assertTrue(run.waitFor(1, TimeUnit.MINUTES));
    }
    try (var left = Files.list(scratch)) {
      assertTrue(
          left.anyMatch(dir -> dir.getFileName().toString().startsWith("blockmgr-")),
          "the killed run's Spark scratch directories belong under " + scratch);
    }
    // The killed run published all its tables or none: they agree with the published manifest.
    JsonNode published = manifest(output);
    if (!published.get("run_id").asText().equals(publishedRun)) {
      runsPublished++;
      publishedRun = published.get("run_id").asText();
    }
    assertReadable(output, published, runsPublished);

    CommandLineIT.Result last = CommandLineIT.storylines(run(output));
    assertEquals(0, last.exitCode(), last.stderr());
    JsonNode lastManifest = manifest(output);
    assertNotEquals(publishedRun, lastManifest.get("run_id").asText());
    JsonNode lastCounts = lastManifest.get("counts");
    for (String count : List.of("articles_accepted", "records_rejected")) {
      assertNotEquals(
          sampleCounts.get(count).asLong(), lastCounts.get(count).asLong(),
          count + ": the two inputs' tables must be told apart by their row counts");
    }
    assertReadable(output, lastManifest, runsPublished + 1);
  }

  private static String[] run(Path output) {
    String[] args = Arrays.copyOf(RUN, RUN.length + 1);
    args[RUN.length] = output.toString();
    return args;
  }

  private static JsonNode manifest(Path output) throws Exception {
    return new ObjectMapper().readTree(output.resolve("_run.json").toFile());
  }

  /** Every reader sees the row counts of the published manifest, and {@code runs} runs. */
  private static void assertReadable(Path output, JsonNode manifest, int runs) throws Exception {
    JsonNode counts = manifest.get("counts");
    String expected =
        new ObjectMapper()
            .writeValueAsString(
                Map.of(
                    "articles", counts.get("articles_accepted").asLong(),
                    "rejects", counts.get("records_rejected").asLong(),
                    "runs", runs));
    PythonEnv.run(
        List.of(
            PythonEnv.python().toString(),
            Project.path("src/test/python/read_tables.py").toString(),
            output.toString(),
            expected));
  }
}
