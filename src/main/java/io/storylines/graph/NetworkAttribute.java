package io.storylines.graph;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * One value carried by every node or every edge, declared and written the same way in both formats:
 * GEXF declares it as an {@code <attribute>} and writes {@code <attvalue>}s, GraphML declares a
 * {@code <key>} and writes {@code <data>}. The lists below are the only place the names and types
 * are defined.
 *
 * <p>Values are written so that they parse back exactly: a count with {@link Long#toString}, a
 * measure with {@link Double#toString} (shortest decimal that reads back as the same double, for
 * example {@code 0.25} or {@code 1.0E-5}, both valid {@code xs:double}). A measure that is NaN or
 * infinite has no value: the writers leave it out for that node or edge, so a reader sees the value
 * as missing rather than as a number it may not parse ({@code NaN}, {@code Infinity}). Strings are
 * written as they are, {@linkplain io.storylines.xml.XmlText#clean cleaned} for XML by {@link IndentedXml}.
 *
 * @param <T> {@link NetworkNode} or {@link NetworkEdge}
 */
record NetworkAttribute<T>(String name, ValueType type, Function<T, Optional<String>> value) {

  /** The types both formats name alike ({@code attr.type} in GraphML, {@code type} in GEXF). */
  enum ValueType {
    STRING("string"),
    LONG("long"),
    DOUBLE("double");

    private final String xmlName;

    ValueType(String xmlName) {
      this.xmlName = xmlName;
    }

    String xmlName() {
      return xmlName;
    }
  }

  /** The node label; GEXF has a {@code label} of its own, GraphML needs it as data. */
  static final NetworkAttribute<NetworkNode> NODE_LABEL = text("label", NetworkNode::label);

  /** The node values besides the label, in the order they are written. */
  static final List<NetworkAttribute<NetworkNode>> NODE_ATTRIBUTES =
      List.of(text("type", NetworkNode::type), count("n_docs", NetworkNode::nDocs));

  /** The edge values, in the order they are written. */
  static final List<NetworkAttribute<NetworkEdge>> EDGE_ATTRIBUTES =
      List.of(
          count("n_docs_pair", NetworkEdge::nDocsPair),
          count("n_sentences_pair", NetworkEdge::nSentencesPair),
          measure("pmi", NetworkEdge::pmi),
          measure("npmi", NetworkEdge::npmi),
          measure("lift", NetworkEdge::lift),
          measure("backbone_p", NetworkEdge::backboneP));

  /** The value of this attribute for {@code item} as written, or empty if it has none. */
  Optional<String> valueOf(T item) {
    return value.apply(item);
  }

  static <T> NetworkAttribute<T> text(String name, Function<T, String> getter) {
    return new NetworkAttribute<>(name, ValueType.STRING, item -> Optional.of(getter.apply(item)));
  }

  static <T> NetworkAttribute<T> count(String name, ToLongFunction<T> getter) {
    return new NetworkAttribute<>(
        name, ValueType.LONG, item -> Optional.of(Long.toString(getter.applyAsLong(item))));
  }

  static <T> NetworkAttribute<T> measure(String name, ToDoubleFunction<T> getter) {
    return new NetworkAttribute<>(
        name, ValueType.DOUBLE, item -> formatDouble(getter.applyAsDouble(item)));
  }

  /** {@link Double#toString} of a finite value; empty for NaN and the infinities. */
  static Optional<String> formatDouble(double value) {
    return Double.isFinite(value) ? Optional.of(Double.toString(value)) : Optional.empty();
  }
}
