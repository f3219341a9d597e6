package io.storylines.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks shared by the report's tests: XML well-formedness, references, escaped text. */
public final class ReportChecks {
  private static final Pattern REFERENCE =
      Pattern.compile("\\s(?:src|href|xlink:href|action|srcset|poster|data)\\s*=\\s*\"([^\"]*)\"");

  private ReportChecks() {}

  /** The page parsed by the JDK's XML parser, namespace-aware, with no DTD or entity loading. */
  public static Document parseXml(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  /** Every src or href value that leaves the file: a URL with a scheme other than data:, or //. */
  public static List<String> externalReferences(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(html);
    while (m.find()) {
      String value = m.group(1);
      if (!value.startsWith("#") && !value.startsWith("data:")) {
        out.add(value);
      }
    }
    return out;
  }

  /** The text of every element with this name, as a reader sees it (entities decoded). */
  public static List<String> texts(Document document, String element) {
    List<String> out = new ArrayList<>();
    NodeList nodes = document.getElementsByTagNameNS("*", element);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(((Element) nodes.item(i)).getTextContent());
    }
    return out;
  }
}
