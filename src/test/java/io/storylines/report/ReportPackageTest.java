package io.storylines.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storylines.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rendering is pure Java: nothing in io.storylines.report itself uses Spark or Hadoop. */
class ReportPackageTest {

  @Test
  void theRenderingImportsNeitherSparkNorHadoop() throws Exception {
    Path dir = Project.path("src/main/java/io/storylines/report");
    List<String> offenders;
    try (Stream<Path> files = Files.list(dir)) {
      offenders =
          files.filter(f -> f.toString().endsWith(".java"))
              .filter(f -> {
                try {
                  String source = Files.readString(f);
                  return source.contains("import org.apache.spark") || source.contains("import org.apache.hadoop");
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
              .map(f -> f.getFileName().toString())
              .toList();
    }
    assertEquals(List.of(), offenders);
  }
}
