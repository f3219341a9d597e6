package io.storylines.text;

/**
 * The start of an article that {@link LanguageIdentifier} looks at, with the letter counts its
 * rules need.
 *
 * <p>The text is the title, a space, then the body, with these rules:
 *
 * <ul>
 *   <li>Each run of whitespace (any {@link Character#isWhitespace} or {@link Character#isSpaceChar}
 *       character, the no-break spaces included) and {@link #ZERO_WIDTH_NO_BREAK_SPACE} (a stray
 *       byte-order mark) becomes one space; the text never starts with one.
 *   <li>The text stops at {@code maxChars} characters. When that falls inside a word, the partial
 *       word is dropped (back to the last space), unless the text has no space at all.
 * </ul>
 *
 * <p>The counts, over the final text:
 *
 * <ul>
 *   <li>{@link #letters}: code points that are {@link Character#isLetter letters}, of any script.
 *   <li>{@link #arabicAlphabetLetters}: letters of the Arabic alphabet proper, {@link #HAMZA} to
 *       {@link #GHAIN} and {@link #TATWEEL} to {@link #YEH} (U+0621..U+063A, U+0640..U+064A).
 *   <li>{@link #otherArabicScriptLetters}: letters of the Arabic script outside that alphabet: the
 *       letters that Persian, Urdu, Pashto, Kurdish, Sindhi or Uyghur add ({@code پ چ ژ گ ک ی ے ە
 *       ڤ}), U+063B..U+063F, and the presentation forms.
 *   <li>{@link #hasArabicMarker}: the text holds {@link #TEH_MARBUTA}, or a word that starts with
 *       the article {@link #ALEF}{@link #LAM}, bare or after one of the proclitics {@link #WAW},
 *       {@link #FEH}, {@link #BEH}, {@link #KAF}.
 * </ul>
 */
record LangSample(
    String text,
    int letters,
    int arabicAlphabetLetters,
    int otherArabicScriptLetters,
    boolean hasArabicMarker) {

  static final char ZERO_WIDTH_NO_BREAK_SPACE = '\uFEFF';
  static final char HAMZA = '\u0621';
  static final char ALEF = '\u0627';
  static final char BEH = '\u0628';
  static final char TEH_MARBUTA = '\u0629';
  static final char GHAIN = '\u063A';
  static final char TATWEEL = '\u0640';
  static final char FEH = '\u0641';
  static final char KAF = '\u0643';
  static final char LAM = '\u0644';
  static final char WAW = '\u0648';
  static final char YEH = '\u064A';

  /** The sample of an article; a null title or body counts as empty. */
  static LangSample of(String title, String body, int maxChars) {
    StringBuilder text = new StringBuilder(Math.min(maxChars, 1024));
    boolean cutInsideWord = appendUntilFull(text, title, maxChars);
    if (text.length() < maxChars) {
      separate(text);
      cutInsideWord = appendUntilFull(text, body, maxChars);
    }
    if (cutInsideWord) {
      int lastSpace = text.lastIndexOf(" ");
      if (lastSpace > 0) {
        text.setLength(lastSpace);
      }
    }
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
    return count(text.toString());
  }

  /**
   * Appends {@code part} with whitespace collapsed until the text holds {@code maxChars}
   * characters; true when it stopped inside a word, so that the caller drops the partial word.
   */
  private static boolean appendUntilFull(StringBuilder text, String part, int maxChars) {
    if (part == null) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (isSpace(c)) {
        separate(text);
      } else if (text.length() >= maxChars) {
        return text.charAt(text.length() - 1) != ' ';
      } else {
        text.append(c);
      }
    }
    return false;
  }

  private static void separate(StringBuilder text) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
      text.append(' ');
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == ZERO_WIDTH_NO_BREAK_SPACE;
  }

  private static LangSample count(String text) {
    int letters = 0;
    int arabicAlphabet = 0;
    int otherArabicScript = 0;
    boolean marker = false;
    int letterInWord = 0;
    int previous = 0;
    int beforePrevious = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        letterInWord = 0;
        continue;
      }
      letters++;
      if (isArabicAlphabet(c)) {
        arabicAlphabet++;
        if (c == TEH_MARBUTA
            || (c == LAM
                && previous == ALEF
                && (letterInWord == 1 || (letterInWord == 2 && isProclitic(beforePrevious))))) {
          marker = true;
        }
      } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
        otherArabicScript++;
      }
      beforePrevious = previous;
      previous = c;
      letterInWord++;
    }
    return new LangSample(text, letters, arabicAlphabet, otherArabicScript, marker);
  }

  private static boolean isArabicAlphabet(int c) {
    return (c >= HAMZA && c <= GHAIN) || (c >= TATWEEL && c <= YEH);
  }

  private static boolean isProclitic(int c) {
    return c == WAW || c == FEH || c == BEH || c == KAF;
  }
}
