package io.storylines.dedup;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of near-duplicate detection. Immutable; {@link #validate} names the first bad value.
 *
 * @param enabled when false, every article is a cluster of its own ({@code --no-dedup})
 * @param threshold articles whose shingle sets have at least this Jaccard similarity are
 *     duplicates ({@code --dedup-threshold}), in (0, 1]
 * @param shingleWords words per shingle ({@link WordShingles})
 * @param seed the seed of the MinHash functions, fixed so that a rerun finds the same candidates
 */
public record DedupSettings(boolean enabled, double threshold, int shingleWords, long seed)
    implements Serializable {
  public static final double DEFAULT_THRESHOLD = 0.8;
  public static final int DEFAULT_SHINGLE_WORDS = 5;

  public static DedupSettings defaults() {
    return new DedupSettings(true, DEFAULT_THRESHOLD, DEFAULT_SHINGLE_WORDS, 20_261_130L);
  }

  public DedupSettings withThreshold(double value) {
    return new DedupSettings(enabled, value, shingleWords, seed);
  }

  public DedupSettings withEnabled(boolean value) {
    return new DedupSettings(value, threshold, shingleWords, seed);
  }

  /** @throws IllegalArgumentException naming the first value out of range */
  public DedupSettings validate() {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("--dedup-threshold must be in (0, 1], not " + threshold);
    }
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingle words must be at least 1, not " + shingleWords);
    }
    return this;
  }

  /** The bands and rows of the locality-sensitive hashing for {@link #threshold}. */
  public Banding banding() {
    return Banding.forThreshold(threshold);
  }

  /** The settings as ordered key/values, for the run manifest. */
  public Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("enabled", enabled);
    out.put("threshold", threshold);
    out.put("shingle_words", shingleWords);
    Banding banding = banding();
    out.put("bands", banding.bands());
    out.put("rows", banding.rows());
    out.put("seed", seed);
    return out;
  }
}
