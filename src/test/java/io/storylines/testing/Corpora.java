package io.storylines.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real public corpora in {@code ../shared/corpora}. Tests that need them skip themselves when the
 * folder is absent (a fresh clone has none); the path comes from the {@code storylines.corpora}
 * system property that Maven sets.
 */
public final class Corpora {
  private Corpora() {}

  public static Path root() {
    String configured = System.getProperty("storylines.corpora", "../shared/corpora");
    return Path.of(configured).toAbsolutePath().normalize();
  }

  /** The path of one corpus file, or a skipped test when it is not there. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    Assumptions.assumeTrue(Files.exists(path), "corpus not available: " + path);
    return path;
  }
}
