package io.storylines.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.upper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.testing.SharedSpark;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import scala.jdk.javaapi.CollectionConverters;

@ExtendWith(SharedSpark.class)
class StageCacheTest {
  private static final StructType SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("tokens", DataTypes.createArrayType(DataTypes.StringType, true), true)
          .add("counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), true)
          .add("published_at", DataTypes.TimestampType, true)
          .add("note", DataTypes.StringType, true);

  private static Dataset<Row> articles(SparkSession spark) {
    List<Row> rows =
        List.of(
            RowFactory.create(
                "a1", new String[] {"şam", null, "İstanbul"}, scala(Map.of("x", 2L)),
                Timestamp.valueOf("2025-12-13 08:30:00"), null),
            RowFactory.create("a2", new String[] {}, scala(Map.of()), null, "drop-me"),
            RowFactory.create("a3", null, null, Timestamp.valueOf("2026-01-01 00:00:00"), "kept"));
    // From an RDD, not a local relation, which the optimizer would fold filters and projections into.
    return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, 2), SCHEMA);
  }

  private static scala.collection.Map<String, Long> scala(Map<String, Long> map) {
    return CollectionConverters.asScala(map);
  }

  private static List<String> sorted(Dataset<Row> rows) {
    List<String> out = new ArrayList<>();
    rows.collectAsList().forEach(r -> out.add(r.toString()));
    out.sort(null);
    return out;
  }

  @Test
  void keepsEveryRowAndTheSchema(SparkSession spark) {
    Dataset<Row> input = articles(spark);
    Dataset<Row> cached = StageCache.persist(input, StorageLevel.MEMORY_AND_DISK());
    try {
      assertEquals(SCHEMA, cached.schema());
      assertEquals(sorted(input), sorted(cached));
      assertEquals(StorageLevel.MEMORY_AND_DISK(), cached.storageLevel());
    } finally {
      cached.unpersist();
    }
    assertEquals(StorageLevel.NONE(), cached.storageLevel());
  }

  @Test
  void queriesOnTheCacheDoNotCarryThePlansItWasBuiltFrom(SparkSession spark) {
    Dataset<Row> upstream =
        articles(spark)
            .filter(col("note").isNull().or(col("note").notEqual("drop-me")))
            .withColumn("shout", upper(col("id")))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> plain = upstream.select("id", "shout").persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> cut = StageCache.persist(upstream.select("id", "shout"), StorageLevel.MEMORY_AND_DISK());
    try {
      assertEquals(sorted(plain), sorted(cut));
      String plainPlan = plain.filter(col("id").notEqual("a9")).queryExecution().executedPlan().toString();
      String cutPlan = cut.filter(col("id").notEqual("a9")).queryExecution().executedPlan().toString();
      // A plain cache prints the plan it was built from, and that plan's caches, in every query.
      assertTrue(plainPlan.contains("drop-me") && plainPlan.contains("upper("), plainPlan);
      assertFalse(cutPlan.contains("drop-me") || cutPlan.contains("upper("), cutPlan);
      assertTrue(cutPlan.length() * 2 < plainPlan.length(), cutPlan + "\n---\n" + plainPlan);
    } finally {
      cut.unpersist();
      plain.unpersist();
      upstream.unpersist();
    }
  }

  @Test
  void lostBlocksAreComputedAgainFromTheLineage(SparkSession spark) {
    Dataset<Row> upstream =
        articles(spark).withColumn("shout", upper(col("id"))).persist(StorageLevel.MEMORY_AND_DISK());
    upstream.count();
    Set<Object> before = new HashSet<>(persistentRdds(spark));
    Dataset<Row> cut = StageCache.persist(upstream.select("id", "shout"), StorageLevel.MEMORY_AND_DISK());
    try {
      List<String> expected = sorted(cut);
      // Drop every block of the cache and of what it was built from, as a lost executor would:
      // the rows come back from the lineage (a local checkpoint would fail here instead).
      List<Object> added = new ArrayList<>(persistentRdds(spark));
      added.removeAll(before);
      assertFalse(added.isEmpty(), "the cache is an RDD of its own");
      for (Object id : added) {
        spark.sparkContext().getPersistentRDDs().apply((Integer) id).unpersist(true);
      }
      upstream.unpersist(true);
      assertEquals(expected, sorted(cut));
      assertEquals(Arrays.asList("[a1,A1]", "[a2,A2]", "[a3,A3]"), expected);
    } finally {
      cut.unpersist();
      upstream.unpersist();
    }
  }

  /**
   * What {@link StageCache#persist}'s documentation says of adaptive execution: the shuffles of
   * the plan run when the cache is made, the rest at the first action. (The shared test session
   * runs with adaptive execution off; the job runs with Spark's default, on.)
   */
  @Test
  void withAdaptiveExecutionTheShufflesRunWhenTheCacheIsMade(SparkSession spark) throws Exception {
    AtomicInteger jobs = new AtomicInteger();
    SparkListener counter =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart start) {
            jobs.incrementAndGet();
          }
        };
    String adaptive = spark.conf().get("spark.sql.adaptive.enabled");
    spark.sparkContext().addSparkListener(counter);
    Dataset<Row> cut = null;
    try {
      spark.conf().set("spark.sql.adaptive.enabled", "true");
      Dataset<Row> perKey = articles(spark).groupBy(col("note")).count();
      spark.sparkContext().listenerBus().waitUntilEmpty();
      int before = jobs.get();
      cut = StageCache.persist(perKey, StorageLevel.MEMORY_AND_DISK());
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertEquals(1, jobs.get() - before, "the aggregation's shuffle ran when the cache was made");
      assertEquals(Arrays.asList("[drop-me,1]", "[kept,1]", "[null,1]"), sorted(cut));
    } finally {
      spark.conf().set("spark.sql.adaptive.enabled", adaptive);
      spark.sparkContext().removeSparkListener(counter);
      if (cut != null) {
        cut.unpersist();
      }
    }
  }

  private static List<Object> persistentRdds(SparkSession spark) {
    return new ArrayList<>(CollectionConverters.asJava(spark.sparkContext().getPersistentRDDs().keySet()));
  }
}
