package io.storylines.run;

import java.util.List;
import java.util.Map;

/**
 * What a run did, as returned by {@code StorylinesJob.run}: counts for the summary and the tables
 * it published (name to rows, name to path), the input files that could not be read whole, and
 * those it did not read (hidden, or not of an input format).
 */
public record RunResult(
    String runId,
    boolean succeeded,
    double seconds,
    long recordsRead,
    long articlesAccepted,
    long recordsRejected,
    Map<String, Long> rejectedByReason,
    Map<String, Long> tableRows,
    Map<String, String> tablePaths,
    String manifestPath,
    List<String> unreadableFiles,
    List<String> skippedFiles) {
  public RunResult {
    rejectedByReason = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rejectedByReason));
    tableRows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tableRows));
    tablePaths = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tablePaths));
    unreadableFiles = List.copyOf(unreadableFiles);
    skippedFiles = List.copyOf(skippedFiles);
  }
}
