package io.storylines.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** What {@link GraphmlDocument} writes, read back with the JDK's DOM parser. */
class GraphmlDocumentTest {

  private static final String NS = GraphmlDocument.NAMESPACE;

  private static ReadBack sample() throws Exception {
    return ReadBack.parse(
        SampleNetworks.bytes(SampleNetworks.sample(), GraphFormat.GRAPHML), GraphFormat.GRAPHML);
  }

  @Test
  void rootIsGraphml() throws Exception {
    Element root = sample().document().getDocumentElement();
    assertEquals(NS, root.getNamespaceURI());
    assertEquals("graphml", root.getLocalName());
  }

  @Test
  void graphIsUndirected() throws Exception {
    Element graph = ReadBack.elements(sample().document().getDocumentElement(), NS, "graph").get(0);
    assertEquals("undirected", graph.getAttribute("edgedefault"));
  }

  @Test
  void keysAreDeclaredWithTheirDomainAndType() throws Exception {
    assertEquals(
        List.of(
            "graph description string",
            "node label string",
            "node type string",
            "node n_docs long",
            "edge n_docs_pair long",
            "edge n_sentences_pair long",
            "edge pmi double",
            "edge npmi double",
            "edge lift double",
            "edge backbone_p double"),
        ReadBack.elements(sample().document().getDocumentElement(), NS, "key").stream()
            .map(
                k ->
                    k.getAttribute("for")
                        + " "
                        + k.getAttribute("attr.name")
                        + " "
                        + k.getAttribute("attr.type"))
            .toList());
  }

  @Test
  void descriptionIsGraphData() throws Exception {
    assertEquals(Map.of("description", SampleNetworks.DESCRIPTION), sample().graph());
  }

  @Test
  void nodesHaveLabelTypeAndNDocs() throws Exception {
    assertEquals(
        Map.of("label", SampleNetworks.TURKISH_LABEL, "type", "ORG", "n_docs", "3"),
        sample().nodes().get("tr_interior"));
  }

  @Test
  void edgesHaveTheirCountsAndMeasures() throws Exception {
    assertEquals(
        Map.of(
            "n_docs_pair", "12",
            "n_sentences_pair", "30",
            "pmi", "0.8125",
            "npmi", "0.41",
            "lift", "1.76",
            "backbone_p", "0.003"),
        sample().edges().get("syria|us"));
  }

  @Test
  void fileLooksAsDocumented() throws Exception {
    EntityNetwork network =
        new EntityNetwork(
            "d",
            List.of(new NetworkNode("a", "A", "GPE", 3), new NetworkNode("b", "B", "ORG", 2)),
            List.of(new NetworkEdge("b", "a", 2, 1, 0.75, Double.NaN, 1.5, 0.25)));
    String expected =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
        http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="description" for="graph" attr.name="description" attr.type="string"/>
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="type" for="node" attr.name="type" attr.type="string"/>
          <key id="n_docs" for="node" attr.name="n_docs" attr.type="long"/>
          <key id="n_docs_pair" for="edge" attr.name="n_docs_pair" attr.type="long"/>
          <key id="n_sentences_pair" for="edge" attr.name="n_sentences_pair" attr.type="long"/>
          <key id="pmi" for="edge" attr.name="pmi" attr.type="double"/>
          <key id="npmi" for="edge" attr.name="npmi" attr.type="double"/>
          <key id="lift" for="edge" attr.name="lift" attr.type="double"/>
          <key id="backbone_p" for="edge" attr.name="backbone_p" attr.type="double"/>
          <graph edgedefault="undirected">
            <data key="description">d</data>
            <node id="a">
              <data key="label">A</data>
              <data key="type">GPE</data>
              <data key="n_docs">3</data>
            </node>
            <node id="b">
              <data key="label">B</data>
              <data key="type">ORG</data>
              <data key="n_docs">2</data>
            </node>
            <edge source="a" target="b">
              <data key="n_docs_pair">2</data>
              <data key="n_sentences_pair">1</data>
              <data key="pmi">0.75</data>
              <data key="lift">1.5</data>
              <data key="backbone_p">0.25</data>
            </edge>
          </graph>
        </graphml>
        """;
    assertEquals(
        expected,
        new String(SampleNetworks.bytes(network, GraphFormat.GRAPHML), StandardCharsets.UTF_8));
  }
}
