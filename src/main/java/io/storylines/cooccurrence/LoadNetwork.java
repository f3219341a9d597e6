package io.storylines.cooccurrence;

import static org.apache.spark.sql.functions.col;

import io.storylines.graph.EntityNetwork;
import io.storylines.graph.NetworkEdge;
import io.storylines.graph.NetworkNode;
import io.storylines.io.CooccurrenceTable;
import io.storylines.io.EntitiesTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads one network from published tables: the {@code cooccurrence} rows of one period, window
 * and slice, with node names and types from {@code entities}. Only that period's partition is
 * read, and only its edges (at most one per pair of gazetteer entities) reach the driver.
 */
public final class LoadNetwork {
  /**
   * What to read: a period, a window, a slice, and two edge filters.
   *
   * @param backboneAlpha keep the edges with {@code backbone_p} below it, when present
   * @param minPairDocs keep the edges with at least this {@code n_docs_pair}
   */
  public record Selection(
      String period, Scope scope, String lang, String source, OptionalDouble backboneAlpha, long minPairDocs) {
    public String describe() {
      return "co-occurrence, period " + period + ", scope " + scope.code() + ", lang " + lang
          + ", source " + source
          + (backboneAlpha.isPresent() ? ", backbone_p < " + backboneAlpha.getAsDouble() : "")
          + (minPairDocs > 1 ? ", n_docs_pair >= " + minPairDocs : "");
    }
  }

  private final SparkSession spark;
  private final Path output;

  public LoadNetwork(SparkSession spark, String output) {
    this.spark = spark;
    this.output = new Path(output);
  }

  /**
   * @throws IllegalArgumentException when the output has no co-occurrence table, or not the
   *     period (the message lists the periods there are)
   */
  public EntityNetwork load(Selection selection) {
    Path table = new Path(output, CooccurrenceTable.NAME);
    List<String> periods = periods(table);
    if (!periods.contains(selection.period())) {
      throw new IllegalArgumentException(
          "no period '" + selection.period() + "' in " + table + "; periods: " + String.join(", ", periods));
    }
    List<Row> rows =
        spark.read()
            .parquet(new Path(table, "period=" + selection.period()).toString())
            .filter(
                col("scope").equalTo(selection.scope().code())
                    .and(col("lang").equalTo(selection.lang()))
                    .and(col("source").equalTo(selection.source()))
                    .and(col("backbone_p").lt(selection.backboneAlpha().orElse(Double.POSITIVE_INFINITY)))
                    .and(col("n_docs_pair").geq(selection.minPairDocs())))
            .select("entity_a", "entity_b", "n_docs_pair", "n_sentences_pair", "n_docs_a", "n_docs_b",
                "pmi", "npmi", "lift", "backbone_p")
            .collectAsList();
    Map<String, Long> nodeDocs = new TreeMap<>();
    List<NetworkEdge> edges = new ArrayList<>();
    for (Row r : rows) {
      nodeDocs.put(r.getString(0), r.getLong(4));
      nodeDocs.put(r.getString(1), r.getLong(5));
      edges.add(
          new NetworkEdge(
              r.getString(0), r.getString(1), r.getLong(2), r.getLong(3),
              r.getDouble(6), r.getDouble(7), r.getDouble(8), r.getDouble(9)));
    }
    Map<String, String[]> entities = entities(nodeDocs.keySet());
    List<NetworkNode> nodes = new ArrayList<>();
    nodeDocs.forEach(
        (id, docs) -> {
          String[] entity = entities.getOrDefault(id, new String[] {id, ""});
          nodes.add(new NetworkNode(id, entity[0], entity[1], docs));
        });
    return new EntityNetwork(selection.describe(), nodes, edges);
  }

  private Map<String, String[]> entities(Set<String> ids) {
    Map<String, String[]> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Row r :
        spark.read()
            .parquet(new Path(output, EntitiesTable.NAME).toString())
            .filter(col("entity_id").isin(ids.toArray()))
            .select("entity_id", "name", "type")
            .collectAsList()) {
      out.put(r.getString(0), new String[] {r.getString(1), r.getString(2)});
    }
    return out;
  }

  /** The period partitions of the table, sorted. */
  private List<String> periods(Path table) {
    try {
      FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(table)) {
        throw new IllegalArgumentException(
            "no " + CooccurrenceTable.NAME + " table in " + output
                + ": give the --output folder of a 'storylines run'");
      }
      TreeSet<String> periods = new TreeSet<>();
      for (FileStatus status : fs.listStatus(table)) {
        String name = status.getPath().getName();
        if (status.isDirectory() && name.startsWith("period=")) {
          periods.add(name.substring("period=".length()));
        }
      }
      return List.copyOf(periods);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + table, e);
    }
  }
}
