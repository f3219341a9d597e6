package io.storylines.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Dummy runs for the publish tests: tables of a few small part files whose content names their run,
 * and a way to read a published table exactly as pandas or DuckDB would (a plain folder, following
 * links, ignoring names that start with {@code _} or {@code .}). The tests check the move protocol,
 * not Parquet.
 */
final class PublishFixture {

  static final List<String> TABLES = List.of("articles", "rejects", "runs");
  static final int PARTS = 3;

  private static final String END = "END";

  private PublishFixture() {}

  /** Writes the tables and manifest of {@code layout}'s run into its run directory. */
  static void stageRun(OutputLayout layout) throws IOException {
    for (String table : TABLES) {
      Path dir = local(layout.stagedTable(table));
      Files.createDirectories(dir);
      for (int part = 0; part < PARTS; part++) {
        String content =
            "run="
                + layout.runId()
                + " table="
                + table
                + " part="
                + part
                + " "
                + "x".repeat(1000)
                + END;
        Files.writeString(
            dir.resolve(String.format("part-%05d-%s.parquet", part, layout.runId())), content);
      }
      Files.writeString(dir.resolve("_SUCCESS"), "");
    }
    Files.writeString(
        local(layout.manifestFile()), "{\"runId\": \"" + layout.runId() + "\"}" + END);
  }

  /** Thrown when the version of a table being read was deleted by a later publish. */
  static final class VersionDeleted extends RuntimeException {
    VersionDeleted(Path version, Throwable cause) {
      super("version " + version + " was deleted while being read", cause);
    }
  }

  /**
   * The run whose complete files table {@code table} shows, or null if the table is absent. Reads
   * as a careful reader would: resolves the links once, then lists and reads that folder.
   *
   * @throws AssertionError if the table mixes runs, lacks a part or holds a truncated file
   * @throws VersionDeleted if the resolved folder is deleted before the reading ends, which the
   *     publisher allows once a version is two publishes old
   */
  static String visibleRun(Path out, String table) {
    Path current = out.resolve(OutputLayout.CONTROL_DIR_NAME).resolve(OutputLayout.CURRENT_NAME);
    Path currentBefore = linkTarget(current);
    Path version = realDirectory(out.resolve(table));
    if (version == null) {
      // Resolving follows the table's link, then the current link, then looks in the version it
      // names. If the current link moved meanwhile and the version it named is gone, that version
      // was two publishes old and deleted: not a gap. Otherwise the table is missing.
      if (currentBefore != null && !currentBefore.equals(linkTarget(current))) {
        Path before = current.resolveSibling(currentBefore);
        if (!Files.exists(before) || isBeingDeleted(before)) {
          throw new VersionDeleted(before, null);
        }
      }
      return null;
    }
    TreeSet<String> runs = new TreeSet<>();
    List<String> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(version)) {
      for (Path file : (Iterable<Path>) listing::iterator) {
        String name = file.getFileName().toString();
        if (name.startsWith("_") || name.startsWith(".")) {
          continue;
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (!content.startsWith("run=") || !content.endsWith(END)) {
          throw new AssertionError(version + ": truncated file " + name);
        }
        runs.add(content.substring("run=".length(), content.indexOf(' ')));
        files.add(name);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new VersionDeleted(version, e);
    }
    if (runs.size() != 1 || files.size() != PARTS) {
      if (isBeingDeleted(version)) {
        throw new VersionDeleted(version, null);
      }
      throw new AssertionError(
          version + " is not one complete run: runs " + runs + ", files " + files);
    }
    return runs.first();
  }

  /** The folder {@code path} resolves to, following links, or null if it resolves to none. */
  private static Path realDirectory(Path path) {
    try {
      Path real = path.toRealPath();
      return Files.isDirectory(real) ? real : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Where link {@code link} points, or null if it is absent. */
  private static Path linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link);
    } catch (IOException e) {
      return null;
    }
  }

  /** Whether {@code version} is gone a moment later (a recursive delete takes milliseconds). */
  private static boolean isBeingDeleted(Path version) {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while checking " + version, e);
    }
    return !Files.exists(version);
  }

  /** The run named by the published manifest, or null if it is absent. */
  static String visibleManifestRun(Path out) throws IOException {
    Path manifest = out.resolve(OutputLayout.MANIFEST_NAME);
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    String content = Files.readString(manifest);
    if (!content.endsWith(END)) {
      throw new AssertionError("truncated manifest: " + content);
    }
    int start = content.indexOf(": \"") + 3;
    return content.substring(start, content.indexOf('"', start));
  }

  /** The one run that every table and the manifest show; fails on a missing entry or a mix. */
  static String visibleRunOfAll(Path out) throws IOException {
    String run = visibleManifestRun(out);
    for (String table : TABLES) {
      String tableRun = visibleRun(out, table);
      if (tableRun == null || !tableRun.equals(run)) {
        throw new AssertionError(
            "table " + table + " shows run " + tableRun + " but the manifest shows " + run);
      }
    }
    if (run == null) {
      throw new AssertionError("nothing is published under " + out);
    }
    return run;
  }

  /** The names in {@code dir}, not following a final link, or an empty set if it is absent. */
  static TreeSet<String> names(Path dir) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return names;
    }
    try (Stream<Path> listing = Files.list(dir)) {
      listing
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .forEach(names::add);
    }
    return names;
  }

  /** The local path of a Hadoop path with scheme {@code file} or none. */
  static Path local(org.apache.hadoop.fs.Path path) {
    return Path.of(path.toUri().getPath());
  }
}
