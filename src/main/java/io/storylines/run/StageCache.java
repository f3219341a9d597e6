package io.storylines.run;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Caches rows that later queries read under a one-node query plan.
 *
 * <p>A Dataset cached with {@link Dataset#persist(StorageLevel)} keeps its whole plan, and the plan
 * of every cache it was built from. Spark prints all of it, once per use, in the plan description
 * of each query that reads it: one for the SQL execution's start and one for every change adaptive
 * execution makes. It also analyses and compares all of it when it looks for cached data. With one
 * cached output per stage, the plans grew with every stage: on {@code data/sample} a query of the
 * dedup stage was 2.7 MB of plan text, a timelines query 1.3 MB. Half of the driver's samples in a
 * profile of that run were building these strings.
 *
 * <p>Here the rows are cached as a DataFrame over their RDD, whose plan is a single scan. The RDD
 * keeps the lineage, so a lost block is computed again, as with a plain cache; {@link
 * Dataset#localCheckpoint()} would cut the plan too, but a run whose executor is lost would fail.
 * Queries on the cache still read only the columns they use. The cost is one conversion of each
 * row to a {@link Row} and back, when the cache is built. {@link Dataset#unpersist()} on the result
 * releases the cache.
 */
public final class StageCache {
  private StageCache() {}

  /**
   * {@code rows} cached at {@code level} under a one-node plan. The cache is filled by the first
   * action on the result. With adaptive query execution on (Spark's default, and the job's), the
   * shuffles in {@code rows}' plan run here already: taking a Dataset's RDD plans its query
   * adaptively, and that runs its shuffle stages (for one aggregation, one Spark job; see {@code
   * StageCacheTest}). The cache is then filled from their output.
   */
  public static Dataset<Row> persist(Dataset<Row> rows, StorageLevel level) {
    return rows.sparkSession().createDataFrame(rows.javaRDD(), rows.schema()).persist(level);
  }
}
