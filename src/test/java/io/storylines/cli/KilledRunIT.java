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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (SIGKILL) while it publishes leaves the previous tables readable: complete, from one
 * run, in every reader an analyst uses; and the next run succeeds. The kill lands at several delays
 * after the job reports that its tables are written, i.e. inside the publish stage.
 */
class KilledRunIT {

  @TempDir Path temp;

  @Test
  void killDuringPublishLeavesThePreviousTablesReadable() throws Exception {
    Path output = temp.resolve("out");
    CommandLineIT.Result first =
        CommandLineIT.storylines("run", "--input", "data/sample", "--output", output.toString());
    assertEquals(0, first.exitCode(), first.stderr());
    JsonNode firstManifest = manifest(output);
    String firstRun = firstManifest.get("run_id").asText();
    long articles = firstManifest.get("counts").get("articles_accepted").asLong();
    long rejects = firstManifest.get("counts").get("records_rejected").asLong();

    int runsPublished = 1;
    for (long delayMillis : new long[] {0, 40, 120, 300}) {
      Process run =
          new ProcessBuilder(
                  Project.path("jobs/storylines").toString(),
                  "run", "--input", "data/sample", "--output", output.toString())
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

    CommandLineIT.Result last =
        CommandLineIT.storylines("run", "--input", "data/sample", "--output", output.toString());
    assertEquals(0, last.exitCode(), last.stderr());
    assertReadable(output, articles, rejects, runsPublished + 1);
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
