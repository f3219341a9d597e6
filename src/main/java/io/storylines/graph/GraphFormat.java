package io.storylines.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The file formats a network is written in; see {@link NetworkWriter} for what each contains. */
public enum GraphFormat {
  /** GEXF 1.3, Gephi's own format; networkx reads it with {@code read_gexf}. */
  GEXF,
  /** GraphML, read by networkx ({@code read_graphml}), igraph, Cytoscape, yEd and Gephi. */
  GRAPHML;

  /** The name on the command line: {@code gexf} or {@code graphml}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file name extension, with its dot: {@code .gexf} or {@code .graphml}. */
  public String extension() {
    return "." + cliName();
  }

  /**
   * The format named {@code name} on the command line, ignoring case and surrounding spaces.
   *
   * @throws IllegalArgumentException if no format has that name; the message lists the names
   */
  public static GraphFormat fromCliName(String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (GraphFormat format : values()) {
      if (format.cliName().equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown graph format '" + name + "' (expected " + cliNames() + ")");
  }

  /** The command-line names of all formats, for messages: {@code gexf or graphml}. */
  public static String cliNames() {
    List<String> names = Arrays.stream(values()).map(GraphFormat::cliName).toList();
    int last = names.size() - 1;
    return String.join(", ", names.subList(0, last)) + " or " + names.get(last);
  }
}
