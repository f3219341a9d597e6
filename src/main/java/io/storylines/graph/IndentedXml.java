package io.storylines.graph;

import io.storylines.xml.XmlText;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An {@link XMLStreamWriter} that writes one element per line, indented by two spaces per level, so
 * that files are readable and diff well. It writes UTF-8 with an XML declaration, {@code \n} line
 * ends on every platform, attributes in the order given, and every text and attribute value
 * {@linkplain XmlText#clean cleaned}; the writer escapes {@code < > & "}.
 *
 * <p>It always uses the JDK's own StAX implementation ({@link XMLOutputFactory#newDefaultFactory}),
 * not whichever one the classpath offers (Spark brings Woodstox), so the bytes do not depend on how
 * the job was launched.
 *
 * <p>Elements either hold other elements ({@link #start}, {@link #end}) or text ({@link #leaf},
 * {@link #text}), never both: whitespace added for indentation is never part of a value.
 */
final class IndentedXml {
  private static final String INDENT = "  ";
  private static final String LINE_END = "\n";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private final XMLStreamWriter writer;

  /** For each open element, whether it has child elements yet. */
  private final Deque<Boolean> open = new ArrayDeque<>();

  private IndentedXml(XMLStreamWriter writer) {
    this.writer = writer;
  }

  /** Starts a document on {@code out}, with the XML declaration. */
  static IndentedXml begin(OutputStream out) throws XMLStreamException {
    String encoding = StandardCharsets.UTF_8.name();
    XMLStreamWriter writer =
        XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, encoding);
    writer.writeStartDocument(encoding, "1.0");
    writer.writeCharacters(LINE_END);
    return new IndentedXml(writer);
  }

  /**
   * Opens the root element in default namespace {@code namespace}, with {@code xsi:schemaLocation}
   * pointing at {@code schemaLocation}; attributes may follow.
   */
  IndentedXml root(String name, String namespace, String schemaLocation) throws XMLStreamException {
    start(name);
    writer.writeDefaultNamespace(namespace);
    writer.writeNamespace("xsi", XSI);
    writer.writeAttribute("xsi", XSI, "schemaLocation", schemaLocation);
    return this;
  }

  /** Opens an element that holds elements, on a new line; attributes may follow. */
  IndentedXml start(String name) throws XMLStreamException {
    newLine();
    writer.writeStartElement(name);
    open.push(false);
    return this;
  }

  /** Closes the element opened last by {@link #start}, on a line of its own if it has children. */
  void end() throws XMLStreamException {
    boolean hasChildren = open.pop();
    if (hasChildren) {
      writer.writeCharacters(LINE_END + INDENT.repeat(open.size()));
    }
    writer.writeEndElement();
  }

  /**
   * Writes an element without content, {@code <name a="1"/>}, on a new line; attributes may follow.
   */
  IndentedXml empty(String name) throws XMLStreamException {
    newLine();
    writer.writeEmptyElement(name);
    return this;
  }

  /**
   * Opens an element that holds only text, on a new line; attributes may follow, then {@link
   * #text}, which closes it: {@code <name a="1">text</name>}.
   */
  IndentedXml leaf(String name) throws XMLStreamException {
    newLine();
    writer.writeStartElement(name);
    return this;
  }

  /** The text of the element opened by {@link #leaf}, which it closes. */
  void text(String text) throws XMLStreamException {
    writer.writeCharacters(XmlText.clean(text));
    writer.writeEndElement();
  }

  /** An attribute of the element just opened. */
  IndentedXml attribute(String name, String value) throws XMLStreamException {
    writer.writeAttribute(name, XmlText.clean(value));
    return this;
  }

  /** Closes every open element, ends the document with a line end and flushes (does not close). */
  void finish() throws XMLStreamException {
    while (!open.isEmpty()) {
      end();
    }
    writer.writeCharacters(LINE_END);
    writer.writeEndDocument();
    writer.flush();
    writer.close();
  }

  /**
   * Before a new child of the innermost open element: a line end and its indentation. Nothing
   * before the root, which starts the line after the declaration.
   */
  private void newLine() throws XMLStreamException {
    if (open.isEmpty()) {
      return;
    }
    open.pop();
    open.push(true);
    writer.writeCharacters(LINE_END + INDENT.repeat(open.size()));
  }
}
