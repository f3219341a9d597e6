package io.storylines.storyline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.io.StorylineArticlesTable;
import io.storylines.testing.Project;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bundled storyline on data/sample: its articles are exactly the ones the sample's authors
 * labelled ({@code storylines} in {@code data/sample-expected.json}), and frames name the angle of
 * articles whose angle is plain.
 */
@ExtendWith({SharedSpark.class, SampleRun.class})
class StorylineSampleTest {

  private static final String STORYLINE = "syria-us-normalization";

  private static Map<String, Row> rows(SampleRun sample, SparkSession spark) {
    Map<String, Row> rows = new HashMap<>();
    for (Row row :
        spark.read().parquet(sample.table(StorylineArticlesTable.NAME).toString())
            .filter(col("storyline_id").equalTo(STORYLINE))
            .collectAsList()) {
      rows.put(row.getAs("article_id"), row);
    }
    return rows;
  }

  @Test
  void storylineArticlesAreTheLabelledOnes(SampleRun sample, SparkSession spark) throws IOException {
    JsonNode expected =
        new ObjectMapper().readTree(Project.path("data/sample-expected.json").toFile()).get("storylines").get(STORYLINE);
    TreeSet<String> labelled = new TreeSet<>();
    expected.forEach(id -> labelled.add(id.asText()));
    assertEquals(48, labelled.size());
    assertEquals(labelled, new TreeSet<>(rows(sample, spark).keySet()));
  }

  @Test
  void everyRowHasEvidenceFramesAndAScore(SampleRun sample, SparkSession spark) {
    for (Row row : rows(sample, spark).values()) {
      double score = row.getAs("score");
      assertTrue(score > 0 && score <= 1, row.toString());
      assertFalse(row.getList(row.fieldIndex("evidence")).isEmpty(), row.toString());
      assertFalse(row.getList(row.fieldIndex("frames")).isEmpty(), row.toString());
      assertEquals(
          row.getList(row.fieldIndex("frames")).size(), row.getList(row.fieldIndex("frame_hits")).size());
    }
  }

  @Test
  void framesNameTheAngle(SampleRun sample, SparkSession spark) {
    Map<String, Row> rows = rows(sample, spark);
    // A US delegation meets al-Sharaa in Damascus (ar): diplomacy leads.
    assertEquals("diplomacy", topFrame(rows.get("al-sham-daily:sd-2024-12-0187")));
    // A joint Syrian-US operation against an ISIS cell (ar): security leads.
    assertEquals("security", topFrame(rows.get("al-sham-daily:sd-2026-01-1701")));
    // Treasury eases restrictions (en): sanctions and the economy leads.
    assertEquals("sanctions_economy", topFrame(rows.get("capitol-desk:cd-10214")));
    // Al-Sharaa at the White House (tr): diplomacy leads.
    assertEquals("diplomacy", topFrame(rows.get("anatolia-post:ap-20251111-112")));
    // Violence against civilians on the coast (tr): humanitarian matters are there.
    assertTrue(frames(rows.get("ege-haber:eh-5521")).contains("humanitarian"));
  }

  @Test
  void manifestListsTheStorylines(SampleRun sample) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(sample.output().resolve("_run.json").toFile());
    JsonNode storylines = manifest.get("storylines");
    assertEquals(1, storylines.size());
    assertEquals(STORYLINE, storylines.get(0).get("storyline_id").asText());
    assertEquals("syria-us-normalization.json", storylines.get(0).get("file").asText());
    assertTrue(storylines.get(0).get("bundled").asBoolean());
  }

  private static List<String> frames(Row row) {
    return new ArrayList<>(row.getList(row.fieldIndex("frames")));
  }

  private static String topFrame(Row row) {
    List<String> frames = frames(row);
    List<Integer> hits = row.getList(row.fieldIndex("frame_hits"));
    int best = 0;
    for (int i = 1; i < hits.size(); i++) {
      if (hits.get(i) > hits.get(best)) {
        best = i;
      }
    }
    return frames.get(best);
  }
}
