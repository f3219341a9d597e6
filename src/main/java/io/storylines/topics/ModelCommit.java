package io.storylines.topics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A saved topic model counts only once the run that fitted it has published its tables.
 *
 * <p>The fit saves a model's {@code pipeline} folder and its metadata under the name {@link
 * #PENDING}. After the run publishes, {@link #commit} renames the metadata to {@code
 * storylines-model.json}, which is what {@code --topic-model} looks for ({@link
 * FitTopics#savedModels}). So a run that fails after its topics stage, during the write or the
 * publish, leaves no model that a later {@code --topic-model OUTPUT/models/topics} would take as
 * the latest: that model's topic ids would be those of no published table.
 *
 * <p>A run killed between its publish and the commit leaves its published model pending; the next
 * run into the same output commits it ({@link #recover}), because the published manifest names it.
 * Every other pending model belongs to a run that did not publish, and is deleted.
 */
public final class ModelCommit {
  /** The metadata of a saved model whose run has not published (yet). */
  static final String PENDING = "storylines-model.pending.json";

  private ModelCommit() {}

  /**
   * Makes the model saved in {@code model} usable: renames its pending metadata to {@code
   * storylines-model.json}. Does nothing when it is committed already.
   *
   * @throws IOException when {@code model} holds no saved model, or the rename fails
   */
  public static void commit(Configuration conf, Path model) throws IOException {
    FileSystem fs = model.getFileSystem(conf);
    Path committed = new Path(model, FitTopics.METADATA);
    if (fs.exists(committed)) {
      return;
    }
    Path pending = new Path(model, PENDING);
    if (!fs.exists(pending)) {
      throw new IOException("cannot commit the topic model " + model + ": it has no " + PENDING);
    }
    if (!fs.rename(pending, committed)) {
      throw new IOException("could not rename " + pending + " to " + committed);
    }
  }

  /**
   * Whether {@code model} is a model whose run has not published: not committed, and saved (its
   * pending metadata) or being saved (its {@code pipeline} folder, written first).
   */
  static boolean isPending(FileSystem fs, Path model) throws IOException {
    return !fs.exists(new Path(model, FitTopics.METADATA))
        && (fs.exists(new Path(model, PENDING)) || fs.exists(new Path(model, FitTopics.PIPELINE)));
  }

  /**
   * Before a run into an output: commits the models that its published run saved ({@code
   * published}, the paths its manifest gives), then deletes every model under {@code modelsRoot}
   * that is still pending.
   *
   * @return the models deleted
   */
  public static List<Path> recover(Configuration conf, Path modelsRoot, Collection<Path> published)
      throws IOException {
    FileSystem fs = modelsRoot.getFileSystem(conf);
    for (Path model : published) {
      if (fs.exists(new Path(model, PENDING)) && isPending(fs, model)) {
        commit(conf, model);
      }
    }
    return discardPending(conf, modelsRoot, id -> true);
  }

  /**
   * Deletes the pending models under {@code modelsRoot} (its {@code <lang>/<model_id>} folders)
   * whose model id {@code which} accepts.
   *
   * @return the models deleted
   */
  public static List<Path> discardPending(Configuration conf, Path modelsRoot, Predicate<String> which)
      throws IOException {
    FileSystem fs = modelsRoot.getFileSystem(conf);
    List<Path> deleted = new ArrayList<>();
    if (!fs.exists(modelsRoot)) {
      return deleted;
    }
    for (FileStatus lang : fs.listStatus(modelsRoot)) {
      if (!lang.isDirectory()) {
        continue;
      }
      for (FileStatus model : fs.listStatus(lang.getPath())) {
        Path dir = model.getPath();
        if (model.isDirectory() && which.test(dir.getName()) && isPending(fs, dir)) {
          if (!fs.delete(dir, true)) {
            throw new IOException("could not delete the uncommitted topic model " + dir);
          }
          deleted.add(dir);
        }
      }
    }
    return deleted;
  }
}
