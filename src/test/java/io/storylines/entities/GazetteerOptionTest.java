package io.storylines.entities;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.StorylinesJob;
import io.storylines.config.ConfigException;
import io.storylines.config.StorylinesConfig;
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

/** {@code --gazetteer}: a user's file extends the bundled gazetteer, and a wrong one stops the run. */
@ExtendWith(SharedSpark.class)
class GazetteerOptionTest {

  @TempDir Path temp;

  private Path input() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("in"));
    Files.writeString(
        dir.resolve("a.jsonl"),
        "{\"id\":\"a\",\"source\":\"s\",\"date\":\"2025-06-02\",\"title\":\"Visit\","
            + "\"body\":\"Kamal Haddad met officials in Damascus on Monday to discuss the reopening"
            + " of the embassy and the lifting of sanctions.\"}\n");
    return dir;
  }

  @Test
  void userEntitiesAreFoundNextToTheBundledOnes(SparkSession spark) throws IOException {
    Path user =
        Files.writeString(
            temp.resolve("mine.jsonl"),
            "{\"entity_id\":\"kamal_haddad\",\"type\":\"PERSON\",\"name\":\"Kamal Haddad\","
                + "\"aliases\":{\"en\":[\"Kamal Haddad\"]}}\n");
    StorylinesJob.run(
        spark,
        StorylinesConfig.builder()
            .input(input().toString())
            .output(temp.resolve("out").toString())
            .gazetteers(List.of(user.toString()))
            .build());
    List<String> found =
        spark.read().parquet(temp.resolve("out/mentions").toString())
            .select("entity_id").distinct().orderBy("entity_id").as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertEquals(List.of("damascus", "kamal_haddad"), found);
    Row entity =
        spark.read().parquet(temp.resolve("out/entities").toString())
            .filter(col("entity_id").equalTo("kamal_haddad")).first();
    assertEquals(1L, (long) entity.getAs("n_articles"));
  }

  @Test
  void wrongUserFileStopsTheRunNamingItsLine(SparkSession spark) throws IOException {
    Path user =
        Files.writeString(
            temp.resolve("bad.jsonl"),
            "# my entities\n{\"entity_id\":\"x\",\"type\":\"PLANET\",\"name\":\"X\",\"aliases\":{\"en\":[\"X\"]}}\n");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                StorylinesJob.run(
                    spark,
                    StorylinesConfig.builder()
                        .input(input().toString())
                        .output(temp.resolve("out").toString())
                        .gazetteers(List.of(user.toString()))
                        .build()));
    // The file as the user named it, not only its base name: two folders may hold a bad.jsonl.
    assertTrue(e.getMessage().contains(" at " + user + " line 2"), e.getMessage());
    assertTrue(Files.notExists(temp.resolve("out/articles")), "nothing is published");
  }
}
