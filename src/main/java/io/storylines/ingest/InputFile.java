package io.storylines.ingest;

import io.storylines.ingest.format.InputFormat;
import java.io.Serializable;
import java.util.Objects;

/**
 * One input file to read: its fully qualified Hadoop path ({@code file:/...}, {@code hdfs://...}),
 * its size in bytes as listed, and its format ({@link InputFormat#AUTO} means the reader decides
 * from the name and the first bytes).
 */
public record InputFile(String path, long size, InputFormat format) implements Serializable {
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
  }
}
