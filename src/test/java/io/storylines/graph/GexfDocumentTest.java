package io.storylines.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** What {@link GexfDocument} writes, read back with the JDK's DOM parser. */
class GexfDocumentTest {

  private static final String NS = GexfDocument.NAMESPACE;

  private static ReadBack sample() throws Exception {
    return ReadBack.parse(
        SampleNetworks.bytes(SampleNetworks.sample(), GraphFormat.GEXF), GraphFormat.GEXF);
  }

  @Test
  void rootIsGexf13() throws Exception {
    Element root = sample().document().getDocumentElement();
    assertEquals(NS, root.getNamespaceURI());
    assertEquals("gexf", root.getLocalName());
    assertEquals("1.3", root.getAttribute("version"));
  }

  @Test
  void graphIsStaticAndUndirected() throws Exception {
    Element graph = ReadBack.elements(sample().document().getDocumentElement(), NS, "graph").get(0);
    assertEquals("undirected", graph.getAttribute("defaultedgetype"));
    assertEquals("static", graph.getAttribute("mode"));
  }

  @Test
  void metaHasCreatorAndDescriptionButNoDate() throws Exception {
    Element meta = ReadBack.elements(sample().document().getDocumentElement(), NS, "meta").get(0);
    assertEquals("", meta.getAttribute("lastmodifieddate"));
    assertEquals("Storylines", ReadBack.elements(meta, NS, "creator").get(0).getTextContent());
    assertEquals(SampleNetworks.DESCRIPTION, sample().graph().get("description"));
  }

  @Test
  void attributesAreDeclaredWithTheirTypes() throws Exception {
    Element root = sample().document().getDocumentElement();
    List<Element> classes = ReadBack.elements(root, NS, "attributes");
    assertEquals("node", classes.get(0).getAttribute("class"));
    assertEquals(List.of("type:string", "n_docs:long"), declarations(classes.get(0)));
    assertEquals("edge", classes.get(1).getAttribute("class"));
    assertEquals(
        List.of(
            "n_docs_pair:long",
            "n_sentences_pair:long",
            "pmi:double",
            "npmi:double",
            "lift:double",
            "backbone_p:double"),
        declarations(classes.get(1)));
  }

  private static List<String> declarations(Element attributes) {
    return ReadBack.elements(attributes, NS, "attribute").stream()
        .map(a -> a.getAttribute("title") + ":" + a.getAttribute("type"))
        .toList();
  }

  @Test
  void nodesHaveLabelTypeAndNDocs() throws Exception {
    assertEquals(
        Map.of("type", "GPE", "n_docs", "40", "label", SampleNetworks.ARABIC_LABEL),
        sample().nodes().get("syria"));
  }

  @Test
  void edgesHaveTheirMeasuresAndNDocsPairAsWeight() throws Exception {
    assertEquals(
        Map.of(
            "n_docs_pair", "12",
            "n_sentences_pair", "30",
            "pmi", "0.8125",
            "npmi", "0.41",
            "lift", "1.76",
            "backbone_p", "0.003",
            "weight", "12",
            "id", "2"),
        sample().edges().get("syria|us"));
  }

  @Test
  void edgeIdsArePositionsInSortedOrder() throws Exception {
    assertEquals(
        List.of("emoji|hostile=0", "syria|tr_interior=1", "syria|us=2"),
        sample().edges().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue().get("id"))
            .toList());
  }

  @Test
  void nodesAndEdgesAreCounted() throws Exception {
    Element root = sample().document().getDocumentElement();
    assertEquals("5", ReadBack.elements(root, NS, "nodes").get(0).getAttribute("count"));
    assertEquals("3", ReadBack.elements(root, NS, "edges").get(0).getAttribute("count"));
  }

  @Test
  void fileLooksAsDocumented() throws Exception {
    EntityNetwork network =
        new EntityNetwork(
            "d",
            List.of(new NetworkNode("a", "A", "GPE", 3), new NetworkNode("b", "B", "ORG", 2)),
            List.of(new NetworkEdge("a", "b", 2, 1, Double.NaN, 0.5, 1.5, 0.25)));
    String expected =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>Storylines</creator>
            <description>d</description>
          </meta>
          <graph defaultedgetype="undirected" mode="static">
            <attributes class="node" mode="static">
              <attribute id="type" title="type" type="string"/>
              <attribute id="n_docs" title="n_docs" type="long"/>
            </attributes>
            <attributes class="edge" mode="static">
              <attribute id="n_docs_pair" title="n_docs_pair" type="long"/>
              <attribute id="n_sentences_pair" title="n_sentences_pair" type="long"/>
              <attribute id="pmi" title="pmi" type="double"/>
              <attribute id="npmi" title="npmi" type="double"/>
              <attribute id="lift" title="lift" type="double"/>
              <attribute id="backbone_p" title="backbone_p" type="double"/>
            </attributes>
            <nodes count="2">
              <node id="a" label="A">
                <attvalues>
                  <attvalue for="type" value="GPE"/>
                  <attvalue for="n_docs" value="3"/>
                </attvalues>
              </node>
              <node id="b" label="B">
                <attvalues>
                  <attvalue for="type" value="ORG"/>
                  <attvalue for="n_docs" value="2"/>
                </attvalues>
              </node>
            </nodes>
            <edges count="1">
              <edge id="0" source="a" target="b" weight="2">
                <attvalues>
                  <attvalue for="n_docs_pair" value="2"/>
                  <attvalue for="n_sentences_pair" value="1"/>
                  <attvalue for="npmi" value="0.5"/>
                  <attvalue for="lift" value="1.5"/>
                  <attvalue for="backbone_p" value="0.25"/>
                </attvalues>
              </edge>
            </edges>
          </graph>
        </gexf>
        """;
    String written =
        new String(SampleNetworks.bytes(network, GraphFormat.GEXF), StandardCharsets.UTF_8);
    assertEquals(expected, written);
    assertTrue(written.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
  }
}
