package io.storylines.text;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * One pass of the code point rules of {@link TextNormalizer} over text whose markup is already
 * gone: removal, NFKC, the letter rules, case folding, joiners and whitespace, in one sweep.
 *
 * <p>Order within the pass, per segment (see {@link NormCharTable}): code points that are removed
 * go first, so that NFKC sees the text without them and composes what they separated; then NFKC;
 * then the letter rules and case folding on what NFKC wrote, and the whitespace rules last.
 *
 * <p>A pass reports itself {@link #unstable()} when its output might change if normalized again:
 * NFKC wrote something that the pass then removed or case-folded in a way that might undo the
 * composition, or a joiner was removed right before a combining mark. {@link TextNormalizer} then
 * runs another pass over the output; ordinary text never needs one.
 */
final class NormTextPass {

  private static final char NEXT_LINE = '\u0085';
  private static final char LINE_SEPARATOR = '\u2028';
  private static final char PARAGRAPH_SEPARATOR = '\u2029';
  private static final char VARIATION_SELECTOR_16 = '\uFE0F';

  private static final int NOT_WHITESPACE = 0;
  private static final int SPACE = 1;
  private static final int LINE_FEED = 2;
  private static final int LINE_BREAK = 3;
  private static final int CARRIAGE_RETURN = 4;
  private static final int PARAGRAPH_BREAK = 5;

  /** Scripts whose letters change shape or form conjuncts at a joiner, so the joiner matters. */
  private static final Set<UnicodeScript> JOINING_SCRIPTS =
      EnumSet.of(
          UnicodeScript.ARABIC,
          UnicodeScript.SYRIAC,
          UnicodeScript.NKO,
          UnicodeScript.MANDAIC,
          UnicodeScript.MONGOLIAN,
          UnicodeScript.DEVANAGARI,
          UnicodeScript.BENGALI,
          UnicodeScript.GURMUKHI,
          UnicodeScript.GUJARATI,
          UnicodeScript.ORIYA,
          UnicodeScript.TAMIL,
          UnicodeScript.TELUGU,
          UnicodeScript.KANNADA,
          UnicodeScript.MALAYALAM,
          UnicodeScript.SINHALA);

  private final NormChars in;
  private final boolean matchKey;
  private final boolean turkic;
  private final NormChars.Builder out;
  private boolean unstable;

  /** The current segment: input chars [segmentFirst, segmentLast], -1 when there is none. */
  private int segmentFirst = -1;

  private int segmentLast;
  private int segmentCodePoint;
  private int segmentCodePoints;
  private final StringBuilder segmentChars = new StringBuilder();

  private boolean pendingSpace;
  private int spaceStart;
  private int spaceEnd;
  private int pendingBreaks;
  private final int[] breakStarts = new int[2];
  private final int[] breakEnds = new int[2];

  /** The break that a carriage return just filled, which a following line feed joins; or -1. */
  private int carriageReturnBreak = -1;

  private int pendingJoiner = -1;
  private int joinerStart;
  private int joinerEnd;
  private int beforeJoiner;

  private NormTextPass(NormChars in, boolean matchKey, boolean turkic) {
    this.in = in;
    this.matchKey = matchKey;
    this.turkic = turkic;
    this.out = new NormChars.Builder(in.length() + 16);
  }

  /** Runs a pass; {@code turkic} matters only for match keys. */
  static NormTextPass run(NormChars in, boolean matchKey, boolean turkic) {
    NormTextPass pass = new NormTextPass(in, matchKey, turkic);
    pass.sweep();
    return pass;
  }

  NormChars output() {
    return out.build();
  }

  boolean unstable() {
    return unstable;
  }

  private void sweep() {
    char[] chars = in.array();
    int length = in.length();
    int i = 0;
    while (i < length) {
      char c = chars[i];
      int codePoint = c;
      int width = 1;
      byte type = NormCharTable.classOf(c);
      if (type == NormCharTable.SURROGATE) {
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(chars[i + 1])) {
          codePoint = Character.toCodePoint(c, chars[i + 1]);
          width = 2;
          type = NormCharTable.classOf(codePoint);
        } else {
          // NormChars.of replaced the lone surrogates of the original; this keeps the pass total.
          codePoint = NormChars.REPLACEMENT_CHARACTER;
          type = NormCharTable.STARTER;
        }
      }
      int last = i + width - 1;
      switch (type) {
        case NormCharTable.REMOVED:
          break;
        case NormCharTable.REMOVED_MARK:
          if (segmentFirst >= 0) {
            segmentLast = last;
          }
          break;
        case NormCharTable.JOINER:
          if (!matchKey) {
            flushSegment();
            joinerArrives(codePoint, in.startOf(i), in.endOf(last));
          }
          break;
        case NormCharTable.CONTINUES:
          if (segmentFirst >= 0) {
            continueSegment(codePoint, last);
          } else {
            startSegment(codePoint, i, last);
          }
          break;
        default:
          flushSegment();
          startSegment(codePoint, i, last);
          break;
      }
      i += width;
    }
    flushSegment();
  }

  private void startSegment(int codePoint, int first, int last) {
    segmentFirst = first;
    segmentLast = last;
    segmentCodePoint = codePoint;
    segmentCodePoints = 1;
  }

  private void continueSegment(int codePoint, int last) {
    if (segmentCodePoints == 1) {
      segmentChars.setLength(0);
      segmentChars.appendCodePoint(segmentCodePoint);
    }
    segmentChars.appendCodePoint(codePoint);
    segmentCodePoints++;
    segmentLast = last;
  }

  private void flushSegment() {
    if (segmentFirst < 0) {
      return;
    }
    int start = in.startOf(segmentFirst);
    int end = in.endOf(segmentLast);
    segmentFirst = -1;
    if (segmentCodePoints == 1 && Character.isBmpCodePoint(segmentCodePoint)) {
      String nfkc = NormCharTable.nfkc((char) segmentCodePoint);
      if (nfkc == null) {
        emitAlone(segmentCodePoint, start, end);
      } else {
        emitNormalized(nfkc, start, end);
      }
      return;
    }
    CharSequence segment =
        segmentCodePoints == 1 ? new String(Character.toChars(segmentCodePoint)) : segmentChars;
    emitNormalized(Normalizer.normalize(segment, Normalizer.Form.NFKC), start, end);
  }

  /** Writes a segment of one code point that NFKC leaves as it is: the fast path. */
  private void emitAlone(int codePoint, int start, int end) {
    if (ArabicNormalizer.composesWithLetter(codePoint)) {
      // Composing tashkeel with no letter before it in its segment: NFKC had nothing to compose.
      return;
    }
    int whitespace = whitespaceKind(codePoint);
    if (whitespace != NOT_WHITESPACE) {
      whitespace(whitespace, start, end);
      return;
    }
    int letter = ArabicNormalizer.normalizeLetter(codePoint);
    int folded = fold(letter);
    if (folded != letter && !staysNormalizedAlone(folded)) {
      unstable = true;
    }
    content(folded, start, end);
  }

  /** Writes a segment's NFKC form, applying removal after NFKC, the letter rules and folding. */
  private void emitNormalized(String nfkc, int start, int end) {
    int written = out.length();
    boolean removedSome = false;
    boolean foldedSome = false;
    int k = 0;
    while (k < nfkc.length()) {
      int codePoint = nfkc.codePointAt(k);
      k += Character.charCount(codePoint);
      if (NormCharTable.removedAfterNfkc(codePoint)) {
        removedSome = true;
        continue;
      }
      if (removedSome && NormCharTable.classOf(codePoint) == NormCharTable.CONTINUES) {
        // Without what was removed before it, this mark may compose or reorder differently.
        unstable = true;
      }
      int whitespace = whitespaceKind(codePoint);
      if (whitespace != NOT_WHITESPACE) {
        whitespace(whitespace, start, end);
        continue;
      }
      int letter = ArabicNormalizer.normalizeLetter(codePoint);
      int folded = fold(letter);
      foldedSome |= folded != letter;
      content(folded, start, end);
    }
    if (foldedSome && !Normalizer.isNormalized(out.since(written), Normalizer.Form.NFKC)) {
      unstable = true;
    }
  }

  private int fold(int codePoint) {
    if (!matchKey) {
      return codePoint;
    }
    int lower =
        turkic
            ? TurkishCaseFolder.foldTurkic(codePoint)
            : TurkishCaseFolder.foldNonTurkic(codePoint);
    return ArabicNormalizer.matchKeyLetter(lower);
  }

  private static boolean staysNormalizedAlone(int codePoint) {
    if (Character.isBmpCodePoint(codePoint)) {
      return NormCharTable.classOf(codePoint) == NormCharTable.STARTER;
    }
    return Normalizer.isNormalized(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
  }

  /** Writes a code point that is not whitespace, after any whitespace or joiner waiting for it. */
  private void content(int codePoint, int start, int end) {
    carriageReturnBreak = -1;
    if (out.length() > 0) {
      if (pendingBreaks > 0) {
        for (int b = 0; b < pendingBreaks; b++) {
          out.append('\n', breakStarts[b], breakEnds[b]);
        }
      } else if (pendingSpace) {
        out.append(' ', spaceStart, spaceEnd);
      }
    }
    pendingBreaks = 0;
    pendingSpace = false;
    if (pendingJoiner >= 0) {
      if (keepsJoiner(pendingJoiner, beforeJoiner, codePoint)) {
        out.append((char) pendingJoiner, joinerStart, joinerEnd);
      } else if (NormCharTable.classOf(codePoint) == NormCharTable.CONTINUES) {
        unstable = true;
      }
      pendingJoiner = -1;
    }
    out.appendCodePoint(codePoint, start, end);
  }

  private void joinerArrives(int joiner, int start, int end) {
    pendingJoiner = -1;
    if (out.length() == 0 || pendingSpace || pendingBreaks > 0) {
      return;
    }
    pendingJoiner = joiner;
    joinerStart = start;
    joinerEnd = end;
    beforeJoiner = out.lastCodePoint();
  }

  /**
   * The joiner rule: a joiner is kept between two letters (or a combining mark and a letter) of the
   * same joining script, and a zero width joiner also between two pictographs (or an emoji modifier
   * or variation selector 16 and a pictograph), where it builds an emoji sequence.
   */
  private static boolean keepsJoiner(int joiner, int before, int after) {
    if (joiner == NormCharTable.ZERO_WIDTH_JOINER
        && isPictograph(after)
        && (isPictograph(before) || before == VARIATION_SELECTOR_16)) {
      return true;
    }
    if (!Character.isLetter(after)) {
      return false;
    }
    UnicodeScript script = UnicodeScript.of(after);
    if (!JOINING_SCRIPTS.contains(script) || UnicodeScript.of(before) != script) {
      return false;
    }
    int type = Character.getType(before);
    return Character.isLetter(before)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Pictographs, emoji modifiers included, by block: enough for emoji zero-width-joiner runs. */
  private static boolean isPictograph(int codePoint) {
    return (codePoint >= 0x1F000 && codePoint <= 0x1FAFF)
        || (codePoint >= 0x2300 && codePoint <= 0x23FF)
        || (codePoint >= 0x2600 && codePoint <= 0x27BF)
        || (codePoint >= 0x2B00 && codePoint <= 0x2BFF);
  }

  private void whitespace(int kind, int start, int end) {
    pendingJoiner = -1;
    if (kind == SPACE) {
      carriageReturnBreak = -1;
      if (!pendingSpace && pendingBreaks == 0) {
        pendingSpace = true;
        spaceStart = start;
        spaceEnd = end;
      }
      return;
    }
    if (kind == LINE_FEED && carriageReturnBreak >= 0) {
      if (end > breakEnds[carriageReturnBreak]) {
        breakEnds[carriageReturnBreak] = end;
      }
      carriageReturnBreak = -1;
      return;
    }
    pendingSpace = false;
    carriageReturnBreak = -1;
    int breaks = kind == PARAGRAPH_BREAK ? 2 : 1;
    for (int b = 0; b < breaks && pendingBreaks < 2; b++) {
      breakStarts[pendingBreaks] = start;
      breakEnds[pendingBreaks] = end;
      if (kind == CARRIAGE_RETURN) {
        carriageReturnBreak = pendingBreaks;
      }
      pendingBreaks++;
    }
  }

  private static int whitespaceKind(int codePoint) {
    if (codePoint > ' ' && codePoint < NEXT_LINE) {
      return NOT_WHITESPACE;
    }
    switch (codePoint) {
      case ' ':
      case '\t':
        return SPACE;
      case '\n':
        return LINE_FEED;
      case '\u000B':
      case '\f':
      case NEXT_LINE:
      case LINE_SEPARATOR:
        return LINE_BREAK;
      case '\r':
        return CARRIAGE_RETURN;
      case PARAGRAPH_SEPARATOR:
        return PARAGRAPH_BREAK;
      default:
        return Character.getType(codePoint) == Character.SPACE_SEPARATOR ? SPACE : NOT_WHITESPACE;
    }
  }
}
