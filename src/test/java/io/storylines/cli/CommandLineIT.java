package io.storylines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.ChildJvms;
import io.storylines.testing.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job run as a user runs it, through {@code jobs/storylines}: help, exit codes, quiet
 * logging with one progress line per stage, and the tables on disk.
 */
@ExtendWith(SampleCliRun.class)
class CommandLineIT {

  @TempDir Path temp;

  record Result(int exitCode, String stdout, String stderr) {}

  static Result storylines(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Project.path("jobs/storylines").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(Project.root().toFile());
    ChildJvms.addTo(builder.environment());
    Path out = Files.createTempFile("storylines-stdout", ".txt");
    Path err = Files.createTempFile("storylines-stderr", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    try {
      Process process = builder.start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("jobs/storylines did not finish: " + command);
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void helpListsTheOptions() throws Exception {
    Result result = storylines("run", "--help");
    assertEquals(0, result.exitCode(), result.stderr());
    for (String option :
        List.of("--input", "--output", "--format", "--map", "--period", "--master", "--verbose")) {
      assertTrue(result.stdout().contains(option), option + " missing from:\n" + result.stdout());
    }
  }

  @Test
  void unknownOptionIsAUsageErrorOnOneLine() throws Exception {
    Result result = storylines("run", "--input", "data/sample", "--output", "x", "--frobnicate");
    assertEquals(2, result.exitCode(), result.stderr());
    assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
    assertTrue(result.stderr().contains("--frobnicate"), result.stderr());
  }

  @Test
  void missingInputIsAUsageErrorNamingIt() throws Exception {
    Result result =
        storylines("run", "--input", "no/such/folder", "--output", temp.resolve("o").toString());
    assertEquals(2, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("no/such/folder"), result.stderr());
    assertFalse(result.stderr().contains("Exception"), result.stderr());
  }

  @Test
  void badPeriodIsAUsageError() throws Exception {
    Result result =
        storylines("run", "--input", "data/sample", "--output", "x", "--period", "fortnight");
    assertEquals(2, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("--period: unknown period 'fortnight'"), result.stderr());
    Result optimizer =
        storylines("run", "--input", "data/sample", "--output", "x", "--topic-optimizer", "gibbs");
    assertEquals(2, optimizer.exitCode(), optimizer.stderr());
    assertTrue(
        optimizer.stderr().contains("optimizer (--topic-optimizer) must be online or em, not gibbs"),
        optimizer.stderr());
  }

  @Test
  void badStorylineIsAUsageErrorNamingFileLineAndKey() throws Exception {
    Path storyline =
        Files.writeString(
            temp.resolve("mine.json"),
            "{\n  \"storyline_id\": \"x\",\n  \"title\": \"X\",\n"
                + "  \"anchors\": {\"a\": [\"syria\"], \"b\": [\"no_such_entity\"]}\n}\n");
    Result result =
        storylines(
            "run", "--input", "data/sample", "--output", temp.resolve("o").toString(),
            "--storyline", storyline.toString());
    assertEquals(2, result.exitCode(), result.stderr());
    String last = result.stderr().strip().lines().reduce((a, b) -> b).orElse("");
    assertEquals(
        "storylines: bad storyline: unknown entity 'no_such_entity' in key 'anchors.b' at "
            + storyline + " line 4 (not in the gazetteer)",
        last);
    assertFalse(result.stderr().contains("Exception"), result.stderr());
    assertFalse(Files.exists(temp.resolve("o")), "a bad storyline stops the run before Spark starts");
  }

  @Test
  void configurationErrorsExitTwoWithOneLineNamingKeyFileAndLine() throws Exception {
    Path unknownKey =
        Files.writeString(
            temp.resolve("unknown-key.jsonl"),
            "# a user gazetteer\n"
                + "{\"entity_id\":\"palmyra_museum\",\"type\":\"LOC\",\"name\":\"Palmyra Museum\","
                + "\"aliases\":{\"en\":[\"Palmyra Museum\"]},\"wikipedia\":\"Palmyra_Museum\"}\n");
    Path conflicting =
        Files.writeString(
            temp.resolve("conflicting.jsonl"),
            "\n{\"entity_id\":\"syria_province\",\"type\":\"GPE\",\"name\":\"Syria Province\","
                + "\"aliases\":{\"en\":[\"Syria\"]}}\n");
    Path input = Files.createDirectories(temp.resolve("in"));
    Files.copy(Project.path("data/sample/json/world_desk.json"), input.resolve("world_desk.json"));
    String out = temp.resolve("o").toString();
    Map<String, List<String>> cases = new LinkedHashMap<>();
    cases.put(
        "storylines: bad gazetteer: unknown key 'wikipedia' at " + unknownKey + " line 2",
        List.of("--input", "data/sample", "--output", out, "--gazetteer", unknownKey.toString()));
    cases.put(
        "storylines: bad gazetteer: en alias 'Syria' of syria_province at " + conflicting + " line 2"
            + " has the same match key",
        List.of("--input", "data/sample", "--output", out, "--gazetteer", conflicting.toString()));
    cases.put(
        "storylines: --topic-model " + temp.resolve("no-models") + " holds no saved topic model",
        List.of("--input", "data/sample", "--output", temp.resolve("o-model").toString(),
            "--topic-model", temp.resolve("no-models").toString()));
    cases.put(
        "storylines: input not found: '" + temp.resolve("nope") + "' matches no file or directory",
        List.of("--input", temp.resolve("nope").toString(), "--output", temp.resolve("o-model").toString()));
    cases.put(
        "storylines: --mode append: " + temp.resolve("o-model") + " has no published run to append to",
        List.of("--input", "data/sample", "--output", temp.resolve("o-model").toString(),
            "--mode", "append"));
    cases.put(
        "storylines: --output " + input.resolve("out") + " is inside --input " + input,
        List.of("--input", input.toString(), "--output", input.resolve("out").toString()));
    for (Map.Entry<String, List<String>> error : cases.entrySet()) {
      List<String> args = new ArrayList<>(List.of("run"));
      args.addAll(error.getValue());
      Result result = storylines(args.toArray(String[]::new));
      assertEquals(2, result.exitCode(), result.stderr());
      String last = result.stderr().strip().lines().reduce((a, b) -> b).orElse("");
      assertTrue(last.startsWith(error.getKey()), "expected '" + error.getKey() + "...', got:\n" + result.stderr());
      assertFalse(result.stderr().contains("Exception"), result.stderr());
    }
    assertFalse(Files.exists(input.resolve("out")), "nothing is written inside the input");
    assertFalse(Files.exists(temp.resolve("o")), "a bad gazetteer stops the run before Spark starts");
    assertFalse(Files.exists(temp.resolve("o-model")), "a missing input, a wrong --topic-model or --mode append stops the run before it writes");
  }

  @Test
  void jobFailureExitsOneNamingTheStage() throws Exception {
    // A real folder where a table's link goes: publishing never replaces one, and fails naming it.
    // (A file that is not Parquet was the failure here; it is now an unreadable_file reject.)
    Path output = temp.resolve("o");
    Files.createDirectories(output.resolve("articles"));
    Path input =
        Files.writeString(temp.resolve("one.jsonl"), "{\"id\":\"a\",\"date\":\"2025-01-02\",\"body\":\"Some text.\"}\n");
    Result result = storylines("run", "--input", input.toString(), "--output", output.toString());
    assertEquals(1, result.exitCode(), result.stderr());
    assertTrue(result.stderr().contains("stage 'publish' failed"), result.stderr());
    assertTrue(result.stderr().contains(output.resolve("articles").toString()), result.stderr());
  }

  @Test
  void sampleRunIsQuietShowsEachStageAndPublishesTheTables(SampleCliRun sample) throws Exception {
    Result result = sample.result();
    assertEquals(0, result.exitCode(), result.stderr());
    String stderr = result.stderr();
    for (String stage : List.of("inputs", "ingest", "ids", "write", "publish")) {
      assertTrue(stderr.contains("storylines: " + stage + " "), stage + " missing:\n" + stderr);
    }
    assertTrue(stderr.contains("records read"), stderr);
    assertTrue(stderr.contains("rejected by reason"), stderr);
    assertFalse(stderr.contains(" INFO "), "INFO logging in a quiet run:\n" + stderr);
    assertTrue(stderr.lines().count() < 40, "too chatty:\n" + stderr);
    // The graph and report commands write into the output folder: they work on a copy.
    Path output = sample.copy(temp.resolve("out"));
    for (String table : List.of("articles", "rejects", "cooccurrence", "runs", "_run.json")) {
      assertTrue(Files.exists(output.resolve(table)), table);
    }

    Result graph =
        storylines("graph", "--output", output.toString(), "--period", "2025-05", "--format", "graphml");
    assertEquals(0, graph.exitCode(), graph.stderr());
    Path file = output.resolve("graphs/cooccurrence-2025-05-sentence-all-all.graphml");
    assertTrue(graph.stderr().contains(file.toString()), graph.stderr());
    String xml = Files.readString(file);
    assertTrue(xml.contains("<node id=\"syria\">") && xml.contains("<node id=\"united_states\">"), xml);

    Result noSuchPeriod = storylines("graph", "--output", output.toString(), "--period", "1999-01");
    assertEquals(2, noSuchPeriod.exitCode(), noSuchPeriod.stderr());
    assertTrue(noSuchPeriod.stderr().contains("2025-05"), "lists the periods: " + noSuchPeriod.stderr());

    Result report = storylines("report", "--output", output.toString());
    assertEquals(0, report.exitCode(), report.stderr());
    Path page = output.resolve("report/index.html");
    assertTrue(report.stderr().contains(page.toString()), report.stderr());
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("Syria – United States"), html);

    // An append with other storylines than the published run's is refused before Spark starts.
    Path storyline =
        Files.writeString(
            temp.resolve("syria-iran.json"),
            "{\"storyline_id\": \"syria-iran\", \"title\": \"Syria and Iran\","
                + " \"anchors\": {\"syria\": [\"syria\"], \"iran\": [\"iran\"]}}");
    long runFolders;
    try (var runs = Files.list(output.resolve(".storylines/runs"))) {
      runFolders = runs.count();
    }
    Result otherStoryline =
        storylines(
            "run", "--input", "data/sample/trec/gulf_observer.trec", "--output", output.toString(),
            "--mode", "append", "--storyline", storyline.toString());
    assertEquals(2, otherStoryline.exitCode(), otherStoryline.stderr());
    assertTrue(
        otherStoryline.stderr().contains(
            "--storyline (published: syria-us-normalization; this run: syria-iran)"),
        otherStoryline.stderr());
    assertFalse(otherStoryline.stderr().contains("writing to"), "refused before the run starts");
    try (var runs = Files.list(output.resolve(".storylines/runs"))) {
      assertEquals(runFolders, runs.count(), "no failed run's folder");
    }

    Result notAnOutput = storylines("report", "--output", temp.resolve("empty").toString());
    assertEquals(2, notAnOutput.exitCode(), notAnOutput.stderr());
    assertTrue(notAnOutput.stderr().contains("_run.json"), notAnOutput.stderr());
  }
}
