package io.storylines.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scala.jdk.javaapi.CollectionConverters;

@ExtendWith(SharedSpark.class)
class ConnectComponentsTest {
  private static final StructType EDGES =
      new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);

  private static ConnectComponents.Result run(SparkSession spark, List<String[]> edges) {
    List<Row> rows = new ArrayList<>();
    edges.forEach(e -> rows.add(RowFactory.create(e[0], e[1])));
    return new ConnectComponents().apply(spark.createDataFrame(rows, EDGES));
  }

  private static Map<String, String> components(ConnectComponents.Result result) {
    Map<String, String> out = new TreeMap<>();
    result.components().collectAsList().forEach(r -> out.put(r.getString(0), r.getString(1)));
    return out;
  }

  @Test
  void eachComponentIsNamedByItsSmallestVertex(SparkSession spark) {
    Map<String, String> c =
        components(run(spark, List.of(new String[] {"d", "b"}, new String[] {"b", "c"}, new String[] {"x", "y"})));
    assertEquals(Map.of("b", "b", "c", "b", "d", "b", "x", "x", "y", "x"), c);
  }

  @Test
  void edgesInEitherDirectionAndRepeatsAreOneEdge(SparkSession spark) {
    Map<String, String> c =
        components(run(spark, List.of(new String[] {"b", "a"}, new String[] {"a", "b"}, new String[] {"a", "b"})));
    assertEquals(Map.of("a", "a", "b", "a"), c);
  }

  @Test
  void aLongChainNeedsFarFewerRoundsThanItsLength(SparkSession spark) {
    // Worst order for plain propagation: the smallest vertex at one end, 64 hops away.
    List<String[]> chain = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      chain.add(new String[] {String.format("v%03d", i + 1), String.format("v%03d", i)});
    }
    ConnectComponents.Result result = run(spark, chain);
    Map<String, String> c = components(result);
    assertEquals(65, c.size());
    assertTrue(c.values().stream().allMatch("v000"::equals), c.toString());
    assertTrue(result.rounds() <= 10, "rounds " + result.rounds());
  }

  @Test
  void noEdgesNoVertices(SparkSession spark) {
    assertEquals(Map.of(), components(run(spark, List.of())));
  }

  @Test
  void lostCachesAreComputedAgainFromTheEdges(SparkSession spark) {
    List<Integer> before = persistentRdds(spark);
    ConnectComponents.Result result =
        run(spark, List.of(new String[] {"d", "c"}, new String[] {"c", "b"}, new String[] {"b", "a"}, new String[] {"y", "x"}));
    try {
      List<Integer> added = persistentRdds(spark);
      added.removeAll(before);
      assertFalse(added.isEmpty(), "the rounds are cached");
      // Drop every block, as a lost executor would: the labels come back from the lineage (with
      // local checkpoints this read fails).
      added.forEach(id -> spark.sparkContext().getPersistentRDDs().apply(id).unpersist(true));
      assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "x", "x", "y", "x"), components(result));
    } finally {
      result.release();
    }
  }

  @Test
  void releaseDropsEveryCacheTheRoundsMade(SparkSession spark) {
    List<Integer> before = persistentRdds(spark);
    ConnectComponents.Result result =
        run(spark, List.of(new String[] {"d", "c"}, new String[] {"c", "b"}, new String[] {"b", "a"}));
    assertEquals(4, components(result).size());
    result.release();
    assertEquals(before, persistentRdds(spark));
  }

  private static List<Integer> persistentRdds(SparkSession spark) {
    List<Integer> ids = new ArrayList<>();
    CollectionConverters.asJava(spark.sparkContext().getPersistentRDDs().keySet())
        .forEach(id -> ids.add((Integer) id));
    ids.sort(null);
    return ids;
  }
}
