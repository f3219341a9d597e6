package io.storylines.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs external commands from tests (tar, python), failing with their output when they fail. */
public final class Processes {
  private Processes() {}

  public static String run(List<String> command) throws IOException, InterruptedException {
    return run(command, Map.of());
  }

  /**
   * Runs a command with extra environment variables (set only where the environment lacks them),
   * failing with its output when it exits non-zero or runs longer than 15 minutes.
   */
  public static String run(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
    environment.forEach(builder.environment()::putIfAbsent);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "exit " + process.exitValue() + " from " + command + ":\n" + output);
    }
    return output;
  }
}
