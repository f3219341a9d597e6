package io.storylines.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Writes an {@link EntityNetwork} as GraphML ({@value #NAMESPACE}), read by networkx, igraph,
 * Cytoscape, yEd and Gephi:
 *
 * <pre>{@code
 * <graphml xmlns="http://graphml.graphdrawing.org/xmlns" ...>
 *   <key id="description" for="graph" attr.name="description" attr.type="string"/>
 *   <key id="label" for="node" attr.name="label" attr.type="string"/>   also type, n_docs
 *   <key id="n_docs_pair" for="edge" attr.name="n_docs_pair" attr.type="long"/>   and the others
 *   <graph edgedefault="undirected">
 *     <data key="description">...</data>
 *     <node id="syria"><data key="label">Syria</data><data key="type">GPE</data>...
 *     <edge source="syria" target="us"><data key="n_docs_pair">12</data>...
 * }</pre>
 *
 * <p>A key's id is its attribute name. The graph's description is graph data, which networkx puts
 * in {@code G.graph["description"]}. A node or edge without a value (a NaN measure) has no {@code
 * <data>} element for it: an empty one would read back as an empty string.
 */
final class GraphmlDocument {
  static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
  static final String SCHEMA_LOCATION =
      NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

  private static final NetworkAttribute<EntityNetwork> DESCRIPTION =
      NetworkAttribute.text("description", EntityNetwork::description);
  private static final List<NetworkAttribute<NetworkNode>> NODE_KEYS = nodeKeys();

  private GraphmlDocument() {}

  static void write(EntityNetwork network, IndentedXml xml) throws XMLStreamException {
    xml.root("graphml", NAMESPACE, SCHEMA_LOCATION);
    declare(xml, "graph", List.of(DESCRIPTION));
    declare(xml, "node", NODE_KEYS);
    declare(xml, "edge", NetworkAttribute.EDGE_ATTRIBUTES);

    xml.start("graph").attribute("edgedefault", "undirected");
    data(xml, network, List.of(DESCRIPTION));
    for (NetworkNode node : network.nodes()) {
      xml.start("node").attribute("id", node.id());
      data(xml, node, NODE_KEYS);
      xml.end();
    }
    for (NetworkEdge edge : network.edges()) {
      xml.start("edge").attribute("source", edge.source()).attribute("target", edge.target());
      data(xml, edge, NetworkAttribute.EDGE_ATTRIBUTES);
      xml.end();
    }
    xml.finish();
  }

  /** GraphML has no node label of its own, so the label is the first node key. */
  private static List<NetworkAttribute<NetworkNode>> nodeKeys() {
    List<NetworkAttribute<NetworkNode>> keys = new ArrayList<>();
    keys.add(NetworkAttribute.NODE_LABEL);
    keys.addAll(NetworkAttribute.NODE_ATTRIBUTES);
    return List.copyOf(keys);
  }

  private static <T> void declare(
      IndentedXml xml, String domain, List<NetworkAttribute<T>> attributes)
      throws XMLStreamException {
    for (NetworkAttribute<T> attribute : attributes) {
      xml.empty("key")
          .attribute("id", attribute.name())
          .attribute("for", domain)
          .attribute("attr.name", attribute.name())
          .attribute("attr.type", attribute.type().xmlName());
    }
  }

  /** A {@code <data>} element for each value {@code item} has. */
  private static <T> void data(IndentedXml xml, T item, List<NetworkAttribute<T>> attributes)
      throws XMLStreamException {
    for (NetworkAttribute<T> attribute : attributes) {
      Optional<String> value = attribute.valueOf(item);
      if (value.isPresent()) {
        xml.leaf("data").attribute("key", attribute.name()).text(value.get());
      }
    }
  }
}
