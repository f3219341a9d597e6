package io.storylines.timeline;

import java.io.Serializable;

/**
 * How far an item's share of a storyline's stories moved in one period against the periods before
 * it: the difference of the two shares and a two-proportion z-score.
 *
 * <p>With k of n stories in the period and kb of nb in the baseline, p = k / n and pb = kb / nb;
 * the pooled share q = (k + kb) / (n + nb), and z = (p − pb) / sqrt(q (1 − q) (1/n + 1/nb)). The
 * z-score grows with the evidence: a move from 10% to 20% of 500 stories scores higher than the
 * same move over 10. It is 0 when nothing moved and undefined (NaN) without a baseline.
 */
public final class ShiftScore implements Serializable {
  private static final long serialVersionUID = 1L;

  private ShiftScore() {}

  /** p − pb, or NaN without stories in either. */
  public static double delta(long k, long n, long kb, long nb) {
    if (n <= 0 || nb <= 0) {
      return Double.NaN;
    }
    return (double) k / n - (double) kb / nb;
  }

  /** The two-proportion z-score, or NaN without stories in either. */
  public static double z(long k, long n, long kb, long nb) {
    if (n <= 0 || nb <= 0) {
      return Double.NaN;
    }
    if (k < 0 || kb < 0 || k > n || kb > nb) {
      throw new IllegalArgumentException("counts out of range: " + k + "/" + n + ", " + kb + "/" + nb);
    }
    double q = (double) (k + kb) / (n + nb);
    double variance = q * (1 - q) * (1.0 / n + 1.0 / nb);
    if (variance == 0) {
      return 0.0;
    }
    return delta(k, n, kb, nb) / Math.sqrt(variance);
  }
}
