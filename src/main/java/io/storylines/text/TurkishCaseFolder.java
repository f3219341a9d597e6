package io.storylines.text;

import java.util.Locale;

/**
 * Locale-correct lower-casing for match keys, as a pure function on code points; never the JVM's
 * default locale.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Turkic text (see {@link #isTurkic(String)}): {@link #LATIN_CAPITAL_LETTER_I} becomes {@link
 *       #LATIN_SMALL_LETTER_DOTLESS_I} and {@link #LATIN_CAPITAL_LETTER_I_WITH_DOT_ABOVE} becomes
 *       {@link #LATIN_SMALL_LETTER_I}: Turkish and Azerbaijani pair I with ı and İ with i.
 *   <li>Any other text: {@code I} becomes {@code i}, and so does İ: a dotted capital I is Turkish
 *       wherever it appears, and {@code "İstanbul"} in an English article should match {@code
 *       "istanbul"}.
 *   <li>Every other code point gets its simple (one-to-one) Unicode lower case, {@link
 *       Character#toLowerCase(int)}, which depends on no locale.
 * </ul>
 *
 * <p>The decomposed dotted capital (I followed by U+0307 COMBINING DOT ABOVE) is composed to İ by
 * NFKC before folding, so it folds the same way.
 */
public final class TurkishCaseFolder {

  public static final char LATIN_CAPITAL_LETTER_I = 'I';
  public static final char LATIN_SMALL_LETTER_I = 'i';
  public static final char LATIN_CAPITAL_LETTER_I_WITH_DOT_ABOVE = '\u0130';
  public static final char LATIN_SMALL_LETTER_DOTLESS_I = '\u0131';

  private TurkishCaseFolder() {}

  /**
   * Whether a language tag names a Turkic language with the dotted and dotless I: its primary
   * subtag (before any {@code -} or {@code _}) is, ignoring case, {@code tr}, {@code tur}, {@code
   * az} or {@code aze}. Null, empty and {@code und} are not Turkic.
   */
  public static boolean isTurkic(String lang) {
    if (lang == null) {
      return false;
    }
    int end = 0;
    while (end < lang.length() && lang.charAt(end) != '-' && lang.charAt(end) != '_') {
      end++;
    }
    String primary = lang.substring(0, end).toLowerCase(Locale.ROOT);
    return primary.equals("tr")
        || primary.equals("tur")
        || primary.equals("az")
        || primary.equals("aze");
  }

  /** The lower case of a code point in Turkic text. */
  public static int foldTurkic(int codePoint) {
    if (codePoint == LATIN_CAPITAL_LETTER_I) {
      return LATIN_SMALL_LETTER_DOTLESS_I;
    }
    return foldNonTurkic(codePoint);
  }

  /** The lower case of a code point in any other text. */
  public static int foldNonTurkic(int codePoint) {
    if (codePoint == LATIN_CAPITAL_LETTER_I_WITH_DOT_ABOVE) {
      return LATIN_SMALL_LETTER_I;
    }
    return Character.toLowerCase(codePoint);
  }
}
