package io.storylines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storylines.io.NioLocalFileSystem;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  private static SparkConf empty() {
    return new SparkConf(false);
  }

  @Test
  void embeddedRunsShuffleIntoFourPartitionsPerCoreSetPermissionsInJavaAndTheHeartbeatDoesNotAskForZeros() {
    assertEquals(
        Map.of(
            "spark.sql.shuffle.partitions", "8",
            SparkSessions.LOCAL_FILESYSTEM, NioLocalFileSystem.class.getName(),
            SparkSessions.DROP_ZERO_ACCUMULATORS, "false"),
        SparkSessions.defaults(empty(), true, 2));
    assertEquals("48", SparkSessions.defaults(empty(), true, 12).get("spark.sql.shuffle.partitions"));
  }

  @Test
  void clusterRunsKeepTheirShufflePartitions() {
    assertEquals(
        Map.of(SparkSessions.DROP_ZERO_ACCUMULATORS, "false"),
        SparkSessions.defaults(empty(), false, 2));
  }

  @Test
  void aSettingTheUserGaveWins() {
    SparkConf conf =
        empty()
            .set("spark.sql.shuffle.partitions", "3")
            .set(SparkSessions.LOCAL_FILESYSTEM, "org.apache.hadoop.fs.LocalFileSystem")
            .set(SparkSessions.DROP_ZERO_ACCUMULATORS, "true");
    assertEquals(Map.of(), SparkSessions.defaults(conf, true, 2));
  }
}
