package io.storylines.dedup;

import io.storylines.text.TextNormalizer;
import java.util.Arrays;

/**
 * The word shingles of an article: every run of {@code k} consecutive words of its title and body,
 * as sorted, distinct 64-bit hashes ({@link StableHash}).
 *
 * <p>Vocabulary: a <em>word</em> is a maximal run of letters, digits and combining marks of the
 * article's match key ({@link TextNormalizer#matchKey}: HTML and control characters removed, NFKC,
 * tashkeel and tatweel removed, Arabic letter variants unified (أ إ آ → ا, ى → ي, ة → ه),
 * Arabic-Indic digits as ASCII, and case folded for the article's language, so Turkish İ → i and I
 * → ı). Everything else (spaces, punctuation, the apostrophe of {@code Suriye'nin}) separates words.
 * A <em>shingle</em> is {@code k} consecutive words; the title and the body are one sequence, the
 * title first.
 *
 * <p>Words are neither stemmed nor filtered for stopwords: a near-duplicate is the same text, and
 * function words carry its order. The rules, in order:
 *
 * <ol>
 *   <li>At least {@code k} words: the {@code n - k + 1} shingles of {@code k} words.
 *   <li>1 to {@code k - 1} words (a very short text): one shingle of all its words, so two short
 *       texts are duplicates only when their words are the same, in the same order.
 *   <li>No word: no shingle. Such an article is never hashed (MinHash has no minimum of an empty
 *       set) and is a cluster of its own.
 * </ol>
 */
public final class WordShingles {
  private static final long[] NONE = new long[0];

  private WordShingles() {}

  /** Sorted distinct shingle hashes of the title (may be null) and body in {@code lang}. */
  public static long[] of(String title, String body, String lang, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1, not " + k);
    }
    String text = title == null || title.isBlank() ? body : title + "\n\n" + body;
    long[] words = wordHashes(TextNormalizer.matchKey(text == null ? "" : text, lang).text());
    if (words.length == 0) {
      return NONE;
    }
    int width = Math.min(k, words.length);
    long[] shingles = new long[words.length - width + 1];
    for (int start = 0; start < shingles.length; start++) {
      long hash = width;
      for (int i = start; i < start + width; i++) {
        hash = StableHash.combine(hash, words[i]);
      }
      shingles[start] = hash;
    }
    Arrays.sort(shingles);
    return distinct(shingles);
  }

  /** The hash of each word of a normalized text, in order. */
  static long[] wordHashes(String text) {
    long[] words = new long[16];
    int count = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(c) || isMark(c);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        if (count == words.length) {
          words = Arrays.copyOf(words, count * 2);
        }
        words[count++] = StableHash.of(text, start, i);
        start = -1;
      }
      i += i < text.length() ? Character.charCount(c) : 1;
    }
    return Arrays.copyOf(words, count);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static long[] distinct(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
