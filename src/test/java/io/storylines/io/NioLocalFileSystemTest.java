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
}
