package io.storylines.cooccurrence;

/**
 * How much more often two entities appear together than chance, from document counts in one
 * slice (period, language, source) of articles.
 *
 * <p>With N articles in the slice, n_a of them mentioning a, n_b mentioning b and n_ab mentioning
 * both (in the window), the document probabilities are p(a) = n_a/N, p(b) = n_b/N and p(a,b) =
 * n_ab/N, and:
 *
 * <ul>
 *   <li>{@code pmi} = ln(p(a,b) / (p(a) p(b))), in nats (natural logarithm);
 *   <li>{@code npmi} = pmi / −ln p(a,b) (Bouma 2009), in [−1, 1]: 1 when a and b only occur
 *       together, 0 when independent, towards −1 when they avoid each other. When p(a,b) = 1 (every
 *       article of the slice mentions both) the ratio is 0/0 and npmi is defined as 1;
 *   <li>{@code lift} = p(a,b) / (p(a) p(b)) = e^pmi.
 * </ul>
 *
 * <p>Only pairs seen together are measured (n_ab ≥ 1), so every value is finite.
 */
public record PairAssociation(double pmi, double npmi, double lift) {

  /**
   * @throws IllegalArgumentException unless 1 ≤ nPair ≤ min(nA, nB) and max(nA, nB) ≤ n
   */
  public static PairAssociation of(long nPair, long nA, long nB, long n) {
    if (nPair < 1 || nPair > nA || nPair > nB || nA > n || nB > n) {
      throw new IllegalArgumentException(
          "inconsistent counts: n_pair=" + nPair + " n_a=" + nA + " n_b=" + nB + " n=" + n);
    }
    double lift = ((double) nPair * n) / ((double) nA * nB);
    double pmi = Math.log(nPair) + Math.log(n) - Math.log(nA) - Math.log(nB);
    double logJoint = Math.log(nPair) - Math.log(n);
    double npmi = nPair == n ? 1.0 : Math.max(-1.0, Math.min(1.0, pmi / -logJoint));
    return new PairAssociation(pmi, npmi, lift);
  }
}
