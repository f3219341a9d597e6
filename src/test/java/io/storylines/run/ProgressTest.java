package io.storylines.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void aCountOfOneNamesOneThing() {
    assertEquals("1 article", Progress.count(1, "articles"));
    assertEquals("1 story", Progress.count(1, "stories"));
    assertEquals("1 alias", Progress.count(1, "aliases"));
    assertEquals("1 duplicate id", Progress.count(1, "duplicate ids"));
    assertEquals("1 language skipped", Progress.count(1, "languages skipped"));
    assertEquals("1 archive entry skipped", Progress.count(1, "archive entries skipped"));
    assertEquals("1 article with mentions", Progress.count(1, "articles with mentions"));
    assertEquals("1 story filed more than once", Progress.count(1, "stories filed more than once"));
    assertEquals("1 skipped", Progress.count(1, "skipped"));
    assertEquals("1 read", Progress.count(1, "read"));
  }

  @Test
  void otherCountsKeepThePluralAndGroupThousands() {
    assertEquals("0 articles", Progress.count(0, "articles"));
    assertEquals("2 stories filed more than once", Progress.count(2, "stories filed more than once"));
    assertEquals("1,602 aliases", Progress.count(1_602, "aliases"));
  }

  @Test
  void theSecondsLineUpWhateverTheCounts() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Map<String, Long> few = new LinkedHashMap<>();
    few.put("stories", 1L);
    Map<String, Long> many = new LinkedHashMap<>();
    for (String name : new String[] {"articles", "rejects", "mentions", "pairs", "doc topics"}) {
      many.put(name, 12_345L);
    }
    progress.stage(new StageRecord("dedup", 13.14, few));
    progress.stage(new StageRecord("write", 8.5, many));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals("storylines: dedup           13.1 s  1 story", lines[0]);
    assertEquals(
        "storylines: write            8.5 s  12,345 articles, 12,345 rejects, 12,345 mentions,"
            + " 12,345 pairs, 12,345 doc topics",
        lines[1]);
  }

  @Test
  void theSummaryNamesTheFilesItDidNotRead() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    RunResult result =
        new RunResult(
            "r1", true, 2.0, 3, 3, 0, Map.of(), Map.of(), Map.of(), "out/_run.json", java.util.List.of(),
            java.util.List.of("in/_latest.jsonl", "in/export", "in/.hidden.csv", "in/README.md"));
    progress.summary(result);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(
        "storylines:   not read: 4 files hidden (a name starting with _ or .) or not of an input"
            + " format (in/_latest.jsonl, in/export, in/.hidden.csv, ...); all are in out/_run.json"
            + " under skipped_files",
        lines[1]);
  }
}
