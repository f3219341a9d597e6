package io.storylines.dedup;

import java.time.Instant;

/**
 * What near-duplicate detection keeps of one article: its {@link CanonicalOrder} key, the hash of
 * its whole shingle set (equal for articles with the same shingles, which are duplicates without
 * any further check), and its band keys ({@link Banding}). An article without words has neither a
 * content hash nor band keys: it is never hashed and stays a cluster of its own.
 *
 * @param orderKey {@link CanonicalOrder#key}
 * @param contentHash hash of the sorted shingle set, or null without words
 * @param bandKeys one key per band; empty without words
 */
public record ArticleFingerprint(String orderKey, Long contentHash, long[] bandKeys) {

  /** Computes fingerprints with one settings' shingles, hashes and bands. Thread-safe. */
  public static final class Maker {
    private final int shingleWords;
    private final MinHasher hasher;
    private final Banding banding;

    public Maker(DedupSettings settings) {
      this.shingleWords = settings.shingleWords();
      this.banding = settings.banding();
      this.hasher = new MinHasher(banding.hashes(), settings.seed());
    }

    public int shingleWords() {
      return shingleWords;
    }

    public ArticleFingerprint of(
        String articleId, Instant publishedAt, String title, String body, String lang) {
      String key = CanonicalOrder.key(publishedAt, articleId);
      long[] shingles = WordShingles.of(title, body, lang, shingleWords);
      if (shingles.length == 0) {
        return new ArticleFingerprint(key, null, new long[0]);
      }
      long content = shingles.length;
      for (long shingle : shingles) {
        content = StableHash.combine(content, shingle);
      }
      return new ArticleFingerprint(key, content, banding.bandKeys(hasher.signature(shingles)));
    }
  }
}
