package io.storylines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.ChildJvms;
import io.storylines.testing.Project;
import io.storylines.testing.SameTables;
import io.storylines.testing.Scripts;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/submit-standalone.sh}, the example script for a standalone cluster, run as a user runs
 * it: through {@code $SPARK_HOME/bin/spark-submit}, with {@code SPARK_MASTER=local[2]}. The
 * {@code SPARK_HOME} holds only Spark's jars (the {@code provided} scope) and a {@code
 * bin/spark-submit} that does what a distribution's does: Spark's launcher builds the driver's
 * command, with Spark's own Java 17 options, the script's driver memory and its log configuration.
 * The run must be quiet and publish the tables of the embedded run on the same input
 * ({@link SampleCliRun}, also {@code local[2]}), row for row.
 */
@ExtendWith({SharedSpark.class, SampleCliRun.class})
class SubmitScriptIT {
  @TempDir Path temp;

  @Test
  void standaloneScriptRunsTheThinJarThroughSparkSubmit(SparkSession spark, SampleCliRun embedded)
      throws Exception {
    assertEquals(0, embedded.result().exitCode(), embedded.result().stderr());
    Path sparkHome = sparkHome(temp.resolve("spark-home"));
    Path out = temp.resolve("out");
    String output =
        Scripts.run(
            Map.of(
                "SPARK_HOME", sparkHome.toString(),
                "SPARK_MASTER", "local[2]",
                "STORYLINES_DRIVER_MEMORY", "2g",
                "STORYLINES_SHUFFLE_PARTITIONS", "8",
                // The driver's extra JVM options, as a user adds them to spark-submit's.
                "SPARK_SUBMIT_OPTS", ChildJvms.options()),
            "jobs/submit-standalone.sh", "run", "--input", "data/sample", "--output", out.toString());

    for (String stage : List.of("inputs", "ingest", "topics", "write", "publish")) {
      assertTrue(output.contains("storylines: " + stage + " "), stage + " missing:\n" + output);
    }
    assertTrue(output.contains("records read"), output);
    assertFalse(output.contains(" INFO "), "INFO logging in a quiet run:\n" + output);
    assertTrue(output.lines().count() < 40, "too chatty:\n" + output);
    SameTables.assertSameOutputs(spark, embedded.output(), out);
  }

  /** A Spark distribution's layout: {@code jars/}, {@code RELEASE}, {@code bin/spark-submit}. */
  private static Path sparkHome(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    String classpath =
        Files.readString(Project.path("target/spark-classpath.txt"), StandardCharsets.UTF_8).strip();
    for (String jar : classpath.split(":")) {
      Path path = Path.of(jar);
      Files.createSymbolicLink(jars.resolve(path.getFileName()), path);
    }
    Files.createFile(home.resolve("RELEASE"));
    Path submit = Files.createDirectories(home.resolve("bin")).resolve("spark-submit");
    try (InputStream script = SubmitScriptIT.class.getResourceAsStream("spark-submit")) {
      Files.copy(script, submit);
    }
    Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }
}
