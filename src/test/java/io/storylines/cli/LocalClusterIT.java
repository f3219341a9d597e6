package io.storylines.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.SameTables;
import io.storylines.testing.Scripts;
import io.storylines.testing.SharedSpark;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Spark standalone cluster ({@code jobs/local-cluster.sh run}: a Master and two
 * one-core Workers on loopback, whose executors see only Spark's jars and the thin jar) publishes
 * the tables of an embedded run on the same input, row for row. The embedded run is the one the
 * integration tests share ({@link SampleCliRun}).
 *
 * <p>The embedded run uses {@code local[2]}, two cores like the cluster, because the topic model
 * depends on the number of partitions it is fitted on (one per core: the online optimizer samples
 * its mini-batches partition by partition). Everything else is left to each mode's defaults:
 * shuffle partitions (4 per core of the cluster, 4 per core of this machine embedded), the order in
 * which shuffle blocks and task results arrive, and so the order in which sums are added.
 * Doubles therefore match within {@link SameTables#TOLERANCE}; every other value, including each article's
 * top topic and each topic's top terms, matches exactly.
 */
@ExtendWith({SharedSpark.class, SampleCliRun.class})
class LocalClusterIT {
  @TempDir Path temp;

  @Test
  void clusterRunPublishesTheTablesOfAnEmbeddedRun(SparkSession spark, SampleCliRun embedded)
      throws Exception {
    assumeLoopback();
    assertEquals(0, embedded.result().exitCode(), embedded.result().stderr());
    Path clusterState = temp.resolve("cluster-state");
    Path clusterOut = temp.resolve("cluster");
    Path localOut = embedded.output();
    try {
      Scripts.run(
          Map.of("STORYLINES_CLUSTER_DIR", clusterState.toString()),
          "jobs/local-cluster.sh", "run", "--input", "data/sample", "--output", clusterOut.toString());
    } finally {
      // A run that timed out was killed with its trap: stop what it may have left.
      Scripts.run(
          Map.of("STORYLINES_CLUSTER_DIR", clusterState.toString()), "jobs/local-cluster.sh", "down");
    }
    assertTrue(
        Files.list(clusterState.resolve("work")).findAny().isPresent(),
        "the Workers ran executors");

    SameTables.assertSameOutputs(spark, localOut, clusterOut);
  }

  private static void assumeLoopback() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      socket.getLocalPort();
    } catch (IOException e) {
      String reason = "no loopback networking (cannot listen on 127.0.0.1: " + e + "); skipping the cluster run";
      System.err.println(reason);
      Assumptions.abort(reason);
    }
  }
}
