package io.storylines.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.storylines.config.ConfigException;
import io.storylines.ingest.format.InputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up check of the inputs: each must match a file or a folder, as the listing requires. */
class ListInputFilesTest {
  @TempDir Path temp;

  private final ListInputFiles files = new ListInputFiles(new Configuration(), InputFormat.AUTO);

  @Test
  void filesFoldersAndGlobsThatMatchPass() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("news"));
    Files.writeString(folder.resolve("a.jsonl"), "{}\n");
    files.requireExisting(
        List.of(folder.toString(), folder.resolve("a.jsonl").toString(), temp + "/ne*/*.jsonl"));
  }

  @Test
  void theFirstInputThatMatchesNothingIsNamed() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("news"));
    String missing = temp.resolve("nope").toString();
    ConfigException error =
        assertThrows(
            ConfigException.class,
            () -> files.requireExisting(List.of(folder.toString(), missing, temp + "/x*")));
    assertEquals("input not found: '" + missing + "' matches no file or directory", error.getMessage());
    ConfigException glob =
        assertThrows(ConfigException.class, () -> files.requireExisting(List.of(temp + "/x*")));
    assertEquals("input not found: '" + temp + "/x*' matches no file or directory", glob.getMessage());
  }
}
