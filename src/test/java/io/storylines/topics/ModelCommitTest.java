package io.storylines.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which saved topic models count, and what a run into an output does with those that do not. */
class ModelCommitTest {
  private final Configuration conf = new Configuration();

  @TempDir Path root;

  /** A model folder as the fit leaves it: its pipeline, and the metadata named {@code metadata}. */
  private Path model(String lang, String id, String metadata) throws IOException {
    Path dir = root.resolve(lang).resolve(id);
    Files.createDirectories(dir.resolve(FitTopics.PIPELINE).resolve("metadata"));
    if (metadata != null) {
      Files.writeString(dir.resolve(metadata), "{\"lang\": \"" + lang + "\", \"model_id\": \"" + id + "\"}");
    }
    return dir;
  }

  private static org.apache.hadoop.fs.Path hadoop(Path path) {
    return new org.apache.hadoop.fs.Path(path.toUri());
  }

  @Test
  void commitRenamesThePendingMetadataOnce() throws IOException {
    Path model = model("en", "en-r1", ModelCommit.PENDING);
    ModelCommit.commit(conf, hadoop(model));
    assertTrue(Files.exists(model.resolve(FitTopics.METADATA)));
    assertFalse(Files.exists(model.resolve(ModelCommit.PENDING)));
    ModelCommit.commit(conf, hadoop(model));
    assertTrue(Files.exists(model.resolve(FitTopics.METADATA)), "committing again changes nothing");
  }

  @Test
  void aFolderWithoutASavedModelCannotBeCommitted() throws IOException {
    Path half = model("en", "en-r1", null);
    IOException error = assertThrows(IOException.class, () -> ModelCommit.commit(conf, hadoop(half)));
    assertTrue(error.getMessage().contains("en-r1"), error.getMessage());
  }

  @Test
  void recoverCommitsThePublishedRunsModelsAndDeletesOtherPendingOnes() throws IOException {
    Path committed = model("en", "en-r1", FitTopics.METADATA);
    Path published = model("en", "en-r2", ModelCommit.PENDING);
    Path failed = model("en", "en-r3", ModelCommit.PENDING);
    Path killedWhileSaving = model("ar", "ar-r3", null);
    Path notAModel = Files.createDirectories(root.resolve("tr").resolve("notes"));

    List<org.apache.hadoop.fs.Path> deleted =
        ModelCommit.recover(conf, hadoop(root), List.of(hadoop(published), hadoop(committed)));

    assertEquals(2, deleted.size(), deleted.toString());
    assertFalse(Files.exists(failed));
    assertFalse(Files.exists(killedWhileSaving));
    assertTrue(Files.exists(committed.resolve(FitTopics.METADATA)));
    assertTrue(Files.exists(published.resolve(FitTopics.METADATA)), "the published run's model is committed");
    assertTrue(Files.exists(notAModel), "a folder that is no saved model is left alone");
  }

  @Test
  void aFailedRunDeletesOnlyItsOwnPendingModels() throws IOException {
    Path mine = model("en", "en-r3", ModelCommit.PENDING);
    Path another = model("en", "en-r2", ModelCommit.PENDING);
    Path committed = model("en", "en-xr3", FitTopics.METADATA);

    List<org.apache.hadoop.fs.Path> deleted =
        ModelCommit.discardPending(conf, hadoop(root), id -> id.endsWith("-r3"));

    assertEquals(1, deleted.size());
    assertFalse(Files.exists(mine));
    assertTrue(Files.exists(another), "another run's pending model waits for that run's recovery");
    assertTrue(Files.exists(committed), "a committed model is never deleted");
  }

  @Test
  void anOutputWithoutModelsHasNothingToRecover() throws IOException {
    assertEquals(List.of(), ModelCommit.recover(conf, hadoop(root.resolve("none")), List.of()));
  }
}
