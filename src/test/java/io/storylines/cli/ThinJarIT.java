package io.storylines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The thin jar ({@code target/storylines.jar}) is what executors get besides Spark's own jars: it
 * must carry every class and resource of the job's dependencies that Spark lacks (picocli and
 * commons-csv relocated, Lucene and OpenNLP with its language model as they are), and no class
 * that Spark's jars also have.
 */
class ThinJarIT {
  /** The shade plugin's relocations in pom.xml, as path prefixes. */
  static final Map<String, String> RELOCATED =
      Map.of(
          "picocli/", "io/storylines/shaded/picocli/",
          "org/apache/commons/csv/", "io/storylines/shaded/commons/csv/");

  /** The size the jar must stay under (it is about 19 MB, 10.5 of them OpenNLP's model). */
  static final long MAX_BYTES = 24L << 20;

  @Test
  void carriesEveryDependencyThatSparkLacks() throws IOException {
    Set<String> thin = entries(jar());
    List<String> missing = new ArrayList<>();
    List<Path> dependencies = ownDependencies();
    assertEquals(6, dependencies.size(), "picocli, commons-csv, 2 Lucene, 2 OpenNLP jars: " + dependencies);
    for (Path dependency : dependencies) {
      for (String entry : entries(dependency)) {
        if (entry.startsWith("META-INF/") || entry.endsWith("module-info.class")) {
          continue;
        }
        if (!thin.contains(relocated(entry))) {
          missing.add(dependency.getFileName() + "!" + entry);
        }
      }
    }
    assertEquals(List.of(), missing.subList(0, Math.min(20, missing.size())), missing.size() + " missing");
    assertTrue(thin.contains("langdetect-183.bin"), "OpenNLP's language model");
    long size = Files.size(jar());
    assertTrue(size < MAX_BYTES, "the thin jar grew to " + size + " bytes");
  }

  @Test
  void sharesNoClassOrResourceWithSpark() throws IOException {
    Set<String> thin = entries(jar());
    Set<String> clashes = new TreeSet<>();
    for (Path spark : classpath("target/spark-classpath.txt")) {
      for (String entry : entries(spark)) {
        if (!entry.startsWith("META-INF/") && thin.contains(entry)) {
          clashes.add(spark.getFileName() + "!" + entry);
        }
      }
    }
    assertEquals(Set.of(), clashes);
  }

  private static String relocated(String entry) {
    for (Map.Entry<String, String> relocation : RELOCATED.entrySet()) {
      if (entry.startsWith(relocation.getKey())) {
        return relocation.getValue() + entry.substring(relocation.getKey().length());
      }
    }
    return entry;
  }

  private static Path jar() {
    return Project.path("target/storylines.jar");
  }

  /** The job's own runtime dependencies: the local class path less Spark's. */
  private static List<Path> ownDependencies() throws IOException {
    List<Path> own = new ArrayList<>(classpath("target/classpath.txt"));
    own.removeAll(new HashSet<>(classpath("target/spark-classpath.txt")));
    return own;
  }

  private static List<Path> classpath(String file) throws IOException {
    return java.util.Arrays.stream(Files.readString(Project.path(file)).strip().split(":"))
        .map(Path::of)
        .toList();
  }

  private static Set<String> entries(Path jar) throws IOException {
    Set<String> names = new HashSet<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(names::add);
    }
    return names;
  }
}
