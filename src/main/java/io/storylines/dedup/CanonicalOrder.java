package io.storylines.dedup;

import java.time.Instant;
import java.util.HexFormat;

/**
 * The order in which the articles of a cluster compete to be its canonical one: the earliest
 * {@code published_at} first, an undated article (kept with {@code --undated keep}) after every
 * dated one, and on equal times the smaller {@code article_id} (Java's {@code String} order, which
 * is Spark's string order for text without surrogates).
 *
 * <p>The order is carried as one string, the <em>order key</em>: 16 hex digits of the
 * publication time in microseconds (sign bit flipped, so negative times sort first; {@code
 * ffffffffffffffff} when undated), a space, and the article id. Order keys compare as strings in the
 * canonical order, so the smallest key of a cluster, found by Spark's {@code min}, names its
 * canonical article, and the article id is read back from it with {@link #articleId}.
 */
public final class CanonicalOrder {
  /** Length of the time prefix and its separator; the article id starts here. */
  public static final int ID_OFFSET = 17;
  private static final String UNDATED = "ffffffffffffffff";

  private CanonicalOrder() {}

  public static String key(Instant publishedAt, String articleId) {
    if (articleId == null) {
      throw new IllegalArgumentException("an article without an id has no order key");
    }
    String time =
        publishedAt == null
            ? UNDATED
            : HexFormat.of().toHexDigits(micros(publishedAt) ^ Long.MIN_VALUE);
    return time + " " + articleId;
  }

  public static String articleId(String key) {
    return key.substring(ID_OFFSET);
  }

  private static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }
}
