package io.storylines.graph;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A written network parsed back with the JDK's DOM parser into the same shape for both formats:
 * node id to its values by attribute name, "source|target" to the edge's values, in file order.
 * GEXF's own {@code label} and {@code weight} are values too. Parsing is strict: a file that is not
 * well-formed XML fails the test.
 */
record ReadBack(
    Document document,
    Map<String, String> graph,
    Map<String, Map<String, String>> nodes,
    Map<String, Map<String, String>> edges) {

  static ReadBack parse(byte[] file, GraphFormat format) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    return switch (format) {
      case GEXF -> gexf(document);
      case GRAPHML -> graphml(document);
    };
  }

  private static ReadBack gexf(Document document) {
    String ns = GexfDocument.NAMESPACE;
    Map<String, String> titles = new HashMap<>();
    for (Element attribute : elements(document.getDocumentElement(), ns, "attribute")) {
      titles.put(attribute.getAttribute("id"), attribute.getAttribute("title"));
    }
    Map<String, String> graph = new LinkedHashMap<>();
    graph.put("description", text(document.getDocumentElement(), ns, "description"));
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    for (Element node : elements(document.getDocumentElement(), ns, "node")) {
      Map<String, String> values = attValues(node, ns, titles);
      values.put("label", node.getAttribute("label"));
      nodes.put(node.getAttribute("id"), values);
    }
    Map<String, Map<String, String>> edges = new LinkedHashMap<>();
    for (Element edge : elements(document.getDocumentElement(), ns, "edge")) {
      Map<String, String> values = attValues(edge, ns, titles);
      values.put("weight", edge.getAttribute("weight"));
      values.put("id", edge.getAttribute("id"));
      edges.put(edge.getAttribute("source") + "|" + edge.getAttribute("target"), values);
    }
    return new ReadBack(document, graph, nodes, edges);
  }

  private static ReadBack graphml(Document document) {
    String ns = GraphmlDocument.NAMESPACE;
    Map<String, String> names = new HashMap<>();
    for (Element key : elements(document.getDocumentElement(), ns, "key")) {
      names.put(key.getAttribute("id"), key.getAttribute("attr.name"));
    }
    Element graphElement = (Element) document.getElementsByTagNameNS(ns, "graph").item(0);
    Map<String, String> graph = new LinkedHashMap<>();
    for (Element data : elements(graphElement, ns, "data")) {
      if (data.getParentNode() == graphElement) {
        graph.put(names.get(data.getAttribute("key")), data.getTextContent());
      }
    }
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    for (Element node : elements(graphElement, ns, "node")) {
      nodes.put(node.getAttribute("id"), data(node, ns, names));
    }
    Map<String, Map<String, String>> edges = new LinkedHashMap<>();
    for (Element edge : elements(graphElement, ns, "edge")) {
      edges.put(
          edge.getAttribute("source") + "|" + edge.getAttribute("target"), data(edge, ns, names));
    }
    return new ReadBack(document, graph, nodes, edges);
  }

  private static Map<String, String> attValues(
      Element item, String ns, Map<String, String> titles) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element value : elements(item, ns, "attvalue")) {
      values.put(titles.get(value.getAttribute("for")), value.getAttribute("value"));
    }
    return values;
  }

  private static Map<String, String> data(Element item, String ns, Map<String, String> names) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element data : elements(item, ns, "data")) {
      values.put(names.get(data.getAttribute("key")), data.getTextContent());
    }
    return values;
  }

  /** Descendants named {@code name} in namespace {@code ns}, in document order. */
  static List<Element> elements(Element parent, String ns, String name) {
    NodeList list = parent.getElementsByTagNameNS(ns, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }

  private static String text(Element parent, String ns, String name) {
    return parent.getElementsByTagNameNS(ns, name).item(0).getTextContent();
  }
}
