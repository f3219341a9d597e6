package io.storylines.cli;

import io.storylines.io.NioLocalFileSystem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: the master given by {@code --master}, else the one spark-submit
 * set, else embedded {@code local[*]}. Logging is WARN unless {@code --verbose}; the console
 * progress bar shows when standard output is a terminal.
 *
 * <p>Embedded runs use one machine, so they shuffle into 4 partitions per core (at least 8) rather
 * than Spark's 200, which on a laptop costs more in task overhead than the data costs in work (the
 * co-occurrence stage on data/sample took 43 s with 200 and 14 s with 4). Adaptive execution still
 * coalesces small partitions. A value set by the user ({@code -Dspark.sql.shuffle.partitions} or
 * spark-submit's {@code --conf}) wins, and cluster runs keep their own setting.
 *
 * <p>Every run, embedded or not, sets {@value #DROP_ZERO_ACCUMULATORS} to false, unless the user set
 * it. Spark 4.2's executor heartbeat asks each running task's accumulators whether they are zero.
 * The accumulator of a cached DataFrame being built ({@code PartitionKeyedAccumulator}) can be asked
 * while its task is still deserializing it; it then throws a {@code NullPointerException}, and the
 * executor's heartbeat thread stops for the rest of the application (SPARK-59451, not fixed in
 * 4.2.0). In local mode that printed an ERROR stack trace in a quiet run; on a cluster, the driver
 * removes the silent executor after {@code spark.network.timeout}, with its cached blocks. With the
 * setting false the heartbeat does not ask, and sends the zero-valued accumulators of the running
 * tasks too.
 *
 * <p>Embedded runs also read and write {@code file:} paths through {@link NioLocalFileSystem}
 * ({@value #LOCAL_FILESYSTEM}), unless the user set it: Hadoop's own starts a {@code chmod} process
 * for every file and folder it creates when its native library is absent, as it is in Spark's
 * distribution (about 700 processes in a run of the sample). Cluster runs keep Hadoop's, because
 * their executors load filesystems from their own classpath.
 */
final class SparkSessions {
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  static final String DROP_ZERO_ACCUMULATORS = "spark.executor.heartbeat.dropZeroAccumulatorUpdates";
  static final String LOCAL_FILESYSTEM = "spark.hadoop.fs.file.impl";

  private SparkSessions() {}

  static SparkSession create(String master, boolean verbose) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName("storylines");
    boolean embedded = false;
    if (master != null) {
      builder.master(master);
      embedded = master.startsWith("local");
    } else if (!conf.contains("spark.master")) {
      builder.master("local[*]");
      embedded = true;
    }
    defaults(conf, embedded, Runtime.getRuntime().availableProcessors()).forEach(builder::config);
    builder.config("spark.ui.showConsoleProgress", System.console() != null);
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel(verbose ? "INFO" : "WARN");
    return spark;
  }

  /** The settings the job adds to {@code conf}: none that the user set. */
  static Map<String, String> defaults(SparkConf conf, boolean embedded, int cores) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (embedded && !conf.contains(SHUFFLE_PARTITIONS)) {
      settings.put(SHUFFLE_PARTITIONS, String.valueOf(Math.max(8, 4 * cores)));
    }
    if (embedded && !conf.contains(LOCAL_FILESYSTEM)) {
      settings.put(LOCAL_FILESYSTEM, NioLocalFileSystem.class.getName());
    }
    if (!conf.contains(DROP_ZERO_ACCUMULATORS)) {
      settings.put(DROP_ZERO_ACCUMULATORS, "false");
    }
    return settings;
  }
}
