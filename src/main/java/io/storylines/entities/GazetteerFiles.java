package io.storylines.entities;

import io.storylines.config.ConfigException;
import io.storylines.config.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The gazetteer a run uses: the bundled one, with the user's {@code --gazetteer} files merged over
 * it by entity_id, in the order given. Files are Hadoop paths. A file that cannot be read or is
 * wrong is a configuration error that names the file and line, raised before any data is read.
 */
public final class GazetteerFiles {
  private GazetteerFiles() {}

  public static Gazetteer load(Configuration hadoopConf, List<String> files) {
    Gazetteer gazetteer;
    try {
      gazetteer = Gazetteer.bundled();
      for (String file : files) {
        Path path = new Path(file);
        FileSystem fs = path.getFileSystem(hadoopConf);
        try (Reader in = new InputStreamReader(fs.open(path), StandardCharsets.UTF_8)) {
          gazetteer = gazetteer.merge(Gazetteer.parse(in, file));
        }
      }
    } catch (GazetteerException e) {
      throw new ConfigException("bad gazetteer: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ConfigException("cannot read gazetteer: " + e.getMessage(), e);
    }
    return gazetteer;
  }

  /**
   * The {@link Fingerprint} of the files {@link #load} merges: the bundled gazetteer, then each of
   * {@code files} in order. Two runs with the same fingerprint found the same entities.
   *
   * @throws ConfigException when a file cannot be read
   */
  public static String fingerprint(Configuration hadoopConf, List<String> files) {
    List<byte[]> parts = new ArrayList<>();
    try {
      parts.add(Gazetteer.bundledBytes());
      for (String file : files) {
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(hadoopConf).open(path)) {
          parts.add(in.readAllBytes());
        }
      }
    } catch (GazetteerException e) {
      throw new ConfigException("bad gazetteer: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ConfigException("cannot read gazetteer: " + e.getMessage(), e);
    }
    return Fingerprint.sha256(parts);
  }
}
