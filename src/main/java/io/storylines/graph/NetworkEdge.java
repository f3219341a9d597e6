package io.storylines.graph;

import java.util.Objects;

/**
 * An undirected edge of an {@link EntityNetwork}: two entities that co-occur in the period.
 *
 * <p>The endpoints are node ids. Because the edge is undirected, the constructor puts them in
 * order, so that {@code source} is the smaller ({@link String#compareTo}): {@code new
 * NetworkEdge("us", "syria", ...)} has source {@code syria} and target {@code us}, and a–b and b–a
 * are the same edge.
 *
 * <p>{@code nDocsPair} is the number of articles that mention both entities, {@code nSentencesPair}
 * the number of sentences that do. {@code pmi}, {@code npmi}, {@code lift} and {@code backboneP}
 * are the association measures of the pair as the {@code cooccurrence} table gives them; any of
 * them may be NaN or infinite where the measure is undefined, and the writers then leave the value
 * out.
 */
public record NetworkEdge(
    String source,
    String target,
    long nDocsPair,
    long nSentencesPair,
    double pmi,
    double npmi,
    double lift,
    double backboneP) {

  /**
   * @throws IllegalArgumentException if the endpoints are the same node or a count is negative
   */
  public NetworkEdge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (source.equals(target)) {
      throw new IllegalArgumentException(
          "edge (" + source + ", " + target + ") joins a node to itself");
    }
    if (source.compareTo(target) > 0) {
      String first = target;
      target = source;
      source = first;
    }
    if (nDocsPair < 0 || nSentencesPair < 0) {
      throw new IllegalArgumentException(
          "edge ("
              + source
              + ", "
              + target
              + "): counts must be >= 0, were n_docs_pair="
              + nDocsPair
              + ", n_sentences_pair="
              + nSentencesPair);
    }
  }
}
