package io.storylines.text;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits news text in Arabic, English and Turkish into sentences, as spans that point into the
 * text. Pure logic: no I/O, immutable, thread-safe and cheap to share; one pass over the text in
 * linear time, allocating only the result.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li><em>Whitespace</em>: Java whitespace, Unicode space separators (no-break spaces too), and
 *       the invisible U+200B ZERO WIDTH SPACE, U+FEFF byte order mark and direction marks U+200E,
 *       U+200F and U+061C.
 *   <li><em>Line break</em>: LF, CR, CR LF (one break), VT, FF, U+2028 LINE SEPARATOR and U+2029
 *       PARAGRAPH SEPARATOR.
 *   <li><em>Terminator</em>: {@code .} {@code !} {@code ?} {@code ؟} (U+061F ARABIC QUESTION MARK)
 *       {@code ؛} (U+061B ARABIC SEMICOLON) {@code ۔} (U+06D4 ARABIC FULL STOP) {@code …} (U+2026).
 *       A run of them ({@code ?!}, {@code ...}, {@code ..}) counts as one.
 *   <li><em>Quote</em>: {@code " ' « » ‹ › ‘ ’ ‚ ‛ “ ” „ ‟}. <em>Closer</em>: a quote, <code>)
 *       ] &#125;</code> or an ornate parenthesis {@code ﴾ ﴿}. <em>Opener</em>: a quote, <code>( [
 *       &#123;</code> or an ornate parenthesis. Whether a quote opens or closes is told by where it
 *       stands: right after a terminator it closes, after whitespace it opens.
 *   <li><em>Tail</em>: a terminator with the terminators and closers directly after it ({@code .”},
 *       {@code ?!»}, {@code .)}). <em>Word before</em> the tail: its token (run of non-whitespace),
 *       less leading openers, up to the tail. <em>Next word</em>: the letters that start after the
 *       whitespace and openers that follow the tail.
 *   <li><em>Cased language</em>: English, Turkish and generic, where a lower-case next word means
 *       the sentence goes on. Arabic has no case.
 *   <li><em>Sentence starter</em>: a capitalised word that often starts a sentence and rarely
 *       follows an abbreviation inside one (English {@code The He She It They But In ...}, Turkish
 *       {@code Bu O Ancak Ama Ayrıca ...}, Arabic {@code وقال وأضاف كما لكن هذا ...}).
 * </ul>
 *
 * <h2>Output</h2>
 *
 * Sentences in text order, non-overlapping, never empty, and trimmed: a span never starts or ends
 * with whitespace. Every non-whitespace character of the text is inside a sentence, and no sentence
 * is longer than the cap of rule 7.
 *
 * <h2>Rules</h2>
 *
 * <ol>
 *   <li><b>Line breaks.</b> A paragraph break (two or more line breaks with only whitespace between
 *       them, or U+2029) always ends a sentence. A single line break ends a sentence too (news
 *       bodies put one paragraph per line), except in a wrapped line: in a cased language, a line
 *       that does not end with a tail and whose next line starts (after whitespace) with a
 *       lower-case letter, or with an apostrophe and a lower-case letter (a Turkish suffix such as
 *       {@code 'nin} cut off its name), continues; the line break then counts as a space. A tail at
 *       the end of a line always ends the sentence, whatever rules 3 to 6 would say.
 *   <li><b>Terminators.</b> A tail ends a sentence when whitespace or the end of the text follows
 *       it and none of rules 3 to 6 keeps the sentence going. A tail directly followed by a letter
 *       of the Arabic script also ends a sentence (Arabic scrapes often drop the space: {@code
 *       القدم.وقال}), unless it is a lone dot after a single letter ({@code ق.م}) or after a listed
 *       abbreviation ({@code سي.بي.إس}, see rule 4; the word before or its last segment), or the
 *       letters after it are {@code نت} or {@code كوم} ({@code العربية.نت}). In a cased language, a
 *       tail of terminators only directly followed by an upper-case and then a lower-case letter
 *       ends a sentence too ({@code bitti.İsveç}, {@code said.May}) when at least four letters, the
 *       last one lower-case, stand right before it and they are not a listed abbreviation ({@code
 *       Prof.Dr.Ahmet} stays). Anything else after a tail ({@code 3.5}, {@code a.b}, {@code
 *       ASP.NET}) keeps the sentence going.
 *   <li><b>Quotes and brackets.</b> Closers in the tail belong to the sentence that ends ({@code He
 *       said “yes.”}); openers before the next word belong to the next sentence. In a cased
 *       language a tail followed by a lower-case next word does not end the sentence ({@code "Go!"
 *       he shouted.}, {@code 15. yüzyıl}); a word whose second letter is upper-case ({@code
 *       iPhone}, {@code eBay}) counts as capitalised. In Arabic, a tail that holds a quote and is
 *       followed by a verb of saying or asking ({@code قال قالت أضاف أكد تساءل ...}) does not end
 *       the sentence ({@code "لن نتراجع!" قال الوزير}).
 *   <li><b>Abbreviations</b> (a tail with a single {@code .}; lists per language, matched exactly
 *       against the word before or its last dot-separated segment, {@code Dr} in {@code
 *       Yrd.Doç.Dr.}):
 *       <ol type="a">
 *         <li>Titles and prefixes never end a sentence: English {@code Mr Mrs Ms Dr Prof Gen Lt Col
 *             Sgt Capt Adm Maj Gov Sen Rep Pres Rev St Mt Ft vs v e.g i.e cf ...}, Turkish {@code
 *             Dr Dt Prof Doç Op Opr Av Yrd Öğr Gör Uzm Org Gen Korg Alb Yzb Bşk Sn St Hz bkz örn
 *             Cad Sok Mah Tic San ...}.
 *         <li>Abbreviations before numbers do not end a sentence when a digit follows: English
 *             {@code No Vol Fig p pp Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec}, Turkish
 *             {@code No s Tel Dk}.
 *         <li>Trailing abbreviations (English {@code Inc Corp Ltd Co Jr Sr a.m p.m U.S U.K U.N E.U
 *             ...}, Turkish {@code Ltd Şti yy vd A.Ş T.C}), initials (a word before, or its last
 *             segment, that is a single letter and not lower-case: {@code J. Smith}, Arabic {@code
 *             د.}) and dotted acronyms (single letters joined by dots: {@code U.S.A.}, {@code
 *             T.C.}) end a sentence only when a sentence starter follows. This is the chosen
 *             reading of the ambiguous {@code U.S. The}: split before {@code The}, but not before
 *             {@code Army} in {@code U.S. Army}.
 *         <li>{@code etc.}, {@code vb.} and Turkish {@code vs.} are deliberately not listed: they
 *             end sentences as often as not, and rule 3 already keeps them when a lower-case word
 *             follows.
 *       </ol>
 *       Arabic lists only the Arabic spellings of Latin letter names as trailing abbreviations
 *       ({@code بي. بي. سي.} for BBC, {@code (إس. أو. إس)} for SOS); otherwise its abbreviations
 *       are the initials of (c). The generic language uses the lists of all three languages
 *       together.
 *   <li><b>Numbers and addresses.</b> A dot followed by anything but whitespace or an Arabic letter
 *       ends nothing (rule 2), so {@code 3.5}, {@code 1.200.000}, {@code 10.30}, {@code v2.1},
 *       {@code 13.05.2025}, {@code www.example.com} and {@code a.b@c.org} never split; the Arabic
 *       decimal and thousands separators {@code ٫ ٬} are not terminators; {@code No. 5} is rule 4b.
 *   <li><b>Turkish ordinals.</b> In Turkish, a word before of one to three ASCII digits, or a Roman
 *       numeral of up to six of the letters {@code I V X L C}, followed by a lone dot is an ordinal
 *       ({@code 2. Dünya Savaşı}, {@code 48. Ulusal Kongre}, {@code II. Abdülhamit}) and ends a
 *       sentence only when a sentence starter follows; but digits after a quantity word ({@code
 *       yüzde}, {@code bin}, {@code milyon}, {@code milyar}, {@code trilyon}) are a quantity, and
 *       their dot ends the sentence. A lower-case next word ({@code 15. yüzyıl}) is rule 3, a date
 *       ({@code 13.05.2025}) is rule 5.
 *   <li><b>Length cap.</b> A sentence is never longer than {@link #maxSentenceLength()} characters
 *       (default {@value #DEFAULT_MAX_SENTENCE_LENGTH}): when the next character would make it
 *       longer, the sentence ends after the last token that fits, and the next one starts at the
 *       token that did not fit. A single token longer than the cap is cut at the cap, but never
 *       between the two halves of a surrogate pair.
 * </ol>
 *
 * <h2>Languages</h2>
 *
 * {@code ar}, {@code en}, {@code tr} (or {@code ara}, {@code eng}, {@code tur}, with or without a
 * region such as {@code en-US}); anything else, and null, is the generic language {@code und}.
 */
public final class SentenceSplitter {

  /** The default cap on a sentence's length, in UTF-16 characters. */
  public static final int DEFAULT_MAX_SENTENCE_LENGTH = 1000;

  /** The smallest cap: a surrogate pair must fit. */
  public static final int MIN_MAX_SENTENCE_LENGTH = 2;

  private static final SentenceSplitter ARABIC =
      new SentenceSplitter(SentenceLanguage.ARABIC, DEFAULT_MAX_SENTENCE_LENGTH);
  private static final SentenceSplitter ENGLISH =
      new SentenceSplitter(SentenceLanguage.ENGLISH, DEFAULT_MAX_SENTENCE_LENGTH);
  private static final SentenceSplitter TURKISH =
      new SentenceSplitter(SentenceLanguage.TURKISH, DEFAULT_MAX_SENTENCE_LENGTH);
  private static final SentenceSplitter GENERIC =
      new SentenceSplitter(SentenceLanguage.GENERIC, DEFAULT_MAX_SENTENCE_LENGTH);

  private final SentenceLanguage language;
  private final int maxSentenceLength;

  private SentenceSplitter(SentenceLanguage language, int maxSentenceLength) {
    this.language = language;
    this.maxSentenceLength = maxSentenceLength;
  }

  /** The shared splitter for a language code, with the default cap. */
  public static SentenceSplitter forLanguage(String lang) {
    switch (SentenceLanguage.of(lang)) {
      case ARABIC:
        return ARABIC;
      case ENGLISH:
        return ENGLISH;
      case TURKISH:
        return TURKISH;
      default:
        return GENERIC;
    }
  }

  /**
   * A splitter for a language code with its own cap on sentence length.
   *
   * @throws IllegalArgumentException if {@code maxSentenceLength} is below {@value
   *     #MIN_MAX_SENTENCE_LENGTH}
   */
  public static SentenceSplitter forLanguage(String lang, int maxSentenceLength) {
    if (maxSentenceLength < MIN_MAX_SENTENCE_LENGTH) {
      throw new IllegalArgumentException(
          "maxSentenceLength must be at least "
              + MIN_MAX_SENTENCE_LENGTH
              + ", was "
              + maxSentenceLength);
    }
    return new SentenceSplitter(SentenceLanguage.of(lang), maxSentenceLength);
  }

  /** Splits {@code text} with the shared splitter for {@code lang}. */
  public static List<Sentence> split(String text, String lang) {
    return forLanguage(lang).split(text);
  }

  /** The sentences of {@code text}, as an unmodifiable list of spans into it. */
  public List<Sentence> split(String text) {
    Objects.requireNonNull(text, "text");
    return Collections.unmodifiableList(
        new SentenceScanner(text, language, maxSentenceLength).scan());
  }

  /** The language code whose rules apply: {@code ar}, {@code en}, {@code tr} or {@code und}. */
  public String language() {
    return language.code();
  }

  /** The cap on a sentence's length, in UTF-16 characters. */
  public int maxSentenceLength() {
    return maxSentenceLength;
  }

  @Override
  public String toString() {
    return "SentenceSplitter[" + language.code() + ", max " + maxSentenceLength + "]";
  }
}
