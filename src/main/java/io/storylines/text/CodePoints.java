package io.storylines.text;

/**
 * Converts Java's UTF-16 offsets into code point offsets, the unit of Python, DuckDB and polars
 * string slicing. Published spans use code points so that an analyst's {@code body[start:end]}
 * (Python) or {@code substring(body, start + 1, end - start)} (DuckDB) is the span's text. A body
 * without surrogate pairs (no emoji, no characters outside the Basic Multilingual Plane) has equal
 * offsets in both units.
 */
public final class CodePoints {
  private CodePoints() {}

  /** Whether the text has a surrogate, so that the two units differ. */
  public static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rewrites ascending UTF-16 offsets in place as code point offsets, in one pass over the text. An
   * unpaired surrogate counts as one code point, as Java's {@link String#codePointCount} counts it.
   *
   * @param offsets UTF-16 offsets in ascending order, each within [0, text.length()]
   */
  public static void toCodePoints(String text, int[] offsets) {
    int utf16 = 0;
    int codePoints = 0;
    for (int i = 0; i < offsets.length; i++) {
      int target = offsets[i];
      if (target < utf16) {
        throw new IllegalArgumentException("offsets must be ascending: " + target + " after " + utf16);
      }
      codePoints += Character.codePointCount(text, utf16, target);
      utf16 = target;
      offsets[i] = codePoints;
    }
  }

  /**
   * Rewrites ascending code point offsets in place as UTF-16 offsets, the inverse of {@link
   * #toCodePoints}.
   *
   * @param offsets code point offsets in ascending order, each within the text
   */
  public static void toUtf16(String text, int[] offsets) {
    int utf16 = 0;
    int codePoints = 0;
    for (int i = 0; i < offsets.length; i++) {
      int target = offsets[i];
      if (target < codePoints) {
        throw new IllegalArgumentException(
            "offsets must be ascending: " + target + " after " + codePoints);
      }
      utf16 = text.offsetByCodePoints(utf16, target - codePoints);
      codePoints = target;
      offsets[i] = utf16;
    }
  }

  /**
   * Replaces every unpaired surrogate with U+FFFD REPLACEMENT CHARACTER. UTF-8, and so Parquet, cannot
   * store an unpaired surrogate (Spark would write {@code ?}); the replacement keeps the text's
   * length in code points. Returns the same instance when there is nothing to replace.
   */
  public static String replaceLoneSurrogates(String text) {
    if (text == null || !hasSurrogates(text)) {
      return text;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
              : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
      if (Character.isSurrogate(c) && !paired) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }
}
