package io.storylines.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Publishes on filesystems without symbolic links (HDFS, object stores) by renaming each entry into
 * place in turn. Between parking an entry's old copy and renaming its new copy into place, that one
 * entry is absent; the other entries are each complete, old or new.
 *
 * <p>Steps, in this order (the staged entries have been checked by the caller):
 *
 * <ol>
 *   <li>Write the {@link PublishJournal} listing the entries. From here on the publish is
 *       committed: if the process dies, {@link #recover} completes it (rolls forward; the staged
 *       copies were complete when the journal was written).
 *   <li>Create {@code .storylines/trash/<runId>}.
 *   <li>For each entry, tables first and the manifest last: if a published copy exists, rename it
 *       to {@code .storylines/trash/<runId>/<entry>}; then rename the staged copy to the published
 *       path.
 *   <li>Delete the journal, then the trash folder and the (now empty) run directory of this run.
 *   <li>Delete every other folder under {@code .storylines/runs} and {@code .storylines/trash}:
 *       with one run at a time publishing into an output root, these are runs that failed before
 *       publishing and leftovers of a publish killed after step 4 began.
 * </ol>
 *
 * <p>Completing an entry from any state relies on one rename being atomic, as it is for a folder on
 * HDFS and on object stores with a hierarchical namespace (ABFS, GCS with HNS), but not on S3A,
 * where renaming a folder copies it object by object. With S staged, P published and T trash: S and
 * P present, T absent: park P, then move S (the move had not begun); S present, P absent: move S; S
 * absent, P present: done. Any other state cannot arise from atomic renames and fails with a
 * message naming the paths rather than guessing which copy to keep.
 */
final class PublishRenameSwap {

  private final FileSystem fs;
  private final PublishStepListener listener;

  PublishRenameSwap(FileSystem fs, PublishStepListener listener) {
    this.fs = fs;
    this.listener = listener;
  }

  /**
   * @param entries the table names followed by {@link OutputLayout#MANIFEST_NAME}, all staged
   */
  void publish(OutputLayout layout, List<String> entries) throws IOException {
    PublishJournal journal = new PublishJournal(layout.runId(), entries);
    journal.write(fs, layout);
    listener.afterStep("write journal " + layout.journalFile().getName());
    complete(layout, journal);
    deleteChildren(layout.runsDir(), "failed run");
    deleteChildren(layout.trashDir().getParent(), "trash");
  }

  /**
   * Completes every publish killed after writing its journal, and deletes unfinished journals of
   * publishes killed before.
   */
  void recover(Path outputRoot) throws IOException {
    Path controlDir = new Path(outputRoot, OutputLayout.CONTROL_DIR_NAME);
    PublishJournal.deleteLeftoverTemporaries(fs, controlDir);
    for (PublishJournal journal : PublishJournal.findAll(fs, controlDir)) {
      complete(OutputLayout.of(outputRoot, journal.runId()), journal);
    }
  }

  private void complete(OutputLayout layout, PublishJournal journal) throws IOException {
    if (!fs.mkdirs(layout.trashDir())) {
      throw new IOException("could not create " + layout.trashDir());
    }
    listener.afterStep("create " + layout.trashDir().getName() + " trash");
    for (String entry : journal.entries()) {
      moveIntoPlace(layout, entry);
    }
    delete(layout.journalFile(), "journal " + layout.journalFile().getName());
    delete(layout.trashDir(), "trash of " + layout.runId());
    delete(layout.runDir(), "run " + layout.runId());
  }

  private void moveIntoPlace(OutputLayout layout, String entry) throws IOException {
    Path staged = layout.stagedEntry(entry);
    Path published = layout.publishedEntry(entry);
    Path trash = layout.trashEntry(entry);
    if (!fs.exists(staged)) {
      if (fs.exists(published)) {
        return;
      }
      throw new IOException(
          "cannot complete the publish of run "
              + layout.runId()
              + ": "
              + entry
              + " is neither staged at "
              + staged
              + " nor published at "
              + published
              + (fs.exists(trash) ? "; the replaced copy is at " + trash : ""));
    }
    if (fs.exists(published)) {
      if (fs.exists(trash)) {
        throw new IOException(
            "cannot complete the publish of run "
                + layout.runId()
                + ": "
                + entry
                + " exists staged at "
                + staged
                + ", published at "
                + published
                + " and parked at "
                + trash
                + "; a rename was not atomic. Decide which copy to keep and remove the others.");
      }
      rename(published, trash);
      listener.afterStep("park old " + entry);
    }
    rename(staged, published);
    listener.afterStep("move new " + entry);
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not rename " + from + " to " + to);
    }
  }

  private void delete(Path path, String step) throws IOException {
    if (fs.exists(path)) {
      if (!fs.delete(path, true)) {
        throw new IOException("could not delete " + path);
      }
      listener.afterStep("delete " + step);
    }
  }

  private void deleteChildren(Path dir, String what) throws IOException {
    if (!fs.exists(dir)) {
      return;
    }
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children);
    for (FileStatus child : children) {
      delete(child.getPath(), what + " " + child.getPath().getName());
    }
  }
}
