package io.storylines.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's scripts ({@code jobs/...}) from its root, as a user does, with the child JVM
 * options of {@link ChildJvms}.
 */
public final class Scripts {
  private Scripts() {}

  /**
   * Runs {@code script} with extra environment variables and returns what it printed (standard
   * output and error together), failing with that output when it exits non-zero or runs over 15
   * minutes. The time it took goes to standard error.
   */
  public static String run(Map<String, String> environment, String script, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Project.path(script).toString());
    command.addAll(List.of(args));
    Path log = Files.createTempFile("storylines-script", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(Project.root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    ChildJvms.addTo(builder.environment());
    long start = System.nanoTime();
    Process process = builder.start();
    boolean finished = process.waitFor(15, TimeUnit.MINUTES);
    if (!finished) {
      process.destroy();
      process.waitFor(1, TimeUnit.MINUTES);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    System.err.printf("%s: %.0f s%n", String.join(" ", command), (System.nanoTime() - start) / 1e9);
    if (!finished || process.exitValue() != 0) {
      fail((finished ? "exit " + process.exitValue() : "timed out") + ": " + command + "\n" + output);
    }
    return output;
  }
}
