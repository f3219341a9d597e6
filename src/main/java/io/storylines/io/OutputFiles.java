package io.storylines.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes one file that a person opens (a network file, the report, the run manifest) through
 * Hadoop's FileSystem, so that the path may be local, {@code hdfs://} or {@code s3a://}. On the
 * local filesystem it writes through the raw filesystem, so no hidden {@code .name.crc} checksum
 * file appears next to it (and removes one an earlier write left).
 */
public final class OutputFiles {
  /** Writes the content to a stream; may throw IOException. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  /**
   * Creates or replaces {@code target} with the content.
   *
   * @throws UncheckedIOException naming the file
   */
  public static void write(Configuration conf, Path target, Content content) {
    try {
      FileSystem fs = target.getFileSystem(conf);
      FileSystem raw = fs;
      if (fs instanceof ChecksumFileSystem checksummed) {
        raw = checksummed.getRawFileSystem();
        // A checksum left by an earlier write would no longer match the new content.
        raw.delete(checksummed.getChecksumFile(fs.makeQualified(target)), false);
      }
      try (OutputStream out = raw.create(fs.makeQualified(target), true)) {
        content.writeTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
