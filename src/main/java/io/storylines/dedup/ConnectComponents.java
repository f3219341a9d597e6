package io.storylines.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import io.storylines.run.StageCache;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * Spark helper: the connected components of an undirected graph given as edges between string
 * vertices, each component named by its smallest vertex. Input: rows with string columns {@code a}
 * and {@code b}, one per edge, in either direction, repeats allowed. Output: one row per vertex that
 * has an edge, with columns {@code vertex} and {@code component} (the smallest vertex of its
 * component, itself included). Vertices without edges are not in the output.
 *
 * <p>It runs in Spark, never on the driver: minimum-label propagation with pointer jumping. Every
 * vertex starts with the smallest of itself and its neighbours; then each round (1) takes the
 * smallest label among its own and its neighbours', and (2) takes its label's label, which is
 * smaller or equal and in the same component, so a chain of n vertices needs about log₂ n rounds
 * instead of n. Labels only decrease, so the rounds end; they end when a round changes no label.
 * Each round's labels are cached under a one-node plan ({@link StageCache}), so the query plan
 * does not grow with the rounds, and the previous round's cache is dropped. The lineage is kept: a
 * lost block is computed again from the edges (a local checkpoint would fail the run instead).
 */
public final class ConnectComponents {
  public static final String A = "a";
  public static final String B = "b";
  public static final String VERTEX = "vertex";
  public static final String COMPONENT = "component";

  private static final String FROM = "from";
  private static final String TO = "to";
  private static final String PREVIOUS = "previous";
  private static final String LABEL_VERTEX = "label_vertex";
  private static final String LABEL_COMPONENT = "label_component";

  /**
   * The components, and the rounds of propagation it took.
   *
   * @param components one row per vertex with an edge: {@code vertex}, {@code component}; read
   *     from caches that {@link #release()} drops
   * @param cached what {@code components} is read from
   */
  public record Result(Dataset<Row> components, int rounds, List<Dataset<Row>> cached) {
    public Result {
      cached = List.copyOf(cached);
    }

    /** Drops the caches {@code components} is read from; call it once they have been used. */
    public void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  public Result apply(Dataset<Row> edges) {
    Dataset<Row> links =
        edges
            .select(col(A).as(FROM), col(B).as(TO))
            .union(edges.select(col(B).as(FROM), col(A).as(TO)))
            .filter(col(FROM).notEqual(col(TO)))
            .distinct();
    links = StageCache.persist(links, StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> labels =
        links.groupBy(col(FROM).as(VERTEX)).agg(least(col(VERTEX), min(col(TO))).as(COMPONENT));
    Dataset<Row> previousRound = null;
    int rounds = 0;
    while (true) {
      rounds++;
      // (1) The smallest of a vertex's own label and its neighbours' labels; its own is kept as
      // the previous label, to tell whether the round changed anything.
      Dataset<Row> offered =
          links
              .join(labels, links.col(FROM).equalTo(labels.col(VERTEX)))
              .select(col(TO).as(VERTEX), col(COMPONENT), lit(null).cast(DataTypes.StringType).as(PREVIOUS))
              .union(labels.select(col(VERTEX), col(COMPONENT), col(COMPONENT).as(PREVIOUS)));
      Dataset<Row> smallest =
          offered.groupBy(VERTEX).agg(min(COMPONENT).as(COMPONENT), max(PREVIOUS).as(PREVIOUS));
      // (2) Pointer jumping: the label's own label. Every label is a vertex of the graph.
      Dataset<Row> labelOfLabel =
          smallest.select(col(VERTEX).as(LABEL_VERTEX), col(COMPONENT).as(LABEL_COMPONENT));
      Dataset<Row> next =
          StageCache.persist(
              smallest
                  .join(labelOfLabel, smallest.col(COMPONENT).equalTo(labelOfLabel.col(LABEL_VERTEX)))
                  .select(smallest.col(VERTEX), col(LABEL_COMPONENT).as(COMPONENT), col(PREVIOUS)),
              StorageLevel.MEMORY_AND_DISK());
      // The count builds every block of this round's cache, so the previous one can go.
      long changed = next.filter(col(COMPONENT).notEqual(col(PREVIOUS))).count();
      if (previousRound != null) {
        previousRound.unpersist();
      }
      previousRound = next;
      labels = next.select(VERTEX, COMPONENT);
      if (changed == 0) {
        return new Result(labels, rounds, List.of(links, next));
      }
    }
  }
}
