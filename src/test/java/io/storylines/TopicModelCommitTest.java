package io.storylines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storylines.config.StorylinesConfig;
import io.storylines.run.RunResult;
import io.storylines.testing.Project;
import io.storylines.testing.SharedSpark;
import io.storylines.topics.TopicSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic model counts once its run has published: {@code --topic-model OUTPUT/models/topics}
 * takes the latest model of a run that succeeded, never one of a run that failed after its topics
 * stage, and a run into an output commits the published run's models if a kill stopped that run
 * before it did.
 */
@ExtendWith(SharedSpark.class)
class TopicModelCommitTest {
  /** One Arabic outlet's file of the sample: 11 records, enough for a model with these settings. */
  private static final String INPUT = "data/sample/trec/gulf_observer.trec";

  private static final String METADATA = "storylines-model.json";
  private static final String PENDING = "storylines-model.pending.json";

  @TempDir Path temp;

  private static StorylinesConfig.Builder config(Path out) {
    return StorylinesConfig.builder()
        .input(Project.path(INPUT).toString())
        .output(out.toString())
        .topics(TopicSettings.defaults().withK(3).withMinDocs(5).withVocabulary(20_000, 2, 0.5));
  }

  private static List<String> arabicModels(Path out) throws IOException {
    try (Stream<Path> models = Files.list(out.resolve("models/topics/ar"))) {
      return models.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static JsonNode arabicModelOf(Path out) throws IOException {
    for (JsonNode model : new ObjectMapper().readTree(out.resolve("_run.json").toFile()).get("topic_models")) {
      if (model.get("lang").asText().equals("ar")) {
        return model;
      }
    }
    throw new AssertionError("no Arabic model in " + out.resolve("_run.json"));
  }

  @Test
  void onlyModelsOfPublishedRunsAreReused(SparkSession spark) throws IOException {
    Path out = temp.resolve("out");
    RunResult first = StorylinesJob.run(spark, config(out).build());
    String firstModel = "ar-" + first.runId();
    assertEquals(List.of(firstModel), arabicModels(out));
    Path firstDir = out.resolve("models/topics/ar").resolve(firstModel);
    assertTrue(Files.exists(firstDir.resolve(METADATA)), "committed after the publish");
    assertFalse(Files.exists(firstDir.resolve(PENDING)));

    // As if the first run had been killed between its publish and the commit, and another run
    // had been killed after saving its model.
    Files.move(firstDir.resolve(METADATA), firstDir.resolve(PENDING));
    Path killed = out.resolve("models/topics/ar/ar-20000101T000000Z-killed");
    Files.createDirectories(killed.resolve("pipeline"));
    Files.writeString(killed.resolve(PENDING), "{\"lang\": \"ar\"}");

    RunResult reusing =
        StorylinesJob.run(spark, config(out).topicModel(out.resolve("models/topics").toString()).build());
    assertTrue(reusing.succeeded());
    JsonNode reused = arabicModelOf(out);
    assertEquals(firstModel, reused.get("model_id").asText(), "the published run's model, committed");
    assertFalse(reused.get("fitted").asBoolean());
    assertEquals(List.of(firstModel), arabicModels(out), "the killed run's model is deleted");
    assertTrue(Files.exists(firstDir.resolve(METADATA)));

    // A run that fits a model and then fails to publish: a real folder stands where a table's link
    // goes. Its model is deleted, and the first run's stays the latest.
    Path table = out.resolve("topic_timeline");
    Files.delete(table);
    Files.createDirectories(table);
    RuntimeException failure = assertThrows(RuntimeException.class, () -> StorylinesJob.run(spark, config(out).build()));
    assertTrue(String.valueOf(failure.getMessage()).contains("publish"), String.valueOf(failure.getMessage()));
    assertEquals(List.of(firstModel), arabicModels(out));
  }
}
