package io.storylines.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, for the tests that open the HTML report as a reader would. Without it
 * such tests are skipped on a developer's machine but fail in CI (environment variable {@code CI}
 * set), where .ci/run installs the {@code chromium} package.
 *
 * <p>Each run gets a new profile folder and the flags that keep Chromium from talking to the
 * network on its own (no background networking, component updates, sync or QUIC), and every host
 * name resolves to nothing, so the page gets no network even if it asked.
 */
public final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser");

  private Chromium() {}

  /** The executable, or a skipped test (a failed one in CI) when none is installed. */
  public static Path executable() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : NAMES) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    if (System.getenv("CI") != null) {
      throw new IllegalStateException("chromium is required in CI (.ci/run installs it)");
    }
    Assumptions.abort("chromium is not installed; skipping the headless browser check");
    throw new IllegalStateException("unreachable");
  }

  /** The command line that runs headless Chromium with {@code arguments} on {@code page}. */
  public static List<String> command(Path profile, Path page, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable().toString());
    command.addAll(
        List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile));
    command.addAll(List.of(arguments));
    command.add(page.toUri().toString());
    return command;
  }
}
