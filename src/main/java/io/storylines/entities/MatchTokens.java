package io.storylines.entities;

/**
 * Token boundaries in match-key text, for {@link AliasMatcher}.
 *
 * <p>Vocabulary: a <em>word char</em> is a code point that is a letter, a digit or a combining mark
 * (general categories L, Nd, Nl, No, Mn, Mc, Me). A <em>token</em> is a maximal run of word chars,
 * except that an {@link #isApostrophe apostrophe} between two letters joins them into one token: in
 * {@code suriye'nin} and {@code trump's}, {@code nin} and {@code s} are suffixes, not tokens of
 * their own. Everything else (spaces, punctuation, hyphens, symbols) separates tokens.
 */
public final class MatchTokens {

  static final char APOSTROPHE = '\'';
  static final char LEFT_SINGLE_QUOTATION_MARK = '\u2018';
  static final char RIGHT_SINGLE_QUOTATION_MARK = '\u2019';
  static final char MODIFIER_LETTER_APOSTROPHE = '\u02BC';

  private MatchTokens() {}

  /** Whether {@code c} is written as an apostrophe: {@code ' ‘ ’ ʼ}. */
  public static boolean isApostrophe(char c) {
    return c == APOSTROPHE
        || c == RIGHT_SINGLE_QUOTATION_MARK
        || c == LEFT_SINGLE_QUOTATION_MARK
        || c == MODIFIER_LETTER_APOSTROPHE;
  }

  /** Whether a code point is a word char. */
  public static boolean isWordCodePoint(int codePoint) {
    if (Character.isLetterOrDigit(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Whether the code point that starts at {@code index} is a word char; false at the end. */
  static boolean isWordAt(String text, int index) {
    return index < text.length() && isWordCodePoint(text.codePointAt(index));
  }

  /** Whether the code point that ends just before {@code index} is a word char; false at 0. */
  static boolean isWordBefore(String text, int index) {
    return index > 0 && isWordCodePoint(text.codePointBefore(index));
  }

  /**
   * Whether a token starts at {@code index}: it is 0, or the code point before is no word char and
   * is not an apostrophe that follows a letter (a suffix such as {@code 'nin} starts no token).
   */
  static boolean startsToken(String text, int index) {
    if (isWordBefore(text, index)) {
      return false;
    }
    return !(index >= 2
        && isApostrophe(text.charAt(index - 1))
        && Character.isLetter(text.codePointBefore(index - 1)));
  }

  /**
   * Whether a name that ends just before {@code index} ends with its token: the text ends there or
   * goes on with no word char. An apostrophe does not continue a name, so whatever follows one is
   * an allowed suffix ({@code Suriye'nin}, {@code Trump's}).
   */
  static boolean endsToken(String text, int index) {
    return !isWordAt(text, index);
  }

  /** The end of the run of word chars that starts at {@code index}. */
  static int wordRunEnd(String text, int index) {
    int end = index;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      if (!isWordCodePoint(codePoint)) {
        break;
      }
      end += Character.charCount(codePoint);
    }
    return end;
  }
}
