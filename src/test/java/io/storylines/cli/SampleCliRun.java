package io.storylines.cli;

import io.storylines.testing.OncePerRun;
import io.storylines.testing.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One run of {@code jobs/storylines run --master local[2] --input data/sample}, as a user types it,
 * shared by the integration tests that need a published output: its exit code, its standard error
 * and the output folder. A cold run of the job takes a minute or more, so the command-line test, the
 * kill test (its previous tables) and the cluster test (the embedded reference) share one. It runs
 * on {@code local[2]}, two cores like the test cluster, because the topic model depends on the
 * number of partitions it is fitted on. Tests that change an output work on a {@link #copy}.
 */
public final class SampleCliRun extends OncePerRun {
  private final CommandLineIT.Result result;
  private final Path output;

  private SampleCliRun(CommandLineIT.Result result, Path output) {
    this.result = result;
    this.output = output;
  }

  /** For JUnit only. */
  public SampleCliRun() {
    this(null, null);
  }

  /** The run's exit code and what it printed. */
  public CommandLineIT.Result result() {
    return result;
  }

  /** The output folder; read it, do not change it. */
  public Path output() {
    return output;
  }

  /** A copy of the output folder at {@code target}, its table links kept (they are relative). */
  public Path copy(Path target) throws IOException, InterruptedException {
    Processes.run(List.of("cp", "-a", output.toString(), target.toString()));
    return target;
  }

  @Override
  protected SampleCliRun create(ExtensionContext context) {
    return runOnce();
  }

  @Override
  protected Path folder() {
    return output == null ? null : output.getParent();
  }

  private static SampleCliRun runOnce() {
    try {
      Path output = Files.createTempDirectory("storylines-cli-sample-").resolve("out");
      CommandLineIT.Result result =
          CommandLineIT.storylines(
              "run", "--master", "local[2]", "--input", "data/sample", "--output", output.toString());
      return new SampleCliRun(result, output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
