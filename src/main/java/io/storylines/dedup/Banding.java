package io.storylines.dedup;

/**
 * Locality-sensitive hashing of MinHash signatures by banding: the signature's first {@code bands ×
 * rows} entries are cut into {@code bands} bands of {@code rows} entries, and two articles are a
 * <em>candidate pair</em> when all the entries of at least one band agree. Each band is reduced to
 * one 64-bit key that also holds the band's index, so equal keys mean the same band agrees (up to a
 * 64-bit collision, which verification then rejects).
 *
 * <p>For two articles of Jaccard similarity {@code J}, a band agrees with probability {@code J^r},
 * so they become candidates with probability {@code 1 − (1 − J^r)^b} (the S-curve, {@link
 * #candidateProbability}). The curve rises around {@code (1/b)^(1/r)}. {@link #forThreshold} puts
 * that rise well below the threshold, so that a pair at the threshold is missed at most once in a
 * thousand; pairs below the threshold that become candidates anyway are removed by the exact
 * Jaccard check, which costs time, not precision.
 *
 * <p>For the default threshold 0.8 within 128 hashes this gives 25 bands of 5 rows (125 hashes):
 * the curve rises around 0.53, and a pair is missed with probability 4.9 × 10⁻⁵ at J = 0.8, 2.0 ×
 * 10⁻¹⁰ at J = 0.9 and 0 at J = 1 (identical shingle sets have identical signatures).
 */
public record Banding(int bands, int rows) implements java.io.Serializable {
  /** The most hashes a signature may have: the cost of signing grows with it. */
  public static final int MAX_HASHES = 128;
  /** The largest acceptable probability of missing a pair whose similarity is the threshold. */
  public static final double MAX_MISS_AT_THRESHOLD = 1e-3;

  public Banding {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be at least 1, not " + bands + " × " + rows);
    }
  }

  /**
   * The banding with the most rows per band (the fewest candidates below the threshold) within
   * {@link #MAX_HASHES} hashes whose chance to miss a pair at {@code threshold} is at most {@link
   * #MAX_MISS_AT_THRESHOLD}. Below a threshold of about 0.053 no banding within the budget misses
   * that rarely, and the answer is the one most likely to find such a pair: {@code MAX_HASHES}
   * bands of one row.
   */
  public static Banding forThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
    }
    Banding best = new Banding(MAX_HASHES, 1);
    for (int rows = 2; rows <= MAX_HASHES; rows++) {
      Banding banding = new Banding(MAX_HASHES / rows, rows);
      if (1 - banding.candidateProbability(threshold) <= MAX_MISS_AT_THRESHOLD) {
        best = banding;
      }
    }
    return best;
  }

  public int hashes() {
    return bands * rows;
  }

  /** {@code 1 − (1 − J^r)^b}: the probability that a pair of Jaccard similarity {@code j} is a candidate. */
  public double candidateProbability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  /** One key per band of {@code signature} (which has at least {@link #hashes()} entries). */
  public long[] bandKeys(long[] signature) {
    if (signature.length < hashes()) {
      throw new IllegalArgumentException(
          "a signature of " + signature.length + " hashes for " + bands + " bands of " + rows);
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = band;
      for (int row = 0; row < rows; row++) {
        key = StableHash.combine(key, signature[band * rows + row]);
      }
      keys[band] = key;
    }
    return keys;
  }
}
