package io.storylines.dedup;

/**
 * MinHash signatures of shingle sets. Hash function {@code i} is {@code h_i(x) = mix(x ^ seed_i)}
 * ({@link StableHash#mix}, a bijection of 64-bit values), with {@code seed_i} the {@code i}-th
 * SplitMix64 value of the settings' seed; signature entry {@code i} is the least {@code h_i} over
 * the set. For two sets, the chance that an entry agrees is their Jaccard similarity, so the share
 * of agreeing entries estimates it. The same seed gives the same signatures on every machine.
 * Immutable and thread-safe.
 */
public final class MinHasher {
  private final long[] seeds;

  public MinHasher(int hashes, long seed) {
    if (hashes < 1) {
      throw new IllegalArgumentException("a signature needs at least one hash, not " + hashes);
    }
    this.seeds = StableHash.seeds(seed, hashes);
  }

  public int hashes() {
    return seeds.length;
  }

  /**
   * @throws IllegalArgumentException for an empty set, which has no minimum: callers keep such
   *     articles out of hashing altogether ({@link WordShingles}, rule 3)
   */
  public long[] signature(long[] shingles) {
    if (shingles.length == 0) {
      throw new IllegalArgumentException("an empty shingle set has no MinHash signature");
    }
    long[] signature = new long[seeds.length];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = StableHash.mix(shingle ^ seeds[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** The share of entries on which two signatures of this hasher agree: an estimate of Jaccard. */
  public static double estimate(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of " + a.length + " and " + b.length + " hashes");
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
