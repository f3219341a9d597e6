package io.storylines.cooccurrence;

/**
 * The disparity filter of Serrano, Boguñá and Vespignani ("Extracting the multiscale backbone of
 * complex weighted networks", PNAS 106(16), 2009): is an edge's weight larger than a node with k
 * edges and strength s would give it by chance?
 *
 * <p>The null model spreads the node's strength over its k edges uniformly at random. The
 * probability that an edge then gets a share of at least p = w/s is α = (1 − p)^(k−1), the
 * edge's p-value from that node's side. The filter keeps an edge at level α₀ when its p-value is
 * below α₀.
 *
 * <p>An edge has two nodes. The paper keeps an edge that is significant for at least one of them;
 * {@link #edgePValue} is the stricter form, the larger of the two p-values, so that {@code edge_p <
 * α₀} means "significant for both nodes". A node with one edge cannot be tested: its only edge
 * carries all its strength, and (1 − 1)^0 is no p-value. Implementations usually skip such nodes;
 * here their edge is judged by its other node alone, so that an actor seen with one hub is not
 * dropped for that reason. An edge between two nodes that each have only that edge has p-value 1.
 */
public final class DisparityFilter {
  private DisparityFilter() {}

  /**
   * The edge's p-value from one node's side, or NaN when the node has one edge (no test).
   *
   * @param weight the edge's weight, 0 &lt; weight ≤ strength
   * @param strength the sum of the weights of the node's edges
   * @param degree the number of the node's edges, ≥ 1
   */
  public static double nodePValue(double weight, double strength, long degree) {
    if (degree < 1 || !(weight > 0) || weight > strength * (1 + 1e-12)) {
      throw new IllegalArgumentException(
          "need 0 < weight <= strength and degree >= 1: weight=" + weight + " strength=" + strength
              + " degree=" + degree);
    }
    if (degree == 1) {
      return Double.NaN;
    }
    double share = Math.min(1.0, weight / strength);
    return Math.pow(1.0 - share, degree - 1);
  }

  /** The edge's p-value from its two nodes' p-values ({@link #nodePValue}), by the class rule. */
  public static double edgePValue(double pA, double pB) {
    if (Double.isNaN(pA) && Double.isNaN(pB)) {
      return 1.0;
    }
    if (Double.isNaN(pA)) {
      return pB;
    }
    if (Double.isNaN(pB)) {
      return pA;
    }
    return Math.max(pA, pB);
  }
}
