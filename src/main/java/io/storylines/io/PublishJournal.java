package io.storylines.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The record of a {@link PublishRenameSwap} publish in progress: which run, and which entries it
 * moves into place, in order. Written before the first move and deleted after the last one, so a
 * journal found at the start of a run means a publish was killed half-way and must be completed.
 *
 * <p>File {@code <out>/.storylines/publishing-<runId>.journal}, UTF-8, one name per line: the
 * header line {@value #HEADER}, then the entry names (table names, then {@code _run.json}). Paths
 * are not stored; they follow from the output root and the run id by {@link OutputLayout}, so a
 * journal stays valid if the output folder is moved.
 *
 * <p>A journal appears whole or not at all: it is written to {@code <journal>.tmp} and renamed. A
 * leftover {@code .tmp} means no move had started; {@link #deleteLeftoverTemporaries} removes it.
 *
 * @param runId the run being published
 * @param entries the entries it moves, in order
 */
record PublishJournal(String runId, List<String> entries) {

  static final String HEADER = "storylines publish journal v1";

  private static final String TMP_SUFFIX = ".tmp";

  PublishJournal {
    OutputLayout.requireRunId(runId);
    entries.forEach(OutputLayout::requireEntryName);
    entries = List.copyOf(entries);
  }

  /** Writes this journal at {@code layout}'s journal path, whole or not at all. */
  void write(FileSystem fs, OutputLayout layout) throws IOException {
    if (!layout.runId().equals(runId)) {
      throw new IllegalArgumentException(
          "journal of run " + runId + " cannot be written for run " + layout.runId());
    }
    Path journal = layout.journalFile();
    Path tmp = journal.suffix(TMP_SUFFIX);
    try (FSDataOutputStream out = fs.create(tmp, true);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      writer.write(HEADER + "\n");
      for (String entry : entries) {
        writer.write(entry + "\n");
      }
    }
    if (!fs.rename(tmp, journal)) {
      throw new IOException("could not rename publish journal " + tmp + " to " + journal);
    }
  }

  /** Every complete journal in {@code controlDir}, ordered by run id. */
  static List<PublishJournal> findAll(FileSystem fs, Path controlDir) throws IOException {
    List<PublishJournal> journals = new ArrayList<>();
    for (FileStatus file : listFiles(fs, controlDir)) {
      String name = file.getPath().getName();
      if (name.startsWith(OutputLayout.JOURNAL_PREFIX)
          && name.endsWith(OutputLayout.JOURNAL_SUFFIX)) {
        String runId =
            name.substring(
                OutputLayout.JOURNAL_PREFIX.length(),
                name.length() - OutputLayout.JOURNAL_SUFFIX.length());
        journals.add(new PublishJournal(runId, readEntries(fs, file.getPath())));
      }
    }
    journals.sort((a, b) -> a.runId().compareTo(b.runId()));
    return journals;
  }

  /** Deletes the {@code .tmp} journals of publishes killed before their first move. */
  static void deleteLeftoverTemporaries(FileSystem fs, Path controlDir) throws IOException {
    for (FileStatus file : listFiles(fs, controlDir)) {
      String name = file.getPath().getName();
      if (name.startsWith(OutputLayout.JOURNAL_PREFIX)
          && name.endsWith(OutputLayout.JOURNAL_SUFFIX + TMP_SUFFIX)
          && !fs.delete(file.getPath(), false)) {
        throw new IOException("could not delete unfinished publish journal " + file.getPath());
      }
    }
  }

  private static List<FileStatus> listFiles(FileSystem fs, Path controlDir) throws IOException {
    if (!fs.exists(controlDir)) {
      return List.of();
    }
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus status : fs.listStatus(controlDir)) {
      if (status.isFile()) {
        files.add(status);
      }
    }
    return files;
  }

  private static List<String> readEntries(FileSystem fs, Path journal) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(fs.open(journal), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!HEADER.equals(header)) {
        throw new IOException(
            "publish journal " + journal + " does not start with '" + HEADER + "': " + header);
      }
      List<String> entries = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        try {
          entries.add(OutputLayout.requireEntryName(line));
        } catch (IllegalArgumentException e) {
          throw new IOException("publish journal " + journal + " lists a bad entry", e);
        }
      }
      return entries;
    }
  }
}
