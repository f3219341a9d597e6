package io.storylines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.testing.Project;
import io.storylines.testing.PythonEnv;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 * A run killed (SIGKILL) while it publishes leaves the previous tables readable: complete, from one
 * run, in every reader an analyst uses; and the next run succeeds. The kill lands at two delays
 * after the job reports that its tables are written, i.e. inside the publish stage: at once, as
 * publishing starts, and 150 ms later, while it renames (publishing the sample's 15 tables takes
 * about 0.2 s). Each killed run costs a whole run of the job, so the many other kill points are
 * left to {@link io.storylines.io.TablePublisherKillTest}, which kills a publishing process at
 * random delays in a loop. The previous tables are a copy of the sample run the integration tests
 * share ({@link SampleCliRun}).
 */
@ExtendWith(SampleCliRun.class)
class KilledRunIT {

  /**
   * Every run this test starts: the sample, without near-duplicate detection and topic models. What is
   * tested is publishing, and those two stages were 30 of a run's 85 seconds.
   */
  private static final String[] RUN = {
    "run", "--input", "data/sample", "--no-dedup", "--topic-min-docs", "1000000000", "--output"
  };

  @TempDir Path temp;

  @Test
  void killDuringPublishLeavesThePreviousTablesReadable(SampleCliRun sample) throws Exception {
    // The previous tables: a copy of the shared sample run's output.
    assertEquals(0, sample.result().exitCode(), sample.result().stderr());
    Path output = sample.copy(temp.resolve("out"));
    JsonNode firstManifest = manifest(output);
    String firstRun = firstManifest.get("run_id").asText();
    long articles = firstManifest.get("counts").get("articles_accepted").asLong();
    long rejects = firstManifest.get("counts").get("records_rejected").asLong();

    int runsPublished = 1;
    for (long delayMillis : new long[] {0, 150}) {
      List<String> command = new ArrayList<>();
      command.add(Project.path("jobs/storylines").toString());
      command.addAll(List.of(run(output)));
      Process run =
          new ProcessBuilder(command)
              .directory(Project.root().toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (BufferedReader stderr =
          new BufferedReader(new InputStreamReader(run.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = stderr.readLine()) != null && !line.startsWith("storylines: write ")) {
          // wait until the tables are staged: the next step is publishing
        }
        Thread.sleep(delayMillis);
        run.destroyForcibly();
        assertTrue(run.waitFor(1, TimeUnit.MINUTES));
      }
      String published = manifest(output).get("run_id").asText();
      if (!published.equals(firstRun)) {
        runsPublished++;
        firstRun = published;
      }
      assertReadable(output, articles, rejects, runsPublished);
    }

    CommandLineIT.Result last = CommandLineIT.storylines(run(output));
    assertEquals(0, last.exitCode(), last.stderr());
    assertReadable(output, articles, rejects, runsPublished + 1);
  }

  private static String[] run(Path output) {
    String[] args = Arrays.copyOf(RUN, RUN.length + 1);
    args[RUN.length] = output.toString();
    return args;
  }

  private static JsonNode manifest(Path output) throws Exception {
    return new ObjectMapper().readTree(output.resolve("_run.json").toFile());
  }

  private static void assertReadable(Path output, long articles, long rejects, int runs)
      throws Exception {
    String expected =
        new ObjectMapper()
            .writeValueAsString(Map.of("articles", articles, "rejects", rejects, "runs", runs));
    PythonEnv.run(
        List.of(
            PythonEnv.python().toString(),
            Project.path("src/test/python/read_tables.py").toString(),
            output.toString(),
            expected));
  }
}
