package io.storylines.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The checks and the order of {@link EntityNetwork}, {@link NetworkNode} and {@link NetworkEdge}.
 */
class EntityNetworkTest {

  private static NetworkNode node(String id) {
    return new NetworkNode(id, "label of " + id, "GPE", 1);
  }

  private static NetworkEdge edge(String source, String target) {
    return new NetworkEdge(source, target, 1, 1, 0.5, 0.25, 2.0, 0.01);
  }

  private static String error(Runnable construction) {
    return assertThrows(IllegalArgumentException.class, construction::run).getMessage();
  }

  @Test
  void nodesAreSortedById() {
    EntityNetwork network =
        new EntityNetwork("d", List.of(node("us"), node("iran"), node("syria")), List.of());
    assertEquals(
        List.of("iran", "syria", "us"), network.nodes().stream().map(NetworkNode::id).toList());
  }

  @Test
  void edgesAreSortedBySourceThenTarget() {
    EntityNetwork network =
        new EntityNetwork(
            "d",
            List.of(node("a"), node("b"), node("c")),
            List.of(edge("b", "c"), edge("a", "c"), edge("a", "b")));
    assertEquals(
        List.of("a|b", "a|c", "b|c"),
        network.edges().stream().map(e -> e.source() + "|" + e.target()).toList());
  }

  @Test
  void inputOrderDoesNotMatter() {
    EntityNetwork sample = SampleNetworks.sample();
    List<NetworkNode> nodes = new ArrayList<>(sample.nodes());
    List<NetworkEdge> edges = new ArrayList<>(sample.edges());
    Collections.shuffle(nodes, new Random(7));
    Collections.reverse(edges);
    assertEquals(sample, new EntityNetwork(sample.description(), nodes, edges));
  }

  @Test
  void edgeEndpointsAreStoredInOrder() {
    NetworkEdge edge = edge("us", "syria");
    assertEquals("syria", edge.source());
    assertEquals("us", edge.target());
    assertEquals(edge("syria", "us"), edge);
  }

  @Test
  void listsCannotBeChanged() {
    EntityNetwork network = SampleNetworks.sample();
    assertThrows(UnsupportedOperationException.class, () -> network.nodes().clear());
    assertThrows(UnsupportedOperationException.class, () -> network.edges().clear());
  }

  @Test
  void duplicateNodeIdIsNamed() {
    assertEquals(
        "duplicate node id 'syria'",
        error(() -> new EntityNetwork("d", List.of(node("syria"), node("syria")), List.of())));
  }

  @Test
  void edgeEndpointThatIsNotANodeIsNamed() {
    assertEquals(
        "edge (syria, us): 'us' is not a node id",
        error(() -> new EntityNetwork("d", List.of(node("syria")), List.of(edge("syria", "us")))));
    assertEquals(
        "edge (iran, syria): 'iran' is not a node id",
        error(
            () -> new EntityNetwork("d", List.of(node("syria")), List.of(edge("syria", "iran")))));
  }

  @Test
  void reversedEdgeIsADuplicate() {
    String message =
        error(
            () ->
                new EntityNetwork(
                    "d",
                    List.of(node("syria"), node("us")),
                    List.of(edge("syria", "us"), edge("us", "syria"))));
    assertEquals(
        "duplicate edge (syria, us): an undirected pair has one edge, whichever way round it is"
            + " given",
        message);
  }

  @Test
  void edgeFromANodeToItselfIsRejected() {
    assertEquals("edge (us, us) joins a node to itself", error(() -> edge("us", "us")));
  }

  @Test
  void negativeCountsAreRejected() {
    assertEquals(
        "edge (syria, us): counts must be >= 0, were n_docs_pair=-1, n_sentences_pair=0",
        error(() -> new NetworkEdge("us", "syria", -1, 0, 0, 0, 0, 0)));
    assertEquals(
        "node us: n_docs must be >= 0, was -2",
        error(() -> new NetworkNode("us", "US", "GPE", -2)));
  }

  @Test
  void nodeIdMustBeANameToken() {
    assertEquals(
        "bad node id 'a b': an id is one or more ASCII letters, digits, '_', '-', '.' or ':'"
            + " (an XML name token)",
        error(() -> new NetworkNode("a b", "A B", "GPE", 1)));
    error(() -> new NetworkNode("", "empty", "GPE", 1));
  }

  @Test
  void nullsAreRejectedWithTheirName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new NetworkNode("us", null, "GPE", 1));
    assertEquals("label", e.getMessage());
    assertThrows(NullPointerException.class, () -> new EntityNetwork(null, List.of(), List.of()));
  }
}
