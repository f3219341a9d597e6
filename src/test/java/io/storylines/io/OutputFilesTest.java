package io.storylines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
  @TempDir Path temp;

  private static void write(Path file, String text) {
    OutputFiles.write(
        new Configuration(),
        new org.apache.hadoop.fs.Path(file.toUri()),
        out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void writesTheFileWithoutAChecksumFileAndReadsBackThroughHadoop() throws Exception {
    Path file = temp.resolve("report/index.html");
    write(file, "<p>سوريا</p>");
    assertEquals("<p>سوريا</p>", Files.readString(file));
    assertFalse(Files.exists(temp.resolve("report/.index.html.crc")));
    org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(file.toUri());
    try (InputStream in = FileSystem.get(hadoopPath.toUri(), new Configuration()).open(hadoopPath)) {
      assertEquals("<p>سوريا</p>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void replacesAFileAndTheStaleChecksumAnEarlierWriteLeft() throws Exception {
    Path file = temp.resolve("network.gexf");
    org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(file.toUri());
    FileSystem fs = FileSystem.get(hadoopPath.toUri(), new Configuration());
    try (OutputStream out = fs.create(hadoopPath, true)) {
      out.write("old".getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(Files.exists(temp.resolve(".network.gexf.crc")), "Hadoop's own write leaves a checksum");
    write(file, "new content");
    assertFalse(Files.exists(temp.resolve(".network.gexf.crc")));
    try (InputStream in = fs.open(hadoopPath)) {
      assertEquals("new content", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFailureNamesTheFile() throws Exception {
    Files.writeString(temp.resolve("blocker"), "a file where a folder should be");
    UncheckedIOException error =
        assertThrows(UncheckedIOException.class, () -> write(temp.resolve("blocker/out.html"), "x"));
    assertTrue(error.getMessage().contains("blocker/out.html"), error.getMessage());
  }
}
