package io.storylines.io;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;

/**
 * Where one run writes and publishes its tables under the output root {@code <out>}.
 *
 * <p>Vocabulary: a <em>table</em> is a folder of Parquet files named by a table name; the
 * <em>manifest</em> is the file {@value #MANIFEST_NAME} describing a run; an <em>entry</em> is a
 * table or the manifest. A run first writes its entries into its private run directory (they are
 * <em>staged</em>), and {@link TablePublisher} then makes them visible at their <em>published</em>
 * paths, which are the only paths readers use:
 *
 * <pre>
 * out/TABLE                                  published table (what analysts open)
 * out/_run.json                              published manifest
 * out/.storylines/runs/RUN/TABLE             staged table
 * out/.storylines/runs/RUN/_run.json         staged manifest
 * out/.storylines/current                    local filesystem only: link to runs/RUN
 * out/.storylines/trash/RUN/                 other filesystems: replaced entries, until deleted
 * out/.storylines/publishing-RUN.journal     other filesystems: a publish in progress
 * </pre>
 *
 * <p>Rules: a table name matches {@code [a-z][a-z0-9_]*}, so it can never collide with the manifest
 * or the hidden {@code .storylines} folder. A run id matches {@code [A-Za-z0-9][A-Za-z0-9._-]*} (at
 * most {@value #MAX_RUN_ID_LENGTH} characters): it is one path segment on every filesystem, and
 * contains no {@code :}, which Hadoop paths reject. Every run must use a new run id.
 *
 * <p>Instances are immutable and do no I/O.
 */
public final class OutputLayout {

  /** The file name of the manifest, staged and published. */
  public static final String MANIFEST_NAME = "_run.json";

  /** The hidden folder under the output root that holds everything but the published entries. */
  public static final String CONTROL_DIR_NAME = ".storylines";

  public static final int MAX_RUN_ID_LENGTH = 128;

  static final String RUNS_DIR_NAME = "runs";
  static final String TRASH_DIR_NAME = "trash";
  static final String CURRENT_NAME = "current";
  static final String JOURNAL_PREFIX = "publishing-";
  static final String JOURNAL_SUFFIX = ".journal";

  private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Path root;
  private final String runId;

  /**
   * @param outputRoot the output root, any Hadoop path ({@code out}, {@code file:/data/out}, {@code
   *     hdfs://nn/out}, {@code s3a://bucket/out})
   * @param runId the id of this run, see the class doc for its rule
   */
  public OutputLayout(String outputRoot, String runId) {
    Objects.requireNonNull(outputRoot, "outputRoot");
    if (outputRoot.isBlank()) {
      throw new IllegalArgumentException("the output root must not be blank");
    }
    this.root = new Path(outputRoot);
    this.runId = requireRunId(runId);
  }

  private OutputLayout(Path root, String runId) {
    this.root = root;
    this.runId = requireRunId(runId);
  }

  /** The layout of run {@code runId} under an already parsed output root. */
  static OutputLayout of(Path root, String runId) {
    return new OutputLayout(Objects.requireNonNull(root, "root"), runId);
  }

  /** Returns {@code name} if it is a valid table name, else throws naming the bad value. */
  public static String requireTableName(String name) {
    if (name == null || !TABLE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "table name must match " + TABLE_NAME.pattern() + ": '" + name + "'");
    }
    return name;
  }

  /** Returns {@code runId} if it is a valid run id, else throws naming the bad value. */
  public static String requireRunId(String runId) {
    if (runId == null || runId.length() > MAX_RUN_ID_LENGTH || !RUN_ID.matcher(runId).matches()) {
      throw new IllegalArgumentException(
          "run id must match "
              + RUN_ID.pattern()
              + " and have at most "
              + MAX_RUN_ID_LENGTH
              + " characters: '"
              + runId
              + "'");
    }
    return runId;
  }

  public Path root() {
    return root;
  }

  public String runId() {
    return runId;
  }

  /** {@code <out>/.storylines} */
  public Path controlDir() {
    return new Path(root, CONTROL_DIR_NAME);
  }

  /** {@code <out>/.storylines/runs}: the parent of every run directory. */
  public Path runsDir() {
    return new Path(controlDir(), RUNS_DIR_NAME);
  }

  /** {@code <out>/.storylines/runs/<runId>}: where this run stages its entries. */
  public Path runDir() {
    return new Path(runsDir(), runId);
  }

  /** {@code <out>/.storylines/runs/<runId>/<name>}: where this run writes table {@code name}. */
  public Path stagedTable(String name) {
    return new Path(runDir(), requireTableName(name));
  }

  /** {@code <out>/.storylines/runs/<runId>/_run.json}: where this run writes its manifest. */
  public Path manifestFile() {
    return new Path(runDir(), MANIFEST_NAME);
  }

  /** {@code <out>/<name>}: where readers open table {@code name}. */
  public Path publishedTable(String name) {
    return new Path(root, requireTableName(name));
  }

  /** {@code <out>/_run.json}: where readers find the manifest of the published run. */
  public Path publishedManifest() {
    return new Path(root, MANIFEST_NAME);
  }

  /** {@code <out>/.storylines/current}: on the local filesystem, the link to the published run. */
  public Path currentPointer() {
    return new Path(controlDir(), CURRENT_NAME);
  }

  /** {@code <out>/.storylines/trash/<runId>}: where this run's publish parks replaced entries. */
  public Path trashDir() {
    return new Path(new Path(controlDir(), TRASH_DIR_NAME), runId);
  }

  /** {@code <out>/.storylines/publishing-<runId>.journal}: this run's publish in progress. */
  public Path journalFile() {
    return new Path(controlDir(), JOURNAL_PREFIX + runId + JOURNAL_SUFFIX);
  }

  /** The same output root, for another run. */
  public OutputLayout forRun(String otherRunId) {
    return new OutputLayout(root, otherRunId);
  }

  /** The staged path of an entry: a table name or {@value #MANIFEST_NAME}. */
  Path stagedEntry(String entry) {
    return new Path(runDir(), requireEntryName(entry));
  }

  /** The published path of an entry: a table name or {@value #MANIFEST_NAME}. */
  Path publishedEntry(String entry) {
    return new Path(root, requireEntryName(entry));
  }

  /** Where this run's publish parks the replaced entry while the fallback swaps it. */
  Path trashEntry(String entry) {
    return new Path(trashDir(), requireEntryName(entry));
  }

  /** Returns {@code entry} if it is a table name or {@value #MANIFEST_NAME}. */
  static String requireEntryName(String entry) {
    return MANIFEST_NAME.equals(entry) ? entry : requireTableName(entry);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutputLayout other && root.equals(other.root) && runId.equals(other.runId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(root, runId);
  }

  @Override
  public String toString() {
    return "OutputLayout[root=" + root + ", runId=" + runId + "]";
  }
}
