package io.storylines.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;

/**
 * Writes an {@link EntityNetwork} to a file for Gephi, networkx, igraph or Cytoscape, in GEXF 1.3
 * ({@link GexfDocument}) or GraphML ({@link GraphmlDocument}). docs/graphs.md describes both.
 *
 * <p>What both formats share:
 *
 * <ul>
 *   <li>UTF-8 with an XML declaration; one element per line, indented by two spaces, {@code \n}
 *       line ends.
 *   <li>Nodes carry {@code label}, {@code type} (string) and {@code n_docs} (long); edges carry
 *       {@code n_docs_pair}, {@code n_sentences_pair} (long), {@code pmi}, {@code npmi}, {@code
 *       lift} and {@code backbone_p} (double). The graph is undirected.
 *   <li>A measure that is NaN or infinite is left out for that edge, since NaN and Infinity are not
 *       numbers every reader parses; finite doubles are written so that they parse back to the same
 *       double ({@link NetworkAttribute}).
 *   <li>Any text is written escaped; chars that XML 1.0 cannot hold become U+FFFD and tabs and line
 *       breaks become spaces ({@link io.storylines.xml.XmlText}), so a hostile label cannot break the file.
 *   <li>Deterministic: nodes sorted by id, edges by (source, target), no timestamps; the same
 *       network always gives the same bytes.
 * </ul>
 */
public final class NetworkWriter {
  private NetworkWriter() {}

  /**
   * Writes {@code network} in {@code format} to {@code out}, then flushes {@code out}; the caller
   * closes it.
   *
   * @throws IOException if {@code out} fails; the cause is kept
   */
  public static void write(EntityNetwork network, GraphFormat format, OutputStream out)
      throws IOException {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    try {
      IndentedXml xml = IndentedXml.begin(out);
      switch (format) {
        case GEXF -> GexfDocument.write(network, xml);
        case GRAPHML -> GraphmlDocument.write(network, xml);
      }
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException(
          "cannot write the " + format.cliName() + " network: " + e.getMessage(), e);
    }
  }
}
