package io.storylines.text;

/**
 * The Arabic-script rules of {@link TextNormalizer}, as pure functions on code points.
 *
 * <p>{@code TextNormalizer} applies them to Arabic-script code points in text of every language, so
 * that an English article quoting داعش gives the same key as an Arabic one. The rules:
 *
 * <ul>
 *   <li><em>Tashkeel</em> is removed: the harakat {@link #FATHATAN} to {@link #SUKUN}, the other
 *       Arabic combining marks {@link #MADDAH_ABOVE} to {@link #WAVY_HAMZA_BELOW}, {@link
 *       #SUPERSCRIPT_ALEF}, and the Quranic annotation marks U+0610..U+061A, U+06D6..U+06DC,
 *       U+06DF..U+06E4, U+06E7, U+06E8, U+06EA..U+06ED, U+08D3..U+08E1 and U+08E3..U+08FF (see
 *       {@link #isTashkeel(int)}).
 *   <li>{@link #TATWEEL} is removed.
 *   <li>{@link #ALEF_MADDA}, {@link #ALEF_HAMZA_ABOVE}, {@link #ALEF_HAMZA_BELOW} and {@link
 *       #ALEF_WASLA} become {@link #ALEF}.
 *   <li>{@link #ALEF_MAKSURA} becomes {@link #YEH}.
 *   <li>The Persian letters {@link #FARSI_YEH} and {@link #KEHEH} become {@link #YEH} and {@link
 *       #KAF}.
 *   <li>Arabic-Indic digits (U+0660..U+0669) and Eastern Arabic-Indic digits (U+06F0..U+06F9,
 *       Unicode's "extended Arabic-Indic") become ASCII {@code 0..9}; the number punctuation {@link
 *       #ARABIC_DECIMAL_SEPARATOR}, {@link #ARABIC_THOUSANDS_SEPARATOR} and {@link
 *       #ARABIC_PERCENT_SIGN} becomes {@code . , %}.
 *   <li>In match keys only, {@link #TEH_MARBUTA} becomes {@link #HEH}.
 * </ul>
 *
 * <p>{@link #MADDAH_ABOVE}, {@link #HAMZA_ABOVE} and {@link #HAMZA_BELOW} are the only tashkeel
 * that NFKC composes with a letter (ا + ٔ is أ). {@code TextNormalizer} removes them after NFKC,
 * the other tashkeel before it, so that decomposed and precomposed input give the same text.
 */
public final class ArabicNormalizer {

  public static final char ALEF = '\u0627';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char ALEF_WASLA = '\u0671';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char FARSI_YEH = '\u06CC';
  public static final char KAF = '\u0643';
  public static final char KEHEH = '\u06A9';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char HEH = '\u0647';
  public static final char TATWEEL = '\u0640';

  public static final char FATHATAN = '\u064B';
  public static final char SUKUN = '\u0652';
  public static final char MADDAH_ABOVE = '\u0653';
  public static final char HAMZA_ABOVE = '\u0654';
  public static final char HAMZA_BELOW = '\u0655';
  public static final char WAVY_HAMZA_BELOW = '\u065F';
  public static final char SUPERSCRIPT_ALEF = '\u0670';

  public static final char SIGN_SALLALLAHOU_ALAYHE_WASSALLAM = '\u0610';
  public static final char SMALL_KASRA = '\u061A';
  public static final char SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA = '\u06D6';
  public static final char SMALL_HIGH_SEEN = '\u06DC';
  public static final char SMALL_HIGH_ROUNDED_ZERO = '\u06DF';
  public static final char SMALL_HIGH_MADDA = '\u06E4';
  public static final char SMALL_HIGH_YEH = '\u06E7';
  public static final char SMALL_HIGH_NOON = '\u06E8';
  public static final char EMPTY_CENTRE_LOW_STOP = '\u06EA';
  public static final char SMALL_LOW_MEEM = '\u06ED';
  public static final char SMALL_LOW_WAW = '\u08D3';
  public static final char SMALL_HIGH_SIGN_SAFHA = '\u08E1';
  public static final char TURNED_DAMMA_BELOW = '\u08E3';
  public static final char MARK_SIDEWAYS_NOON_GHUNNA = '\u08FF';

  public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
  public static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
  public static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';
  public static final char ARABIC_PERCENT_SIGN = '\u066A';
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

  private ArabicNormalizer() {}

  /** Whether the code point is tashkeel, which normalization removes. */
  public static boolean isTashkeel(int codePoint) {
    return (codePoint >= FATHATAN && codePoint <= WAVY_HAMZA_BELOW)
        || codePoint == SUPERSCRIPT_ALEF
        || (codePoint >= SIGN_SALLALLAHOU_ALAYHE_WASSALLAM && codePoint <= SMALL_KASRA)
        || (codePoint >= SMALL_HIGH_LIGATURE_SAD_WITH_LAM_WITH_ALEF_MAKSURA
            && codePoint <= SMALL_HIGH_SEEN)
        || (codePoint >= SMALL_HIGH_ROUNDED_ZERO && codePoint <= SMALL_HIGH_MADDA)
        || codePoint == SMALL_HIGH_YEH
        || codePoint == SMALL_HIGH_NOON
        || (codePoint >= EMPTY_CENTRE_LOW_STOP && codePoint <= SMALL_LOW_MEEM)
        || (codePoint >= SMALL_LOW_WAW && codePoint <= SMALL_HIGH_SIGN_SAFHA)
        || (codePoint >= TURNED_DAMMA_BELOW && codePoint <= MARK_SIDEWAYS_NOON_GHUNNA);
  }

  /** Whether the code point is tashkeel that NFKC may compose with the letter before it. */
  public static boolean composesWithLetter(int codePoint) {
    return codePoint >= MADDAH_ABOVE && codePoint <= HAMZA_BELOW;
  }

  /**
   * The code point after the letter and digit rules: alef forms, alef maksura, the Persian letters,
   * digits and number punctuation; any other code point is returned as it is.
   */
  public static int normalizeLetter(int codePoint) {
    if (codePoint < ALEF_MADDA) {
      return codePoint;
    }
    if (codePoint >= ARABIC_INDIC_DIGIT_ZERO && codePoint <= ARABIC_INDIC_DIGIT_NINE) {
      return '0' + (codePoint - ARABIC_INDIC_DIGIT_ZERO);
    }
    if (codePoint >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO
        && codePoint <= EXTENDED_ARABIC_INDIC_DIGIT_NINE) {
      return '0' + (codePoint - EXTENDED_ARABIC_INDIC_DIGIT_ZERO);
    }
    switch (codePoint) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA:
      case FARSI_YEH:
        return YEH;
      case KEHEH:
        return KAF;
      case ARABIC_DECIMAL_SEPARATOR:
        return '.';
      case ARABIC_THOUSANDS_SEPARATOR:
        return ',';
      case ARABIC_PERCENT_SIGN:
        return '%';
      default:
        return codePoint;
    }
  }

  /** The match-key rule: {@link #TEH_MARBUTA} becomes {@link #HEH}; anything else is unchanged. */
  public static int matchKeyLetter(int codePoint) {
    return codePoint == TEH_MARBUTA ? HEH : codePoint;
  }
}
