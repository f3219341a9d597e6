package io.storylines.ingest;

import java.util.List;

/**
 * The files a run reads, and the files it passed over while walking directories (hidden files,
 * {@code _SUCCESS} markers, and names with no input-format extension when the format is auto).
 */
public record InputListing(List<InputFile> files, List<String> skipped) {
  public InputListing {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  public long totalBytes() {
    return files.stream().mapToLong(InputFile::size).sum();
  }
}
