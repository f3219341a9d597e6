package io.storylines.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Makes a run's tables visible under the output root only once they are complete. A run writes
 * every table and its manifest into its run directory ({@link OutputLayout#runDir()}); then {@link
 * #publish} moves them into place. Readers open {@code <out>/<table>} and {@code <out>/_run.json}
 * as plain folders and files and never see a half-written table.
 *
 * <p>Order of calls in a run: {@link #beginRun} before writing anything, then the writes into the
 * run directory, then {@link #publish}. A run that fails before {@link #publish} changes nothing
 * readers see; its run directory is deleted by a later publish.
 *
 * <p>How entries are moved depends on the filesystem of the output root (after resolving a path
 * without scheme against {@code fs.defaultFS}):
 *
 * <ul>
 *   <li><b>Local filesystem ({@code file:})</b>, see {@link PublishLinkSwap}: every published entry
 *       is a relative symbolic link through {@code .storylines/current}, and publishing is one
 *       atomic rename of that link. Readers see all the old tables or all the new ones, never a mix
 *       and never a missing table, whether the run fails or is killed at any moment. The previous
 *       run's files are kept until the next publish, so a reader that opened them just before the
 *       switch can finish.
 *   <li><b>Other filesystems ({@code hdfs:}, {@code s3a:}, ...)</b>, see {@link PublishRenameSwap}:
 *       no links; each entry in turn is renamed aside and the staged copy renamed into place. A run
 *       that fails before publishing leaves the previous tables intact. During a publish each table
 *       is absent for the short window between its two renames, and tables already moved are new
 *       while the rest are old. A process killed during a publish leaves a journal; {@link
 *       #recover} (called by {@link #beginRun} and {@link #publish}) completes that publish.
 *       Completion requires an atomic folder rename (HDFS yes, S3A no).
 * </ul>
 *
 * <p>A reader that lists a table and then opens each file by its path through {@code <out>}
 * resolves the links again for every file; if a publish lands in between, it gets file-not-found
 * (Spark's part file names are unique per write), never another run's file under a listed name, and
 * reads again. Resolving the table's real path once pins one run.
 *
 * <p>Contract: one run at a time publishes into an output root; every run uses a new run id; every
 * run publishes the same set of tables (an entry link for a table the current run lacks dangles on
 * the local filesystem).
 */
public final class TablePublisher {

  private final Configuration conf;
  private final PublishStrategy forcedStrategy;
  private final PublishStepListener listener;

  /**
   * @param conf the Hadoop configuration that resolves the output root (Spark's {@code
   *     sparkContext().hadoopConfiguration()})
   */
  public TablePublisher(Configuration conf) {
    this(conf, null, PublishStepListener.NONE);
  }

  /**
   * For tests: {@code forcedStrategy} (or null to choose by scheme) and a listener told after each
   * step.
   */
  TablePublisher(Configuration conf, PublishStrategy forcedStrategy, PublishStepListener listener) {
    this.conf = Objects.requireNonNull(conf, "conf");
    this.forcedStrategy = forcedStrategy;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Prepares a run: completes any publish killed half-way ({@link #recover}), then fails if the run
   * directory already exists, because writing into a reused run directory could overwrite the files
   * of the published run.
   */
  public void beginRun(OutputLayout layout) throws IOException {
    recover(layout.root());
    FileSystem fs = layout.root().getFileSystem(conf);
    if (fs.exists(layout.runDir())) {
      throw new IOException(
          "run directory "
              + layout.runDir()
              + " already exists: run id '"
              + layout.runId()
              + "' was used before; every run needs a new run id");
    }
  }

  /**
   * Publishes the tables {@code tableNames} and the manifest of {@code layout}'s run, which must
   * all be completely written in the run directory. Checks first, changing nothing: the names are
   * valid and distinct, each table is a folder at {@link OutputLayout#stagedTable} and the manifest
   * a file at {@link OutputLayout#manifestFile()}; then publishes as described in the class doc.
   *
   * @throws IOException if a check fails (naming the path) or the filesystem fails; in both cases
   *     what readers see is as described in the class doc for a failed or killed run
   */
  public void publish(OutputLayout layout, List<String> tableNames) throws IOException {
    List<String> entries = entries(tableNames);
    FileSystem fs = layout.root().getFileSystem(conf);
    requireStaged(fs, layout, entries);
    switch (strategy(fs)) {
      case LINK_SWAP -> new PublishLinkSwap(fs, listener).publish(layout, entries);
      case RENAME_SWAP -> {
        PublishRenameSwap swap = new PublishRenameSwap(fs, listener);
        swap.recover(layout.root());
        swap.publish(layout, entries);
      }
    }
  }

  /**
   * Completes a publish that was killed half-way under {@code outputRoot}, so that every table is
   * present again. Does nothing on the local filesystem, where a killed publish leaves nothing to
   * complete, and nothing when no publish was interrupted.
   */
  public void recover(String outputRoot) throws IOException {
    recover(new Path(outputRoot));
  }

  private void recover(Path outputRoot) throws IOException {
    FileSystem fs = outputRoot.getFileSystem(conf);
    if (strategy(fs) == PublishStrategy.RENAME_SWAP) {
      new PublishRenameSwap(fs, listener).recover(outputRoot);
    }
  }

  private PublishStrategy strategy(FileSystem fs) {
    return forcedStrategy != null
        ? forcedStrategy
        : PublishStrategy.forScheme(fs.getUri().getScheme());
  }

  /** The table names, checked, followed by the manifest. */
  private static List<String> entries(List<String> tableNames) {
    if (tableNames.isEmpty()) {
      throw new IllegalArgumentException("at least one table must be published");
    }
    Set<String> seen = new HashSet<>();
    List<String> entries = new ArrayList<>();
    for (String name : tableNames) {
      if (!seen.add(OutputLayout.requireTableName(name))) {
        throw new IllegalArgumentException("table '" + name + "' is listed twice: " + tableNames);
      }
      entries.add(name);
    }
    entries.add(OutputLayout.MANIFEST_NAME);
    return entries;
  }

  private static void requireStaged(FileSystem fs, OutputLayout layout, List<String> entries)
      throws IOException {
    for (String entry : entries) {
      Path staged = layout.stagedEntry(entry);
      boolean isTable = !entry.equals(OutputLayout.MANIFEST_NAME);
      FileStatus status = fs.exists(staged) ? fs.getFileStatus(staged) : null;
      if (status == null || status.isDirectory() != isTable) {
        throw new IOException(
            "cannot publish run "
                + layout.runId()
                + ": "
                + (isTable ? "table folder " : "manifest file ")
                + staged
                + (status == null
                    ? " does not exist"
                    : " is not a " + (isTable ? "folder" : "file"))
                + "; nothing was published");
      }
    }
  }
}
