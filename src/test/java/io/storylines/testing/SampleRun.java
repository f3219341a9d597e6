package io.storylines.testing;

import io.storylines.StorylinesJob;
import io.storylines.config.StorylinesConfig;
import io.storylines.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One run of the whole job on {@code data/sample}, shared by the tests that check its tables: the
 * output folder and the {@link RunResult}. Resolved as a test parameter; the run happens once per
 * test JVM, on the shared Spark session.
 */
public final class SampleRun extends OncePerRun {
  private final Path output;
  private final RunResult result;

  private SampleRun(Path output, RunResult result) {
    this.output = output;
    this.result = result;
  }

  public Path output() {
    return output;
  }

  public RunResult result() {
    return result;
  }

  public Path table(String name) {
    return output.resolve(name);
  }

  /** For JUnit only. */
  public SampleRun() {
    this(null, null);
  }

  @Override
  protected SampleRun create(ExtensionContext context) {
    return runOnce(SharedSpark.session(context));
  }

  @Override
  protected Path folder() {
    return output;
  }

  private static SampleRun runOnce(SparkSession spark) {
    try {
      Path output = Files.createTempDirectory("storylines-sample-");
      StorylinesConfig config =
          StorylinesConfig.builder()
              .input(Project.path("data/sample").toString())
              .output(output.toString())
              .build();
      return new SampleRun(output, StorylinesJob.run(spark, config));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
