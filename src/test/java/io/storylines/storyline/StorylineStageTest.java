package io.storylines.storyline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.StorylinesJob;
import io.storylines.config.ConfigException;
import io.storylines.config.StorylinesConfig;
import io.storylines.io.StorylineArticlesTable;
import io.storylines.run.RunResult;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storylines stage in the job, on a three-article fixture: {@code --storyline} files replace the
 * bundled storylines, each rule mode gives its rows, and a wrong file stops the run before any
 * article is read.
 */
@ExtendWith(SharedSpark.class)
class StorylineStageTest {

  @TempDir Path temp;

  private Path input() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    Files.writeString(
        dir.resolve("a.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"1\",\"source\":\"s\",\"lang\":\"en\",\"date\":\"2025-06-02\",\"title\":\"Envoy in Damascus\","
                + "\"body\":\"The United States envoy met officials in Syria on Monday. They discussed the embassy and sanctions relief.\"}",
            "{\"id\":\"2\",\"source\":\"s\",\"lang\":\"tr\",\"date\":\"2025-07-02\",\"title\":\"Yaptırımlar\","
                + "\"body\":\"Suriye ekonomisi büyüyor. ABD yaptırımları kaldırdı ve büyükelçiliği yeniden açmayı düşünüyor.\"}",
            "{\"id\":\"3\",\"source\":\"s\",\"lang\":\"en\",\"date\":\"2025-07-03\",\"title\":\"Football\","
                + "\"body\":\"The match ended in a draw after a long season for the club and its supporters.\"}")
            + "\n");
    return dir;
  }

  private Path storyline(String name, String id, String rule) throws IOException {
    return Files.writeString(
        temp.resolve(name),
        "{\n"
            + "  \"storyline_id\": \"" + id + "\",\n"
            + "  \"title\": \"Test\",\n"
            + "  \"anchors\": {\"syria\": [\"syria\", \"damascus\"], \"us\": [\"united_states\"]},\n"
            + "  \"rule\": " + rule + ",\n"
            + "  \"frames\": [\n"
            + "    {\"frame_id\": \"diplomacy\", \"title\": \"D\", \"terms\": {\"en\": [\"envoy\", \"embassy\"], \"tr\": [\"büyükelçi*\"]}},\n"
            + "    {\"frame_id\": \"sanctions\", \"title\": \"S\", \"terms\": {\"en\": [\"sanctions relief\"], \"tr\": [\"yaptırım*\", \"ekonomi*\"]}}\n"
            + "  ]\n"
            + "}\n");
  }

  @Test
  void userStorylinesReplaceTheBundledOnes(SparkSession spark) throws IOException {
    Path out = temp.resolve("out");
    RunResult result =
        StorylinesJob.run(
            spark,
            StorylinesConfig.builder()
                .input(input().toString())
                .output(out.toString())
                .storylines(
                    List.of(
                        storyline("a.json", "by-sentence", "{\"mode\": \"sentence\"}").toString(),
                        storyline("b.json", "by-article", "{\"mode\": \"article\"}").toString(),
                        storyline("c.json", "by-lexicon", "{\"mode\": \"lexicon\", \"min_lexicon_hits\": 3}").toString()))
                .build());
    List<Row> rows =
        spark.read().parquet(out.resolve(StorylineArticlesTable.NAME).toString())
            .orderBy(col("storyline_id"), col("article_id"))
            .collectAsList();
    List<String> found = rows.stream().map(r -> r.getString(0) + " " + r.getString(1)).toList();
    assertEquals(
        List.of("by-article s:1", "by-article s:2", "by-lexicon s:1", "by-lexicon s:2", "by-sentence s:1"),
        found);
    Row first = rows.get(4);
    assertEquals("2025-06", first.getAs("period"));
    assertEquals("en", first.getAs("lang"));
    assertEquals(List.of("diplomacy", "sanctions"), first.getList(first.fieldIndex("frames")));
    assertEquals(List.of(3, 1), first.getList(first.fieldIndex("frame_hits")));
    assertEquals(List.of(0), first.getList(first.fieldIndex("evidence")));
    assertEquals(1.0, (double) first.getAs("score"), 1e-12);
    Row turkish = rows.get(1);
    assertEquals(List.of("diplomacy", "sanctions"), turkish.getList(turkish.fieldIndex("frames")));
    assertEquals(List.of(0, 1), turkish.getList(turkish.fieldIndex("evidence")));
    assertEquals(5L, (long) result.tableRows().get(StorylineArticlesTable.NAME));
  }

  @Test
  void wrongStorylineStopsTheRunNamingFileLineAndKey(SparkSession spark) throws IOException {
    Path bad = storyline("bad.json", "x", "{\"mode\": \"sentence\", \"window\": 3}");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                StorylinesJob.run(
                    spark,
                    StorylinesConfig.builder()
                        .input(input().toString())
                        .output(temp.resolve("out").toString())
                        .storylines(List.of(bad.toString()))
                        .build()));
    assertTrue(
        e.getMessage().startsWith("bad storyline: unknown key 'rule.window' at " + bad + " line 5"), e.getMessage());
    assertTrue(!Files.exists(temp.resolve("out/articles")));
  }

  @Test
  void storylineIdUsedTwiceIsAnError(SparkSession spark) throws IOException {
    Path a = storyline("one.json", "same", "{\"mode\": \"article\"}");
    Path b = storyline("two.json", "same", "{\"mode\": \"sentence\"}");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                StorylineFiles.load(
                    spark.sparkContext().hadoopConfiguration(),
                    List.of(a.toString(), b.toString()),
                    io.storylines.entities.Gazetteer.bundled()));
    assertEquals(
        "bad storyline: storyline id 'same' of " + b + " is already the id of " + a, e.getMessage());
  }

  @Test
  void missingFileIsAConfigError(SparkSession spark) {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                StorylineFiles.load(
                    spark.sparkContext().hadoopConfiguration(),
                    List.of(temp.resolve("nope.json").toString()),
                    io.storylines.entities.Gazetteer.bundled()));
    assertTrue(e.getMessage().startsWith("bad storyline: cannot read storyline file "), e.getMessage());
  }
}
