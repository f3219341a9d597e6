package io.storylines.text;

/**
 * The character classes that {@link SentenceSplitter} works with. Every test is a comparison or a
 * {@link Character} table look-up: nothing allocates.
 */
final class SentenceChars {

  static final char FULL_STOP = '.';
  static final char EXCLAMATION_MARK = '!';
  static final char QUESTION_MARK = '?';
  static final char ARABIC_QUESTION_MARK = '\u061F';
  static final char ARABIC_SEMICOLON = '\u061B';
  static final char ARABIC_FULL_STOP = '\u06D4';
  static final char HORIZONTAL_ELLIPSIS = '\u2026';

  static final char LINE_FEED = '\n';
  static final char CARRIAGE_RETURN = '\r';
  static final char LINE_TABULATION = '\u000B';
  static final char FORM_FEED = '\f';
  static final char LINE_SEPARATOR = '\u2028';
  static final char PARAGRAPH_SEPARATOR = '\u2029';
  static final char ZERO_WIDTH_SPACE = '\u200B';
  static final char ZERO_WIDTH_NO_BREAK_SPACE = '\uFEFF';
  static final char LEFT_TO_RIGHT_MARK = '\u200E';
  static final char RIGHT_TO_LEFT_MARK = '\u200F';
  static final char ARABIC_LETTER_MARK = '\u061C';

  static final char QUOTATION_MARK = '"';
  static final char APOSTROPHE = '\'';
  static final char LEFT_GUILLEMET = '\u00AB';
  static final char RIGHT_GUILLEMET = '\u00BB';
  static final char SINGLE_LEFT_GUILLEMET = '\u2039';
  static final char SINGLE_RIGHT_GUILLEMET = '\u203A';
  static final char LEFT_SINGLE_QUOTATION_MARK = '\u2018';
  static final char RIGHT_SINGLE_QUOTATION_MARK = '\u2019';
  static final char SINGLE_LOW_9_QUOTATION_MARK = '\u201A';
  static final char SINGLE_HIGH_REVERSED_9_QUOTATION_MARK = '\u201B';
  static final char LEFT_DOUBLE_QUOTATION_MARK = '\u201C';
  static final char RIGHT_DOUBLE_QUOTATION_MARK = '\u201D';
  static final char DOUBLE_LOW_9_QUOTATION_MARK = '\u201E';
  static final char DOUBLE_HIGH_REVERSED_9_QUOTATION_MARK = '\u201F';
  static final char ORNATE_LEFT_PARENTHESIS = '\uFD3E';
  static final char ORNATE_RIGHT_PARENTHESIS = '\uFD3F';

  private SentenceChars() {}

  /**
   * Whitespace: Java whitespace, Unicode space separators (so also no-break spaces), and the
   * invisible zero-width space, byte order mark and direction marks (LRM, RLM, ALM) that Arabic
   * scrapes are full of. Spans never start or end with it.
   */
  static boolean isWhitespace(char c) {
    if (c < '\u0080') {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == ZERO_WIDTH_SPACE
        || c == ZERO_WIDTH_NO_BREAK_SPACE
        || c == LEFT_TO_RIGHT_MARK
        || c == RIGHT_TO_LEFT_MARK
        || c == ARABIC_LETTER_MARK;
  }

  /** Line breaks: LF, CR (a CR LF pair is one break), VT, FF, U+2028 and U+2029. */
  static boolean isLineBreak(char c) {
    return c == LINE_FEED
        || c == CARRIAGE_RETURN
        || c == LINE_TABULATION
        || c == FORM_FEED
        || c == LINE_SEPARATOR
        || c == PARAGRAPH_SEPARATOR;
  }

  /** Sentence terminators: {@code . ! ? ؟ ؛ ۔ …}. */
  static boolean isTerminator(char c) {
    switch (c) {
      case FULL_STOP:
      case EXCLAMATION_MARK:
      case QUESTION_MARK:
      case ARABIC_QUESTION_MARK:
      case ARABIC_SEMICOLON:
      case ARABIC_FULL_STOP:
      case HORIZONTAL_ELLIPSIS:
        return true;
      default:
        return false;
    }
  }

  /**
   * Quotation marks of the three languages, opening and closing alike: which role a mark plays is
   * told by where it stands (after a terminator it closes, after whitespace it opens).
   */
  static boolean isQuote(char c) {
    switch (c) {
      case QUOTATION_MARK:
      case APOSTROPHE:
      case LEFT_GUILLEMET:
      case RIGHT_GUILLEMET:
      case SINGLE_LEFT_GUILLEMET:
      case SINGLE_RIGHT_GUILLEMET:
      case LEFT_SINGLE_QUOTATION_MARK:
      case RIGHT_SINGLE_QUOTATION_MARK:
      case SINGLE_LOW_9_QUOTATION_MARK:
      case SINGLE_HIGH_REVERSED_9_QUOTATION_MARK:
      case LEFT_DOUBLE_QUOTATION_MARK:
      case RIGHT_DOUBLE_QUOTATION_MARK:
      case DOUBLE_LOW_9_QUOTATION_MARK:
      case DOUBLE_HIGH_REVERSED_9_QUOTATION_MARK:
        return true;
      default:
        return false;
    }
  }

  /** What may follow a terminator and still belong to its sentence: quotes and closing brackets. */
  static boolean isCloser(char c) {
    return isQuote(c)
        || c == ')'
        || c == ']'
        || c == '}'
        || c == ORNATE_LEFT_PARENTHESIS
        || c == ORNATE_RIGHT_PARENTHESIS;
  }

  /** What may stand before the first word of a sentence: quotes and opening brackets. */
  static boolean isOpener(char c) {
    return isQuote(c)
        || c == '('
        || c == '['
        || c == '{'
        || c == ORNATE_LEFT_PARENTHESIS
        || c == ORNATE_RIGHT_PARENTHESIS;
  }

  /** Letters and the combining marks written on them (Arabic harakat), which continue a word. */
  static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** A letter of the Arabic script. */
  static boolean isArabicLetter(char c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
  }

  /** The apostrophes that join a Turkish suffix to a name ({@code ABD'nin}, {@code ABD’nin}). */
  static boolean isApostrophe(char c) {
    return c == APOSTROPHE || c == RIGHT_SINGLE_QUOTATION_MARK;
  }

  /** An ASCII digit. */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
