package io.storylines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;

/** The versions a run records in its manifest: Storylines (from the build), Spark, Scala and Java. */
public final class Versions {
  private Versions() {}

  public static String storylines() {
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("io/storylines/version.properties is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/storylines/version.properties", e);
    }
  }

  public static Map<String, String> of(SparkSession spark) {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("storylines", storylines());
    versions.put("spark", spark.version());
    versions.put("scala", scala.util.Properties.versionNumberString());
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }
}
