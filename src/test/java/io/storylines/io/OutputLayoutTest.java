package io.storylines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputLayoutTest {

  private final OutputLayout layout = new OutputLayout("hdfs://nn:8020/data/out", "r-2024.06_01");

  @Test
  void testRunPaths() {
    assertEquals(
        "hdfs://nn:8020/data/out/.storylines/runs/r-2024.06_01", layout.runDir().toString());
    assertEquals(
        "hdfs://nn:8020/data/out/.storylines/runs/r-2024.06_01/articles",
        layout.stagedTable("articles").toString());
    assertEquals(
        "hdfs://nn:8020/data/out/.storylines/runs/r-2024.06_01/_run.json",
        layout.manifestFile().toString());
  }

  @Test
  void testPublishedPaths() {
    assertEquals("hdfs://nn:8020/data/out/articles", layout.publishedTable("articles").toString());
    assertEquals("hdfs://nn:8020/data/out/_run.json", layout.publishedManifest().toString());
    assertEquals("hdfs://nn:8020/data/out/.storylines/current", layout.currentPointer().toString());
  }

  @Test
  void testControlPaths() {
    assertEquals(
        "hdfs://nn:8020/data/out/.storylines/trash/r-2024.06_01", layout.trashDir().toString());
    assertEquals(
        "hdfs://nn:8020/data/out/.storylines/publishing-r-2024.06_01.journal",
        layout.journalFile().toString());
  }

  @Test
  void testRelativeRootStaysRelative() {
    OutputLayout relative = new OutputLayout("out", "r1");
    assertEquals("out/.storylines/runs/r1/rejects", relative.stagedTable("rejects").toString());
    assertEquals("out/rejects", relative.publishedTable("rejects").toString());
  }

  @Test
  void testTableNameRule() {
    assertEquals("cooccurrence_counts", OutputLayout.requireTableName("cooccurrence_counts"));
    for (String bad :
        new String[] {"", "Articles", "1st", "_run", "a-b", "a/b", "..", " a", null}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> layout.publishedTable(bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void testRunIdRule() {
    for (String bad :
        new String[] {"", ".hidden", "-r", "2024-06-01T10:00:00Z", "a/b", "a b", "x".repeat(129)}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new OutputLayout("out", bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> new OutputLayout(" ", "r1"));
  }

  @Test
  void testForRunKeepsRoot() {
    OutputLayout other = layout.forRun("r2");
    assertEquals(layout.root(), other.root());
    assertEquals("r2", other.runId());
    assertEquals(new OutputLayout("hdfs://nn:8020/data/out", "r2"), other);
  }
}
