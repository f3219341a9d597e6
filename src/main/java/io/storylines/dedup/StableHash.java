package io.storylines.dedup;

/**
 * 64-bit hashes that depend only on their input, never on the JVM, the platform or a run: the same
 * word gives the same hash on every executor and in every release, so signatures and clusters are
 * reproducible. Words are hashed with FNV-1a over their UTF-16 code units and then mixed with
 * MurmurHash3's 64-bit finalizer ({@link #mix}), which spreads FNV's weak low bits over the whole
 * word.
 */
public final class StableHash {
  private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  /** 2^64 divided by the golden ratio: an odd constant with no structure, for combining hashes. */
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private StableHash() {}

  /** FNV-1a 64 of the UTF-16 code units of {@code text[start, end)}, then {@link #mix}ed. */
  public static long of(CharSequence text, int start, int end) {
    long hash = FNV_OFFSET_BASIS;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      hash = (hash ^ (c & 0xff)) * FNV_PRIME;
      hash = (hash ^ (c >>> 8)) * FNV_PRIME;
    }
    return mix(hash);
  }

  public static long of(CharSequence text) {
    return of(text, 0, text.length());
  }

  /** The hash of a sequence: {@code combine(combine(h0, h1), h2)}; order matters. */
  public static long combine(long accumulated, long next) {
    return mix(accumulated * GOLDEN_GAMMA + next);
  }

  /** MurmurHash3's fmix64: a bijection of 64-bit values in which every input bit flips half the output bits. */
  public static long mix(long value) {
    long z = value;
    z ^= z >>> 33;
    z *= 0xff51afd7ed558ccdL;
    z ^= z >>> 33;
    z *= 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z;
  }

  /** The {@code n} values of SplitMix64 from {@code seed}: independent-looking seeds for hash functions. */
  public static long[] seeds(long seed, int n) {
    long[] seeds = new long[n];
    long state = seed;
    for (int i = 0; i < n; i++) {
      state += GOLDEN_GAMMA;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      seeds[i] = z ^ (z >>> 31);
    }
    return seeds;
  }
}
