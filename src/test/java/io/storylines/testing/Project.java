package io.storylines.testing;

import java.nio.file.Path;

/** Paths inside the project checkout, from the {@code storylines.basedir} property Maven sets. */
public final class Project {
  private Project() {}

  public static Path root() {
    return Path.of(System.getProperty("storylines.basedir", ".")).toAbsolutePath().normalize();
  }

  public static Path path(String relative) {
    return root().resolve(relative);
  }
}
