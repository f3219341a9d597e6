package io.storylines.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Writes an {@link EntityNetwork} as GEXF 1.3 ({@value #NAMESPACE}), the format Gephi opens
 * natively:
 *
 * <pre>{@code
 * <gexf xmlns="http://gexf.net/1.3" ... version="1.3">
 *   <meta><creator>Storylines</creator><description>...</description></meta>
 *   <graph defaultedgetype="undirected" mode="static">
 *     <attributes class="node" mode="static"> type (string), n_docs (long)
 *     <attributes class="edge" mode="static"> n_docs_pair, n_sentences_pair (long),
 *                                             pmi, npmi, lift, backbone_p (double)
 *     <nodes count="2">
 *       <node id="syria" label="Syria"><attvalues><attvalue for="type" value="GPE"/>...
 *     <edges count="1">
 *       <edge id="0" source="syria" target="us" weight="12"><attvalues>...
 * }</pre>
 *
 * <p>An attribute's id is its name. Edge ids are the edges' positions in the (sorted) edge list.
 * The edge {@code weight}, which Gephi uses for layouts and weighted degree, is {@code
 * n_docs_pair}: a positive count, defined for every edge, unlike npmi, which can be negative or
 * undefined. {@code <meta>} has no {@code lastmodifieddate}, so that the same network gives the
 * same bytes.
 */
final class GexfDocument {
  static final String NAMESPACE = "http://gexf.net/1.3";
  static final String SCHEMA_LOCATION = NAMESPACE + " http://gexf.net/1.3/gexf.xsd";
  static final String CREATOR = "Storylines";

  private GexfDocument() {}

  static void write(EntityNetwork network, IndentedXml xml) throws XMLStreamException {
    xml.root("gexf", NAMESPACE, SCHEMA_LOCATION).attribute("version", "1.3");
    xml.start("meta");
    xml.leaf("creator").text(CREATOR);
    xml.leaf("description").text(network.description());
    xml.end();
    xml.start("graph").attribute("defaultedgetype", "undirected").attribute("mode", "static");
    declare(xml, "node", NetworkAttribute.NODE_ATTRIBUTES);
    declare(xml, "edge", NetworkAttribute.EDGE_ATTRIBUTES);

    xml.start("nodes").attribute("count", Integer.toString(network.nodes().size()));
    for (NetworkNode node : network.nodes()) {
      xml.start("node").attribute("id", node.id()).attribute("label", node.label());
      values(xml, node, NetworkAttribute.NODE_ATTRIBUTES);
      xml.end();
    }
    xml.end();

    List<NetworkEdge> edges = network.edges();
    xml.start("edges").attribute("count", Integer.toString(edges.size()));
    for (int i = 0; i < edges.size(); i++) {
      NetworkEdge edge = edges.get(i);
      xml.start("edge")
          .attribute("id", Integer.toString(i))
          .attribute("source", edge.source())
          .attribute("target", edge.target())
          .attribute("weight", Long.toString(edge.nDocsPair()));
      values(xml, edge, NetworkAttribute.EDGE_ATTRIBUTES);
      xml.end();
    }
    xml.end();
    xml.finish();
  }

  private static <T> void declare(
      IndentedXml xml, String elementClass, List<NetworkAttribute<T>> attributes)
      throws XMLStreamException {
    xml.start("attributes").attribute("class", elementClass).attribute("mode", "static");
    for (NetworkAttribute<T> attribute : attributes) {
      xml.empty("attribute")
          .attribute("id", attribute.name())
          .attribute("title", attribute.name())
          .attribute("type", attribute.type().xmlName());
    }
    xml.end();
  }

  /** {@code <attvalues>} with the values {@code item} has; none at all if it has none. */
  private static <T> void values(IndentedXml xml, T item, List<NetworkAttribute<T>> attributes)
      throws XMLStreamException {
    Map<String, String> present = new LinkedHashMap<>();
    for (NetworkAttribute<T> attribute : attributes) {
      attribute.valueOf(item).ifPresent(value -> present.put(attribute.name(), value));
    }
    if (present.isEmpty()) {
      return;
    }
    xml.start("attvalues");
    for (Map.Entry<String, String> value : present.entrySet()) {
      xml.empty("attvalue").attribute("for", value.getKey()).attribute("value", value.getValue());
    }
    xml.end();
  }
}
