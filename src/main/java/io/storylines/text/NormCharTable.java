package io.storylines.text;

import java.text.Normalizer;

/**
 * What {@link NormTextPass} does with each code point, from a table built once for the BMP.
 *
 * <p>Vocabulary: a <em>segment</em> is a code point that starts one (a starter) with the code
 * points that continue it. NFKC never composes or reorders across a segment boundary, so the pass
 * normalizes one segment at a time and maps every char it writes to its segment's original range.
 */
final class NormCharTable {

  /** Starts a segment, and NFKC leaves it as it is when it is alone. */
  static final byte STARTER = 0;

  /** Starts a segment, and NFKC changes it: its NFKC form is {@link #nfkc(char)}. */
  static final byte COMPATIBILITY_STARTER = 1;

  /**
   * Continues the segment before it: a combining mark (general category M), a Hangul vowel or
   * trailing consonant jamo that composes with the syllable before it, or a code point whose NFKC
   * form begins with one of those (halfwidth sound marks, Hangul compatibility vowels).
   */
  static final byte CONTINUES = 2;

  /**
   * Removed before NFKC, its range mapped to nothing: controls other than whitespace, format
   * characters other than the joiners, and tatweel.
   */
  static final byte REMOVED = 3;

  /**
   * Removed before NFKC, its range added to the segment before it: tashkeel that NFKC does not
   * compose (see {@link ArabicNormalizer#composesWithLetter(int)}).
   */
  static final byte REMOVED_MARK = 4;

  /** ZERO WIDTH NON-JOINER or ZERO WIDTH JOINER, which the pass keeps or removes by context. */
  static final byte JOINER = 5;

  /** A surrogate char: the pass pairs surrogates itself and replaces a lone one. */
  static final byte SURROGATE = 6;

  /** A supplementary code point that starts a segment; its NFKC form is not in the table. */
  static final byte SUPPLEMENTARY_STARTER = 7;

  static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  static final char ZERO_WIDTH_JOINER = '\u200D';

  private static final char NEXT_LINE = '\u0085';
  private static final int HANGUL_JUNGSEONG_FIRST = 0x1161;
  private static final int HANGUL_JUNGSEONG_LAST = 0x1175;
  private static final int HANGUL_JONGSEONG_FIRST = 0x11A8;
  private static final int HANGUL_JONGSEONG_LAST = 0x11C2;

  /**
   * BMP blocks whose every code point is a starter that NFKC leaves alone: CJK ideographs (with
   * extension A), Hangul syllables and the private use area. Skipped when building the table, to
   * keep class loading fast.
   */
  private static final int[][] PLAIN_STARTER_BLOCKS = {
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xE000, 0xF8FF}
  };

  private static final byte[] BMP_CLASS = new byte[0x10000];
  private static final String[] BMP_NFKC = new String[0x10000];

  static {
    int block = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      if (block < PLAIN_STARTER_BLOCKS.length && c == PLAIN_STARTER_BLOCKS[block][0]) {
        c = PLAIN_STARTER_BLOCKS[block][1];
        block++;
        continue;
      }
      BMP_CLASS[c] = classify((char) c);
    }
  }

  private NormCharTable() {}

  /** The class of a code point: one of the constants above. */
  static byte classOf(int codePoint) {
    if (codePoint < 0x10000) {
      return BMP_CLASS[codePoint];
    }
    int type = Character.getType(codePoint);
    if (type == Character.CONTROL || type == Character.FORMAT) {
      return REMOVED;
    }
    return isMark(type) ? CONTINUES : SUPPLEMENTARY_STARTER;
  }

  /** The NFKC form of a BMP char on its own; null when NFKC leaves it as it is. */
  static String nfkc(char c) {
    return BMP_NFKC[c];
  }

  /**
   * Whether the pass removes this code point when NFKC produces it: everything it removes before
   * NFKC, and the tashkeel that NFKC could compose.
   */
  static boolean removedAfterNfkc(int codePoint) {
    byte type = classOf(codePoint);
    return type == REMOVED || type == REMOVED_MARK || ArabicNormalizer.isTashkeel(codePoint);
  }

  private static byte classify(char c) {
    if (Character.isSurrogate(c)) {
      return SURROGATE;
    }
    if (c == ZERO_WIDTH_NON_JOINER || c == ZERO_WIDTH_JOINER) {
      return JOINER;
    }
    if (c == ArabicNormalizer.TATWEEL) {
      return REMOVED;
    }
    if (ArabicNormalizer.isTashkeel(c) && !ArabicNormalizer.composesWithLetter(c)) {
      return REMOVED_MARK;
    }
    int type = Character.getType(c);
    if ((type == Character.CONTROL && !isWhitespaceControl(c)) || type == Character.FORMAT) {
      return REMOVED;
    }
    String alone = String.valueOf(c);
    String nfkc = Normalizer.normalize(alone, Normalizer.Form.NFKC);
    boolean changes = !nfkc.equals(alone);
    if (changes) {
      BMP_NFKC[c] = nfkc;
    }
    if (isMark(type)
        || isComposingJamo(c)
        || (changes && !nfkc.isEmpty() && continuesSegment(nfkc.charAt(0)))) {
      return CONTINUES;
    }
    return changes ? COMPATIBILITY_STARTER : STARTER;
  }

  private static boolean continuesSegment(char c) {
    return isMark(Character.getType(c)) || isComposingJamo(c);
  }

  private static boolean isWhitespaceControl(char c) {
    return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == NEXT_LINE;
  }

  private static boolean isMark(int type) {
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isComposingJamo(int c) {
    return (c >= HANGUL_JUNGSEONG_FIRST && c <= HANGUL_JUNGSEONG_LAST)
        || (c >= HANGUL_JONGSEONG_FIRST && c <= HANGUL_JONGSEONG_LAST);
  }
}
