package io.storylines.cli;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** The options every command that starts Spark shares ({@code @Mixin}): the master and logging. */
final class SparkOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: the one spark-submit gives, else local[*], embedded).")
  String master;

  @Option(names = "--verbose", description = "Log Spark's INFO messages and print stack traces.")
  boolean verbose;

  /** The session these options ask for ({@link SparkSessions#create}). */
  SparkSession session() {
    return SparkSessions.create(master, verbose);
  }
}
