package io.storylines.storyline;

import io.storylines.config.StrictUtf8;
import io.storylines.config.ConfigException;
import io.storylines.config.Fingerprint;
import io.storylines.entities.Gazetteer;
import io.storylines.entities.GazetteerEntity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The storylines a run matches: the bundled ones ({@link #BUNDLED_FILES}, copied by the build from
 * {@code data/storylines/} into the jar), or, when the user gives {@code --storyline} files, those
 * files instead, in the order given. Files are Hadoop paths. Every definition is checked against the
 * run's gazetteer; a file that cannot be read or is wrong, and a storyline id that two files use,
 * are configuration errors that name the file and line, raised before any article is read.
 */
public final class StorylineFiles {

  /** Where the bundled definitions are on the classpath. */
  public static final String BUNDLED_FOLDER = "/io/storylines/storylines/";

  /** The bundled definitions, in the order they run. */
  public static final List<String> BUNDLED_FILES = List.of("syria-us-normalization.json");

  private StorylineFiles() {}

  /**
   * The definitions of {@code files}, or the bundled ones when {@code files} is empty.
   *
   * @throws ConfigException naming the file, line and key of the first problem
   */
  public static List<StorylineDefinition> load(
      Configuration hadoopConf, List<String> files, Gazetteer gazetteer) {
    Set<String> entityIds =
        gazetteer.entities().stream().map(GazetteerEntity::entityId).collect(Collectors.toSet());
    try {
      List<StorylineDefinition> definitions = new ArrayList<>();
      if (files.isEmpty()) {
        for (String name : BUNDLED_FILES) {
          definitions.add(StorylineParser.parse(decode(bundled(name), name), name, entityIds));
        }
      } else {
        for (String file : files) {
          definitions.add(
              StorylineParser.parse(decode(read(hadoopConf, new Path(file)), file), file, entityIds));
        }
      }
      checkUniqueIds(definitions);
      return List.copyOf(definitions);
    } catch (StorylineException e) {
      throw new ConfigException("bad storyline: " + e.getMessage(), e);
    }
  }

  /**
   * The {@link Fingerprint} of each definition file {@link #load} reads, in the order of the
   * definitions it returns: {@code files}, or the bundled ones when {@code files} is empty.
   *
   * @throws ConfigException when a file cannot be read
   */
  public static List<String> fingerprints(Configuration hadoopConf, List<String> files) {
    try {
      List<String> fingerprints = new ArrayList<>();
      if (files.isEmpty()) {
        for (String name : BUNDLED_FILES) {
          fingerprints.add(Fingerprint.sha256(List.of(bundled(name))));
        }
      } else {
        for (String file : files) {
          fingerprints.add(Fingerprint.sha256(List.of(read(hadoopConf, new Path(file)))));
        }
      }
      return List.copyOf(fingerprints);
    } catch (StorylineException e) {
      throw new ConfigException("bad storyline: " + e.getMessage(), e);
    }
  }

  /** The bundled definitions, checked against the bundled gazetteer. */
  public static List<StorylineDefinition> bundled() {
    return load(new Configuration(false), List.of(), Gazetteer.bundled());
  }

  private static void checkUniqueIds(List<StorylineDefinition> definitions) {
    Map<String, String> fileOfId = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (StorylineDefinition definition : definitions) {
      String earlier = fileOfId.putIfAbsent(definition.storylineId(), definition.file());
      if (earlier != null) {
        problems.add(
            "storyline id '" + definition.storylineId() + "' of " + definition.file()
                + " is already the id of " + earlier);
      }
    }
    if (!problems.isEmpty()) {
      throw new StorylineException(problems);
    }
  }

  private static byte[] bundled(String name) {
    try (InputStream in = StorylineFiles.class.getResourceAsStream(BUNDLED_FOLDER + name)) {
      if (in == null) {
        throw new StorylineException(
            "the bundled storyline " + BUNDLED_FOLDER + name + " is not on the classpath", null);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new StorylineException("cannot read the bundled storyline " + name + ": " + e, e);
    }
  }

  private static byte[] read(Configuration hadoopConf, Path path) {
    try {
      FileSystem fs = path.getFileSystem(hadoopConf);
      try (InputStream in = fs.open(path)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new StorylineException("cannot read storyline file " + path + ": " + e.getMessage(), e);
    }
  }

  /** The text of a definition file, strictly UTF-8; a bad byte is reported with its line. */
  static String decode(byte[] bytes, String file) {
    try {
      return StrictUtf8.decode(bytes);
    } catch (StrictUtf8.MalformedException e) {
      throw new StorylineException(List.of("storyline " + file + " is " + e.getMessage()));
    }
  }
}
