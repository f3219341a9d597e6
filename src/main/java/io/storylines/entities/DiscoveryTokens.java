package io.storylines.entities;

import java.util.Arrays;

/**
 * The tokens of an original text, for {@link NameDiscovery}, found in one left-to-right pass.
 *
 * <p>A <em>token</em> is a maximal run of word chars ({@link MatchTokens#isWordCodePoint}, plus the
 * joiners U+200C and U+200D inside a run), where a hyphen between two word chars ({@code al-Assad},
 * {@code F-16}) and an {@link MatchTokens#isApostrophe apostrophe} between two word chars keep the
 * token going. An apostrophe followed by a lower-case letter starts the token's <em>suffix</em>
 * ({@code 's} of {@code Trump's}, {@code 'da} of {@code Kamışlı'da}); any other ({@code O'Brien})
 * is part of the word. The <em>core</em> of a token is the token without its suffix. The
 * <em>gap</em> before a token is what lies between it and the previous token: {@link #GAP_SPACE}
 * when only spaces and tabs, {@link #GAP_QUOTE} when also quotation marks, else {@link #GAP_BREAK}
 * (punctuation, symbols, a line break, or the start of the text).
 */
final class DiscoveryTokens {

  static final byte GAP_SPACE = 0;
  static final byte GAP_QUOTE = 1;
  static final byte GAP_BREAK = 2;

  private static final char HYPHEN_MINUS = '-';
  private static final char HYPHEN = '\u2010';
  private static final char NON_BREAKING_HYPHEN = '\u2011';
  private static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  private static final char ZERO_WIDTH_JOINER = '\u200D';

  private final int count;
  private final int[] start;
  private final int[] coreEnd;
  private final int[] end;
  private final byte[] gap;

  private DiscoveryTokens(int count, int[] start, int[] coreEnd, int[] end, byte[] gap) {
    this.count = count;
    this.start = start;
    this.coreEnd = coreEnd;
    this.end = end;
    this.gap = gap;
  }

  /** Tokenizes {@code text}; linear in its length. */
  static DiscoveryTokens scan(String text) {
    int length = text.length();
    int capacity = Math.max(8, length / 6);
    int[] start = new int[capacity];
    int[] coreEnd = new int[capacity];
    int[] end = new int[capacity];
    byte[] gap = new byte[capacity];
    int count = 0;
    byte pendingGap = GAP_BREAK;
    int i = 0;
    while (i < length) {
      int codePoint = text.codePointAt(i);
      if (!MatchTokens.isWordCodePoint(codePoint)) {
        pendingGap = (byte) Math.max(pendingGap, gapKind(codePoint));
        i += Character.charCount(codePoint);
        continue;
      }
      int tokenStart = i;
      int tokenCoreEnd = -1;
      int j = i + Character.charCount(codePoint);
      while (j < length) {
        int next = text.codePointAt(j);
        if (MatchTokens.isWordCodePoint(next)
            || next == ZERO_WIDTH_NON_JOINER
            || next == ZERO_WIDTH_JOINER) {
          j += Character.charCount(next);
        } else if (isHyphen(next) && MatchTokens.isWordAt(text, j + 1)) {
          j++;
        } else if (next <= Character.MAX_VALUE
            && MatchTokens.isApostrophe((char) next)
            && MatchTokens.isWordAt(text, j + 1)) {
          if (tokenCoreEnd < 0 && Character.isLowerCase(text.codePointAt(j + 1))) {
            tokenCoreEnd = j;
          }
          j++;
        } else {
          break;
        }
      }
      if (count == start.length) {
        int grown = count * 2;
        start = Arrays.copyOf(start, grown);
        coreEnd = Arrays.copyOf(coreEnd, grown);
        end = Arrays.copyOf(end, grown);
        gap = Arrays.copyOf(gap, grown);
      }
      start[count] = tokenStart;
      coreEnd[count] = tokenCoreEnd < 0 ? j : tokenCoreEnd;
      end[count] = j;
      gap[count] = pendingGap;
      count++;
      pendingGap = GAP_SPACE;
      i = j;
    }
    return new DiscoveryTokens(count, start, coreEnd, end, gap);
  }

  private static byte gapKind(int codePoint) {
    int type = Character.getType(codePoint);
    if (codePoint == '\t' || type == Character.SPACE_SEPARATOR) {
      return GAP_SPACE;
    }
    if (codePoint == '"'
        || codePoint == '\''
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION) {
      return GAP_QUOTE;
    }
    return GAP_BREAK;
  }

  private static boolean isHyphen(int codePoint) {
    return codePoint == HYPHEN_MINUS || codePoint == HYPHEN || codePoint == NON_BREAKING_HYPHEN;
  }

  int count() {
    return count;
  }

  int start(int token) {
    return start[token];
  }

  int coreEnd(int token) {
    return coreEnd[token];
  }

  int end(int token) {
    return end[token];
  }

  /** Whether the token has a suffix after its core. */
  boolean hasSuffix(int token) {
    return coreEnd[token] < end[token];
  }

  /** The gap before the token: {@link #GAP_SPACE}, {@link #GAP_QUOTE} or {@link #GAP_BREAK}. */
  byte gap(int token) {
    return gap[token];
  }
}
