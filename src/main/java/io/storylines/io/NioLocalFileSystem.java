package io.storylines.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local filesystem ({@code file:}), with file and directory permissions set through
 * {@code java.nio} instead of a {@code chmod} process. Without Hadoop's native library, which
 * Spark's distribution does not ship, {@link RawLocalFileSystem#setPermission} runs {@code chmod}
 * for every file and directory it creates: a Parquet file, its checksum, each partition folder,
 * each task's attempt folder. A run of the sample started about 700 such processes, each about
 * 8 ms on the 2-core machine (more when it is busy). Everything else is Hadoop's own local
 * filesystem, checksums included.
 *
 * <p>Embedded runs use it ({@code spark.hadoop.fs.file.impl}, see {@code SparkSessions}); runs on a
 * cluster keep Hadoop's, because a cluster's executors load filesystems from their own classpath.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw local filesystem under the checksums, with {@link #setPermission} in Java. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      short mode = permission.toShort();
      if (NativeIO.isAvailable() || (mode & ~0777) != 0) {
        // Hadoop's native chmod is as fast; sticky, setuid and setgid bits have no nio form.
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(mode));
      } catch (UnsupportedOperationException e) {
        super.setPermission(p, permission);
      }
    }
  }

  /** The permissions of a Unix mode's nine lowest bits ({@code 0644}: rw-r--r--). */
  static Set<PosixFilePermission> posix(int mode) {
    // PosixFilePermission's order is owner rwx, group rwx, others rwx: bit 8 down to bit 0.
    PosixFilePermission[] order = PosixFilePermission.values();
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < order.length; i++) {
      if ((mode & (0400 >> i)) != 0) {
        permissions.add(order[i]);
      }
    }
    return permissions;
  }
}
