package io.storylines.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A Python virtual environment with the packages of {@code notebooks/requirements.txt}, made on
 * first use under {@code ~/.cache/storylines/} (keyed by a hash of the requirements, so a changed
 * file makes a new one). Tests that run Python use it. Without {@code python3} such tests are
 * skipped on a developer's machine but fail in CI (environment variable {@code CI} set), where
 * .ci/run installs Python.
 */
public final class PythonEnv {
  private PythonEnv() {}

  /** The venv's python executable, creating the venv if needed. */
  public static synchronized Path python() throws IOException, InterruptedException {
    Path requirements = Project.path("notebooks/requirements.txt");
    String key = hash(Files.readString(requirements)).substring(0, 12);
    Path venv = Path.of(System.getProperty("user.home"), ".cache", "storylines", "venv-" + key);
    Path python = venv.resolve("bin/python");
    Path ready = venv.resolve(".storylines-ready");
    if (Files.exists(ready)) {
      return python;
    }
    if (!commandWorks("python3", "--version")) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException("python3 is required in CI (.ci/run installs it)");
      }
      Assumptions.abort("python3 is not installed; skipping the Python readers check");
    }
    run(List.of("python3", "-m", "venv", venv.toString()));
    run(List.of(python.toString(), "-m", "pip", "install", "--quiet", "-r", requirements.toString()));
    Files.writeString(ready, "ok\n");
    return python;
  }

  /** Runs a command with pip kept from retrying an unreachable index; returns its output. */
  public static String run(List<String> command) throws IOException, InterruptedException {
    return Processes.run(command, java.util.Map.of("PIP_RETRIES", "0", "PIP_TIMEOUT", "2"));
  }

  private static boolean commandWorks(String... command) {
    try {
      return new ProcessBuilder(command).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
