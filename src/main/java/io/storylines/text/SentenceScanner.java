package io.storylines.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass of {@link SentenceSplitter} over one text; the rules are documented there.
 * Not reusable and not thread-safe: the splitter makes one per call.
 *
 * <p>Vocabulary: a <em>token</em> is a maximal run of non-whitespace characters; the <em>tail</em>
 * of a terminator is the maximal run of terminators and closers that starts with it; the <em>word
 * before</em> a tail is its token from the first character after any openers up to the tail; the
 * <em>next word</em> is the run of letters (and combining marks) that starts after the whitespace
 * and openers that follow a tail.
 *
 * <p>Each character is visited a bounded number of times: once by the main loop, at most once more
 * by the look-ahead over a tail or over the whitespace after a tail or a line break, and words are
 * read at most {@link SentenceWordSet#MAX_WORD_LENGTH} characters deep. So the pass is linear.
 */
final class SentenceScanner {

  /** Domain suffixes written in Arabic ({@code العربية.نت}): a dot before them ends nothing. */
  private static final SentenceWordSet ARABIC_DOMAINS = SentenceWordSet.of("نت كوم");

  /** Letters needed before a tail that a capitalised word follows without a space (rule 2). */
  static final int MIN_LETTERS_BEFORE_CAPITAL = 4;

  /** The longest number read as a Turkish ordinal (rule 6): {@code 999.}. */
  static final int MAX_ORDINAL_DIGITS = 3;

  /** The longest Roman numeral read as a Turkish ordinal (rule 6): {@code XVIII.}. */
  static final int MAX_ROMAN_NUMERAL_LETTERS = 6;

  private final String text;
  private final int length;
  private final SentenceLanguage language;
  private final int maxLength;
  private final List<Sentence> sentences = new ArrayList<>();

  /** First character of the current sentence; -1 between sentences. */
  private int sentenceStart = -1;

  /** End of the last non-whitespace character of the current sentence. */
  private int contentEnd;

  /** Whether the previous character was part of a token of the current sentence. */
  private boolean inToken;

  private int tokenStart;

  /**
   * Where the word of the current token starts: after its leading openers. Kept up to date
   * character by character, so that no look-up walks back over a long run of openers.
   */
  private int tokenWordStart;

  /** The token before the current one in the current sentence; -1 if there is none. */
  private int previousTokenStart = -1;

  private int previousTokenEnd = -1;

  /** End of the tail being passed over; -1 when not in a tail. */
  private int tailEnd = -1;

  /** Whether the sentence ends at {@link #tailEnd}. */
  private boolean endsAfterTail;

  SentenceScanner(String text, SentenceLanguage language, int maxLength) {
    this.text = text;
    this.length = text.length();
    this.language = language;
    this.maxLength = maxLength;
  }

  List<Sentence> scan() {
    int i = 0;
    while (i < length) {
      if (i == tailEnd) {
        tailEnd = -1;
        if (endsAfterTail) {
          endSentence();
        }
      }
      char c = text.charAt(i);
      if (SentenceChars.isWhitespace(c)) {
        if (sentenceStart >= 0 && SentenceChars.isLineBreak(c)) {
          i = lineBreak(i);
        } else {
          inToken = false;
          i++;
        }
        continue;
      }
      content(i, c);
      if (tailEnd < 0 && SentenceChars.isTerminator(c)) {
        tail(i);
      }
      i++;
    }
    endSentence();
    return sentences;
  }

  /** Adds the non-whitespace character {@code c} at {@code i} to the current sentence. */
  private void content(int i, char c) {
    if (sentenceStart < 0) {
      sentenceStart = i;
      tokenStart = i;
      tokenWordStart = i;
      previousTokenStart = -1;
      previousTokenEnd = -1;
    } else if (!inToken) {
      previousTokenStart = tokenStart;
      previousTokenEnd = contentEnd;
      tokenStart = i;
      tokenWordStart = i;
    }
    inToken = true;
    if (i - sentenceStart >= maxLength) {
      cut(i);
    }
    if (tokenWordStart == i && SentenceChars.isOpener(c)) {
      tokenWordStart = i + 1;
    }
    contentEnd = i + 1;
  }

  /**
   * Rule 7: the sentence would grow past the cap with the character at {@code i}. Ends it after the
   * token before the current one or, when the current token is the whole sentence, right before
   * {@code i} (but never between the halves of a surrogate pair).
   */
  private void cut(int i) {
    if (tokenStart > sentenceStart) {
      sentences.add(new Sentence(sentenceStart, previousTokenEnd));
      sentenceStart = tokenStart;
    } else {
      int cutAt = i;
      if (Character.isLowSurrogate(text.charAt(i))
          && Character.isHighSurrogate(text.charAt(i - 1))
          && i - 1 > sentenceStart) {
        cutAt = i - 1;
      }
      sentences.add(new Sentence(sentenceStart, cutAt));
      sentenceStart = cutAt;
      tokenStart = cutAt;
      tokenWordStart = Math.max(tokenWordStart, cutAt);
    }
    previousTokenStart = -1;
    previousTokenEnd = -1;
  }

  private void endSentence() {
    if (sentenceStart >= 0) {
      sentences.add(new Sentence(sentenceStart, contentEnd));
      sentenceStart = -1;
    }
    inToken = false;
  }

  /**
   * Rule 1, at a line break inside a sentence: passes the whitespace run that starts at {@code i}
   * and decides whether it ends the sentence. Returns the index after the run.
   */
  private int lineBreak(int i) {
    int breaks = 0;
    boolean paragraph = false;
    int j = i;
    while (j < length && SentenceChars.isWhitespace(text.charAt(j))) {
      char c = text.charAt(j);
      if (SentenceChars.isLineBreak(c)) {
        boolean crLf =
            c == SentenceChars.CARRIAGE_RETURN
                && j + 1 < length
                && text.charAt(j + 1) == SentenceChars.LINE_FEED;
        if (!crLf) {
          breaks++;
        }
        paragraph |= c == SentenceChars.PARAGRAPH_SEPARATOR;
      }
      j++;
    }
    boolean wrapped =
        breaks == 1 && !paragraph && j < length && language.isCased() && continuesLine(j);
    if (wrapped) {
      inToken = false;
    } else {
      endSentence();
    }
    return j;
  }

  /** Reads the tail that starts with the terminator at {@code i} and decides rules 2 to 6. */
  private void tail(int i) {
    int terminators = 0;
    boolean quoted = false;
    int j = i;
    while (j < length) {
      char c = text.charAt(j);
      if (SentenceChars.isTerminator(c)) {
        terminators++;
      } else if (SentenceChars.isCloser(c)) {
        quoted |= SentenceChars.isQuote(c);
      } else {
        break;
      }
      j++;
    }
    tailEnd = j;
    boolean singleDot = terminators == 1 && text.charAt(i) == SentenceChars.FULL_STOP;
    if (j == length) {
      endsAfterTail = true;
    } else if (SentenceChars.isWhitespace(text.charAt(j))) {
      endsAfterTail = endsBeforeWhitespace(i, j, quoted, singleDot);
    } else if (SentenceChars.isArabicLetter(text.charAt(j))) {
      endsAfterTail = endsBeforeArabicLetter(i, j, singleDot);
    } else {
      endsAfterTail = j - i == terminators && endsBeforeCapital(i, j);
    }
  }

  /** Rules 2 to 6 for a tail from {@code i} to {@code j} that whitespace follows. */
  private boolean endsBeforeWhitespace(int i, int j, boolean quoted, boolean singleDot) {
    int next = j;
    while (next < length && SentenceChars.isWhitespace(text.charAt(next))) {
      if (SentenceChars.isLineBreak(text.charAt(next))) {
        return true;
      }
      next++;
    }
    while (next < length && SentenceChars.isOpener(text.charAt(next))) {
      next++;
    }
    if (next == length) {
      return true;
    }
    if (language.isCased() && startsLowerCase(next)) {
      return false;
    }
    int nextWordEnd = wordEnd(next);
    if (quoted && language.attribution.contains(text, next, nextWordEnd)) {
      return false;
    }
    if (!singleDot) {
      return true;
    }
    int wordStart = tokenWordStart;
    if (wordStart == i) {
      return true;
    }
    int segmentStart = segmentStart(wordStart, i);
    if (language.titles.contains(text, wordStart, i)
        || language.titles.contains(text, segmentStart, i)) {
      return false;
    }
    if ((language.beforeNumber.contains(text, wordStart, i)
            || language.beforeNumber.contains(text, segmentStart, i))
        && Character.isDigit(text.charAt(next))) {
      return false;
    }
    boolean starterFollows = language.starters.contains(text, next, nextWordEnd);
    if (language.trailing.contains(text, wordStart, i)
        || language.trailing.contains(text, segmentStart, i)
        || isInitial(wordStart, i)
        || isInitial(segmentStart, i)
        || isDottedAcronym(wordStart, i)) {
      return starterFollows;
    }
    if (language.hasTurkishOrdinals() && isOrdinal(wordStart, i)) {
      return starterFollows;
    }
    return true;
  }

  /**
   * Rule 2, missing space: a tail from {@code i} to {@code j} that an Arabic letter follows. A lone
   * dot after a single letter ({@code ق.م}) or a listed abbreviation ({@code سي.بي.إس}) stays.
   */
  private boolean endsBeforeArabicLetter(int i, int j, boolean singleDot) {
    if (ARABIC_DOMAINS.contains(text, j, wordEnd(j))) {
      return false;
    }
    if (singleDot) {
      int segmentStart = segmentStart(tokenWordStart, i);
      boolean singleLetter = i - segmentStart == 1 && Character.isLetter(text.charAt(segmentStart));
      return !singleLetter && !isListedAbbreviation(segmentStart, i);
    }
    return true;
  }

  /**
   * Rule 2, missing space in a cased language: a tail of terminators only from {@code i} to {@code
   * j} directly followed by a capitalised word ({@code açtırdı.İsveç}, {@code said.May}). Ends the
   * sentence when at least {@value #MIN_LETTERS_BEFORE_CAPITAL} letters, the last one lower-case,
   * stand right before the tail and they are no listed abbreviation ({@code Prof.Dr.Ahmet}).
   */
  private boolean endsBeforeCapital(int i, int j) {
    if (!language.isCased()
        || j + 1 >= length
        || !Character.isUpperCase(text.charAt(j))
        || !Character.isLowerCase(text.charAt(j + 1))) {
      return false;
    }
    int lettersStart = i;
    int limit = Math.max(tokenStart, i - SentenceWordSet.MAX_WORD_LENGTH - 1);
    while (lettersStart > limit && Character.isLetter(text.charAt(lettersStart - 1))) {
      lettersStart--;
    }
    return i - lettersStart >= MIN_LETTERS_BEFORE_CAPITAL
        && Character.isLowerCase(text.charAt(i - 1))
        && !isListedAbbreviation(lettersStart, i);
  }

  private boolean isListedAbbreviation(int start, int end) {
    return language.titles.contains(text, start, end)
        || language.beforeNumber.contains(text, start, end)
        || language.trailing.contains(text, start, end);
  }

  /**
   * The start of the last dot-separated segment of the word from {@code wordStart} to the tail at
   * {@code i} ({@code Dr} in {@code Prof.Dr}), looked for at most one past the longest listed word.
   */
  private int segmentStart(int wordStart, int i) {
    int limit = Math.max(wordStart, i - SentenceWordSet.MAX_WORD_LENGTH - 1);
    for (int k = i - 1; k > limit; k--) {
      if (text.charAt(k - 1) == SentenceChars.FULL_STOP) {
        return k;
      }
    }
    return wordStart;
  }

  /** The end of the letters from {@code start}, read at most one past the longest listed word. */
  private int wordEnd(int start) {
    int limit = Math.min(length, start + SentenceWordSet.MAX_WORD_LENGTH + 1);
    int end = start;
    while (end < limit && SentenceChars.isWordChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Whether the line at {@code i} continues the line before: it starts with a lower-case letter, or
   * with an apostrophe and a lower-case letter (a Turkish suffix cut off its name: {@code 'nin}).
   */
  private boolean continuesLine(int i) {
    int start = i;
    if (SentenceChars.isApostrophe(text.charAt(i)) && i + 1 < length) {
      start = i + 1;
    }
    return startsLowerCase(start);
  }

  /**
   * Whether a lower-case letter starts the text at {@code i}, not counting words such as iPhone or
   * eBay whose second letter is upper-case.
   */
  private boolean startsLowerCase(int i) {
    int first = text.codePointAt(i);
    if (!Character.isLowerCase(first)) {
      return false;
    }
    int second = i + Character.charCount(first);
    return second >= length || !Character.isUpperCase(text.codePointAt(second));
  }

  /** A single letter that is not lower-case: a Latin initial or an Arabic letter. */
  private boolean isInitial(int start, int end) {
    char c = text.charAt(start);
    return end - start == 1 && Character.isLetter(c) && !Character.isLowerCase(c);
  }

  /**
   * Single letters joined by dots, the final dot being the terminator: {@code U.S}, {@code T.C}.
   */
  private boolean isDottedAcronym(int start, int end) {
    int letters = end - start;
    if (letters < 3 || letters > SentenceWordSet.MAX_WORD_LENGTH || letters % 2 == 0) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      boolean letterPlace = (k - start) % 2 == 0;
      if (letterPlace ? !Character.isLetter(c) : c != SentenceChars.FULL_STOP) {
        return false;
      }
    }
    return true;
  }

  /**
   * Rule 6: a Roman numeral, or one to three digits without a quantity word ({@code yüzde}, {@code
   * bin}) before them.
   */
  private boolean isOrdinal(int start, int end) {
    if (isRomanNumeral(start, end)) {
      return true;
    }
    int digits = end - start;
    if (digits < 1 || digits > MAX_ORDINAL_DIGITS) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (!SentenceChars.isAsciiDigit(text.charAt(k))) {
        return false;
      }
    }
    return previousTokenStart < 0
        || !language.quantities.contains(text, previousTokenStart, previousTokenEnd);
  }

  /** Up to {@value #MAX_ROMAN_NUMERAL_LETTERS} of the letters {@code I V X L C}. */
  private boolean isRomanNumeral(int start, int end) {
    if (end - start < 1 || end - start > MAX_ROMAN_NUMERAL_LETTERS) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') {
        return false;
      }
    }
    return true;
  }
}
