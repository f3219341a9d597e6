package io.storylines.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedRunTest {
  private static final String MANIFEST =
      """
      {"run_id": "r2", "status": "succeeded", "config": {"period": "month"},
       "topic_models": [
         {"lang": "ar", "model_id": "ar-r1", "path": "out/models/topics/ar/ar-r1", "fitted": false},
         {"lang": "en", "model_id": "en-r2", "path": "/elsewhere/en-r2", "fitted": true}]}
      """;

  @TempDir Path temp;

  @Test
  void readsRunPeriodAndModels() {
    PublishedRun run = PublishedRun.parse(MANIFEST);
    assertEquals("r2", run.runId());
    assertEquals("month", run.period());
    assertEquals(new PublishedRun.SavedModel("ar-r1", "out/models/topics/ar/ar-r1"), run.topicModels().get("ar"));
    assertEquals(2, run.topicModels().size());
  }

  @Test
  void aFailedOrForeignManifestIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PublishedRun.parse("{\"run_id\": \"r\", \"status\": \"failed\", \"config\": {\"period\": \"month\"}}"));
    assertThrows(IllegalArgumentException.class, () -> PublishedRun.parse("{\"status\": \"succeeded\"}"));
    assertThrows(IllegalArgumentException.class, () -> PublishedRun.parse("[1, 2"));
  }

  @Test
  void anotherPeriodIsAConfigurationError() {
    ConfigException error =
        assertThrows(ConfigException.class, () -> PublishedRun.parse(MANIFEST).requirePeriod("week"));
    assertTrue(error.getMessage().contains("--period week differs from the published run's period month"), error.getMessage());
  }

  @Test
  void noPublishedRunIsAConfigurationError() {
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(temp.resolve("out").toUri());
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () -> PublishedRun.load(new Configuration(), out, new org.apache.hadoop.fs.Path(out, "_run.json")));
    assertTrue(error.getMessage().contains("has no published run to append to"), error.getMessage());
  }

  @Test
  void modelsAreFoundInTheOutputFolderFirst() throws Exception {
    Path root = temp.resolve("out/models/topics");
    Files.createDirectories(root.resolve("ar/ar-r1"));
    var paths =
        PublishedRun.parse(MANIFEST)
            .modelPaths(new Configuration(), new org.apache.hadoop.fs.Path(root.toUri()));
    assertEquals(root.resolve("ar/ar-r1").toString(), paths.get("ar").toUri().getPath());
    assertEquals("/elsewhere/en-r2", paths.get("en").toString());
  }
}
