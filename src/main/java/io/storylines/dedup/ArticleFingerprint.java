package io.storylines.dedup;

import java.time.Instant;

/**
 * What near-duplicate detection keeps of one article: its {@link CanonicalOrder} key, the hash of
 * its whole shingle set (equal for articles with the same shingles, which are duplicates without
 * any further check), and its band keys ({@link Banding}). Both depend on the article's language
 * too, so articles of different languages are never duplicates. An article without words has
 * neither a content hash nor band keys: it is never hashed and stays a cluster of its own.
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
      // The language seeds the content hash and every band key, so that articles of two
      // languages never meet: a cluster is of one language, and the timelines' counts per
      // language add up to their count over all languages.
      long language = StableHash.of(lang == null ? "" : lang);
      long content = StableHash.combine(language, shingles.length);
      for (long shingle : shingles) {
        content = StableHash.combine(content, shingle);
      }
      long[] bandKeys = banding.bandKeys(hasher.signature(shingles));
      for (int i = 0; i < bandKeys.length; i++) {
        bandKeys[i] = StableHash.combine(language, bandKeys[i]);
      }
      return new ArticleFingerprint(key, content, bandKeys);
    }
  }
}
