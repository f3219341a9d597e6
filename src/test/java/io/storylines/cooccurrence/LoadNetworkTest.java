package io.storylines.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.graph.EntityNetwork;
import io.storylines.graph.NetworkEdge;
import io.storylines.graph.NetworkNode;
import io.storylines.testing.SampleRun;
import io.storylines.testing.SharedSpark;
import java.util.OptionalDouble;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({SharedSpark.class, SampleRun.class})
class LoadNetworkTest {

  private static LoadNetwork.Selection may(Scope scope, OptionalDouble alpha, long minDocs) {
    return new LoadNetwork.Selection("2025-05", scope, "*", "*", alpha, minDocs);
  }

  @Test
  void aPeriodsNetworkIsItsTableRowsWithNamedNodes(SparkSession spark, SampleRun sample) {
    EntityNetwork network =
        new LoadNetwork(spark, sample.output().toString()).load(may(Scope.SENTENCE, OptionalDouble.empty(), 1));
    long rows =
        spark.read().parquet(sample.table("cooccurrence").toString())
            .filter("period = '2025-05' and scope = 'sentence' and lang = '*' and source = '*'")
            .count();
    assertEquals(rows, network.edges().size());
    NetworkEdge edge =
        network.edges().stream()
            .filter(e -> e.source().equals("syria") && e.target().equals("united_states"))
            .findFirst()
            .orElseThrow();
    Row row =
        spark.read().parquet(sample.table("cooccurrence").toString())
            .filter("period = '2025-05' and scope = 'sentence' and lang = '*' and source = '*'"
                + " and entity_a = 'syria' and entity_b = 'united_states'")
            .first();
    assertEquals(row.getAs("n_docs_pair"), (Object) edge.nDocsPair());
    assertEquals((double) row.getAs("npmi"), edge.npmi(), 0.0);
    NetworkNode syria = network.nodes().stream().filter(n -> n.id().equals("syria")).findFirst().orElseThrow();
    assertEquals("Syria", syria.label());
    assertEquals("GPE", syria.type());
    assertEquals(row.getAs("n_docs_a"), (Object) syria.nDocs());
    assertTrue(network.description().contains("2025-05"), network.description());
  }

  @Test
  void theBackboneAndMinimumSupportFiltersKeepFewerEdges(SparkSession spark, SampleRun sample) {
    LoadNetwork load = new LoadNetwork(spark, sample.output().toString());
    EntityNetwork all = load.load(may(Scope.ARTICLE, OptionalDouble.empty(), 1));
    EntityNetwork backbone = load.load(may(Scope.ARTICLE, OptionalDouble.of(0.2), 1));
    EntityNetwork strong = load.load(may(Scope.ARTICLE, OptionalDouble.empty(), 4));
    assertTrue(backbone.edges().size() < all.edges().size(), backbone.edges().size() + " of " + all.edges().size());
    assertTrue(strong.edges().size() < all.edges().size());
    strong.edges().forEach(e -> assertTrue(e.nDocsPair() >= 4, e.toString()));
    backbone.edges().forEach(e -> assertTrue(e.backboneP() < 0.2, e.toString()));
  }

  @Test
  void anUnknownPeriodNamesThePeriodsThereAre(SparkSession spark, SampleRun sample) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LoadNetwork(spark, sample.output().toString())
                .load(new LoadNetwork.Selection("1999-01", Scope.SENTENCE, "*", "*", OptionalDouble.empty(), 1)));
    assertTrue(error.getMessage().contains("2024-12, 2025-01"), error.getMessage());
  }

  @Test
  void anOutputWithoutTheTableIsNamed(SparkSession spark) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new LoadNetwork(spark, "/no/such/output")
                .load(new LoadNetwork.Selection("2025-05", Scope.SENTENCE, "*", "*", OptionalDouble.empty(), 1)));
    assertTrue(error.getMessage().contains("/no/such/output"), error.getMessage());
  }
}
