package io.storylines.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One period's co-occurrence network: what {@link NetworkWriter} writes to a file.
 *
 * <p>{@code description} says what the network is, for a person opening the file (for example
 * {@code "co-occurrence, period 2025-05, scope sentence, lang *, source *"}). There is no creation
 * time: the same network always gives the same bytes, so reruns and tests can compare files.
 *
 * <p>The constructor checks that node ids are unique, that every edge endpoint is a node id and
 * that no pair of nodes has two edges; it keeps the nodes sorted by id and the edges by (source,
 * target), comparing ids with {@link String#compareTo}, so the order of the input does not matter.
 */
public record EntityNetwork(String description, List<NetworkNode> nodes, List<NetworkEdge> edges) {

  private static final Comparator<NetworkNode> BY_ID = Comparator.comparing(NetworkNode::id);
  private static final Comparator<NetworkEdge> BY_ENDPOINTS =
      Comparator.comparing(NetworkEdge::source).thenComparing(NetworkEdge::target);

  /**
   * @throws IllegalArgumentException on a duplicate node id, an edge endpoint that is not a node
   *     id, or a second edge between the same two nodes; the message names the id or the edge
   */
  public EntityNetwork {
    Objects.requireNonNull(description, "description");
    nodes = sorted(nodes, BY_ID, "nodes");
    edges = sorted(edges, BY_ENDPOINTS, "edges");
    Set<String> ids = new HashSet<>();
    for (NetworkNode node : nodes) {
      if (!ids.add(node.id())) {
        throw new IllegalArgumentException("duplicate node id '" + node.id() + "'");
      }
    }
    NetworkEdge previous = null;
    for (NetworkEdge edge : edges) {
      for (String endpoint : List.of(edge.source(), edge.target())) {
        if (!ids.contains(endpoint)) {
          throw new IllegalArgumentException(
              "edge ("
                  + edge.source()
                  + ", "
                  + edge.target()
                  + "): '"
                  + endpoint
                  + "' is not a node id");
        }
      }
      // Sorted, so a second edge between the same nodes is next to the first.
      if (previous != null && BY_ENDPOINTS.compare(previous, edge) == 0) {
        throw new IllegalArgumentException(
            "duplicate edge ("
                + edge.source()
                + ", "
                + edge.target()
                + "): an undirected pair has one edge, whichever way round it is given");
      }
      previous = edge;
    }
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order, String name) {
    Objects.requireNonNull(items, name);
    List<T> copy = new ArrayList<>(items.size());
    for (T item : items) {
      copy.add(Objects.requireNonNull(item, () -> "null in " + name));
    }
    copy.sort(order);
    return List.copyOf(copy);
  }
}
