package io.storylines.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
  @TempDir java.nio.file.Path temp;

  private static FileSystem fileSystem() throws IOException {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    return FileSystem.newInstance(URI.create("file:///"), conf);
  }

  private static String mode(java.nio.file.Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void modesBecomePosixPermissionsBitForBit() {
    assertEquals("rw-r--r--", PosixFilePermissions.toString(NioLocalFileSystem.posix(0644)));
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(NioLocalFileSystem.posix(0755)));
    assertEquals("rwx------", PosixFilePermissions.toString(NioLocalFileSystem.posix(0700)));
    assertEquals("-w---x-w-", PosixFilePermissions.toString(NioLocalFileSystem.posix(0212)));
    assertEquals("---------", PosixFilePermissions.toString(NioLocalFileSystem.posix(0)));
    assertEquals("rwxrwxrwx", PosixFilePermissions.toString(NioLocalFileSystem.posix(0777)));
  }

  @Test
  void theFileSchemeResolvesToItWhenConfigured() throws IOException {
    try (FileSystem fs = fileSystem()) {
      assertInstanceOf(NioLocalFileSystem.class, fs);
    }
  }

  @Test
  void filesAndFoldersGetThePermissionsHadoopAsksFor() throws IOException {
    try (FileSystem fs = fileSystem()) {
      Path dir = new Path(temp.resolve("a/b").toUri());
      fs.mkdirs(dir, new FsPermission((short) 0750));
      assertEquals("rwxr-x---", mode(temp.resolve("a/b")));

      Path file = new Path(dir, "part.parquet");
      try (FSDataOutputStream out =
          fs.create(file, new FsPermission((short) 0640), false, 4096, (short) 1, 1 << 20, null)) {
        out.write(1);
      }
      assertEquals("rw-r-----", mode(temp.resolve("a/b/part.parquet")));
      // The checksum file is created beside it, readable as Hadoop reads it.
      try (var in = fs.open(file)) {
        assertEquals(1, in.read());
      }

      fs.setPermission(file, new FsPermission((short) 0604));
      assertEquals("rw----r--", mode(temp.resolve("a/b/part.parquet")));
      assertEquals(new FsPermission((short) 0604), fs.getFileStatus(file).getPermission());
    }
  }
  /** Process starts recorded by JFR while {@code work} runs. */
  private long processStarts(IoWork work) throws Exception {
    try (jdk.jfr.Recording recording = new jdk.jfr.Recording()) {
      recording.enable("jdk.ProcessStart");
      recording.start();
      work.run();
      recording.stop();
      java.nio.file.Path dump = Files.createTempFile(temp, "processes", ".jfr");
      recording.dump(dump);
      return jdk.jfr.consumer.RecordingFile.readAllEvents(dump).stream()
          .filter(event -> event.getEventType().getName().equals("jdk.ProcessStart"))
          .count();
    }
  }

  private interface IoWork {
    void run() throws IOException;
  }

  /** Writes a folder of files as a Spark task does: folders, files and their permissions. */
  private void writeFiles(FileSystem fs, String folder) throws IOException {
    Path dir = new Path(temp.resolve(folder).toUri());
    fs.mkdirs(dir, new FsPermission((short) 0755));
    for (int i = 0; i < 5; i++) {
      try (FSDataOutputStream out = fs.create(new Path(dir, "part-" + i), true)) {
        out.write(i);
      }
      fs.setPermission(new Path(dir, "part-" + i), new FsPermission((short) 0644));
    }
  }

  /**
   * Hadoop's own local filesystem starts a chmod process per file and folder when its native
   * library is missing (the control); this one starts none.
   */
  @Test
  void noProcessIsStartedToSetPermissions() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        org.apache.hadoop.io.nativeio.NativeIO.isAvailable(),
        "with Hadoop's native library Hadoop starts no process either");
    Configuration plain = new Configuration(false);
    try (FileSystem hadoops = FileSystem.newInstance(URI.create("file:///"), plain)) {
      assertEquals(org.apache.hadoop.fs.LocalFileSystem.class, hadoops.getClass());
      long control = processStarts(() -> writeFiles(hadoops, "hadoop"));
      org.junit.jupiter.api.Assertions.assertTrue(control >= 5, "Hadoop's chmod processes: " + control);
    }
    try (FileSystem fs = fileSystem()) {
      assertEquals(0, processStarts(() -> writeFiles(fs, "nio")));
    }
  }
}
