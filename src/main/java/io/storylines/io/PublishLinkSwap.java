package io.storylines.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Publishes on the local filesystem by swapping one symbolic link, so that every entry changes at
 * once. All links are relative, so the output folder can be moved or mounted elsewhere:
 *
 * <pre>
 * &lt;out&gt;/&lt;table&gt;           -&gt; .storylines/current/&lt;table&gt;
 * &lt;out&gt;/_run.json         -&gt; .storylines/current/_run.json
 * &lt;out&gt;/.storylines/current -&gt; runs/&lt;runId&gt;
 * </pre>
 *
 * <p>Steps, in this order (the staged entries have been checked by the caller):
 *
 * <ol>
 *   <li>Check, changing nothing: each published entry is absent or is exactly the link above, and
 *       {@code current} is absent or a link to {@code runs/<id>}. Anything else (a real folder left
 *       by an older layout, say) fails with a message naming it; user data is never deleted.
 *   <li>Create each missing entry link. Before the first publish it dangles; a link for a table the
 *       current run lacks dangles too, exactly as the table was absent before.
 *   <li>Create {@code .storylines/current.tmp-<runId>} -&gt; {@code runs/<runId>} and rename it
 *       over {@code current}. rename(2) replaces a link atomically: this is the one step that
 *       publishes, and a reader resolving any entry sees either every old entry or every new one.
 *   <li>Clean up: delete every {@code current.tmp-*} link left by a killed publish, then every run
 *       directory except the current one and the one that was current before this publish (a reader
 *       that opened it a moment ago can finish). The deleted ones are older published runs and runs
 *       that failed before publishing: one run at a time publishes into an output root, so no other
 *       run can be staging. On the first publish only the current run is kept. When {@code current}
 *       already pointed at this run (a retried publish), the previous run is unknown and no run
 *       directory is deleted.
 * </ol>
 *
 * <p>A process killed before step 3 completes leaves the previous run published; killed after, the
 * new one. Leftovers are deleted by the clean-up of the next publish.
 */
final class PublishLinkSwap {

  private static final String TMP_PREFIX = OutputLayout.CURRENT_NAME + ".tmp-";

  private final FileSystem fs;
  private final PublishStepListener listener;

  PublishLinkSwap(FileSystem fs, PublishStepListener listener) {
    this.fs = fs;
    this.listener = listener;
  }

  /**
   * @param entries the table names followed by {@link OutputLayout#MANIFEST_NAME}, all staged
   */
  void publish(OutputLayout layout, List<String> entries) throws IOException {
    java.nio.file.Path control = local(layout.controlDir());
    java.nio.file.Path current = local(layout.currentPointer());
    for (String entry : entries) {
      requireAbsentOrEntryLink(local(layout.publishedEntry(entry)), entry);
    }
    Optional<String> previousRunId = currentRunId(current);

    for (String entry : entries) {
      java.nio.file.Path published = local(layout.publishedEntry(entry));
      if (!Files.exists(published, LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(published, entryLinkTarget(entry));
        listener.afterStep("link " + entry);
      }
    }

    java.nio.file.Path runTarget =
        java.nio.file.Path.of(OutputLayout.RUNS_DIR_NAME, layout.runId());
    java.nio.file.Path tmp = control.resolve(TMP_PREFIX + layout.runId());
    // A publish of this run killed between creating and renaming the link left it behind.
    if (Files.deleteIfExists(tmp)) {
      listener.afterStep("delete leftover " + tmp.getFileName());
    }
    Files.createSymbolicLink(tmp, runTarget);
    listener.afterStep("create " + tmp.getFileName());
    Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    listener.afterStep("switch current to " + runTarget);

    deleteLeftoverTmpLinks(control);
    if (previousRunId.isEmpty()) {
      deleteRunDirsExcept(layout, List.of(layout.runId()));
    } else if (!previousRunId.get().equals(layout.runId())) {
      deleteRunDirsExcept(layout, List.of(layout.runId(), previousRunId.get()));
    }
  }

  private static java.nio.file.Path entryLinkTarget(String entry) {
    return java.nio.file.Path.of(OutputLayout.CONTROL_DIR_NAME, OutputLayout.CURRENT_NAME, entry);
  }

  private static void requireAbsentOrEntryLink(java.nio.file.Path published, String entry)
      throws IOException {
    if (!Files.exists(published, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isSymbolicLink(published)
        || !Files.readSymbolicLink(published).equals(entryLinkTarget(entry))) {
      throw new IOException(
          published
              + " exists but is not the link "
              + entryLinkTarget(entry)
              + " that Storylines publishes; it was left by an older layout or created by hand."
              + " Move it away (it is not deleted automatically) and run again.");
    }
  }

  /** The run that {@code current} points at, if it exists; fails if it is not such a link. */
  private static Optional<String> currentRunId(java.nio.file.Path current) throws IOException {
    if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    java.nio.file.Path target =
        Files.isSymbolicLink(current) ? Files.readSymbolicLink(current) : null;
    if (target == null
        || target.getNameCount() != 2
        || target.isAbsolute()
        || !target.getName(0).toString().equals(OutputLayout.RUNS_DIR_NAME)) {
      throw new IOException(
          current
              + " must be a link to "
              + OutputLayout.RUNS_DIR_NAME
              + "/<runId>, found "
              + (target == null ? "something that is not a link" : "a link to " + target));
    }
    return Optional.of(target.getName(1).toString());
  }

  private void deleteLeftoverTmpLinks(java.nio.file.Path control) throws IOException {
    try (DirectoryStream<java.nio.file.Path> leftovers =
        Files.newDirectoryStream(control, TMP_PREFIX + "*")) {
      for (java.nio.file.Path leftover : leftovers) {
        // Deletes the link itself, never what it points to.
        Files.delete(leftover);
        listener.afterStep("delete leftover " + leftover.getFileName());
      }
    }
  }

  private void deleteRunDirsExcept(OutputLayout layout, List<String> keptRunIds)
      throws IOException {
    FileStatus[] runs = fs.listStatus(layout.runsDir());
    Arrays.sort(runs);
    for (FileStatus run : runs) {
      String runId = run.getPath().getName();
      if (!keptRunIds.contains(runId)) {
        if (!fs.delete(run.getPath(), true)) {
          throw new IOException("could not delete old run directory " + run.getPath());
        }
        listener.afterStep("delete run " + runId);
      }
    }
  }

  private java.nio.file.Path local(Path path) {
    return java.nio.file.Path.of(fs.makeQualified(path).toUri());
  }
}
