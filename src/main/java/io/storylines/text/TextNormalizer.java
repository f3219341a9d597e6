package io.storylines.text;

import java.util.Objects;

/**
 * Normalizes article text at two levels, keeping the map from every normalized char back to the
 * original text (see {@link NormalizedText}).
 *
 * <p>Vocabulary: <em>display</em> text is what tokenizers and entity finders read: clean, but
 * spelled and cased as written. A <em>match key</em> is display text folded further so that
 * spellings that should match are equal. {@code lang} is a language tag ({@code "ar"}, {@code
 * "en"}, {@code "tr"}, or null or {@code "und"} when unknown).
 *
 * <p>Display rules, in the order they apply:
 *
 * <ol>
 *   <li><em>Lone surrogates</em> become U+FFFD REPLACEMENT CHARACTER, before anything else, so that
 *       damaged text stays visible as damage and no later rule can pair two of them.
 *   <li><em>Markup</em> ({@link HtmlText}): character references ({@code &amp; &#1575; &#x627;})
 *       are decoded in all text; tags, comments, and script and style content are dropped only when
 *       the text is HTML, which is when it contains a known tag such as {@code <p>}, {@code <br>},
 *       {@code <div}, {@code <img} or {@code <a } (escaped ones included). Block tags leave a
 *       paragraph break, {@code <br>} and list items a line break.
 *   <li><em>Controls</em> are removed: NUL and every other control (general category Cc) except the
 *       whitespace ones (tab, line feed, U+000B, U+000C, carriage return, U+0085 NEXT LINE), and
 *       every format character (Cf), which includes the bidi marks U+200E, U+200F and U+061C, the
 *       embeddings and overrides U+202A..U+202E, the isolates U+2066..U+2069, U+200B ZERO WIDTH
 *       SPACE, U+2060 WORD JOINER, U+FEFF BYTE ORDER MARK and U+00AD SOFT HYPHEN; but not the
 *       joiners.
 *   <li><em>Joiners</em>: U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER are kept where
 *       they are meaningful, and removed elsewhere. Meaningful is between two letters, or a
 *       combining mark and a letter, of one script that joins or forms conjuncts (Arabic, Syriac,
 *       N'Ko, Mandaic, Mongolian and the Brahmic scripts of India and Sri Lanka), as in Persian
 *       {@code می‌خواهم}; and, for ZWJ only, between two pictographs (or variation selector 16 and
 *       a pictograph), as in emoji sequences. Neighbours are judged as normalized.
 *   <li><em>Tashkeel and tatweel</em> are removed from text in every language ({@link
 *       ArabicNormalizer}); a letter's range still covers its removed tashkeel.
 *   <li><em>NFKC</em>, one segment at a time: a segment is a code point with the combining marks
 *       (and Hangul vowel and final jamo) after it, and every char that NFKC writes maps to its
 *       whole segment. Rules 3 and 5 apply before NFKC so that NFKC composes what they separated;
 *       whatever NFKC itself writes is then subject to them as well.
 *   <li><em>Arabic letters and digits</em> in every language ({@link ArabicNormalizer}): أ إ آ ٱ
 *       become ا, ى becomes ي, Persian ک ی become ك ي, and Arabic-Indic and Eastern Arabic-Indic
 *       digits (with ٫ ٬ ٪) become ASCII. Applying them regardless of {@code lang} lets an English
 *       article quoting داعش match an Arabic one.
 *   <li><em>Whitespace</em>: a run of spaces and tabs (any space separator) becomes one space; line
 *       feed, carriage return, CR LF, U+000B, U+000C, U+0085 and U+2028 are a line break {@code
 *       \n}; U+2029 PARAGRAPH SEPARATOR is two; a run of breaks keeps at most two ({@code \n\n}, a
 *       paragraph break), and spaces next to a break are removed. The text starts and ends with
 *       neither. A space maps to the first char of its run.
 * </ol>
 *
 * <p>Match keys apply the display rules, then:
 *
 * <ol start="9">
 *   <li><em>Case folding</em> ({@link TurkishCaseFolder}): Turkish rules (I to ı, İ to i) when
 *       {@code lang} is Turkic, else the locale-independent lower case (with İ to i too); never the
 *       JVM's default locale.
 *   <li><em>Teh marbuta</em> ة becomes heh ه.
 *   <li><em>Joiners</em> are removed everywhere: how a word is joined is no part of which word it
 *       is.
 * </ol>
 *
 * <p>Both levels are idempotent: normalizing the normalized text gives it back. Where one round of
 * the rules could leave something that a second round would change (a reference that decodes to the
 * start of another, NFKC output that the rules then remove), another round runs over the output, up
 * to four rounds. {@code lang} does not change display text; it is a parameter of both levels so
 * that callers pass the same arguments to each. Nothing here throws on any input, unpaired
 * surrogates and NUL included.
 */
public final class TextNormalizer {

  /** More rounds than any text seen needs: ordinary text needs one, contrived text two. */
  private static final int MAX_ROUNDS = 4;

  private TextNormalizer() {}

  /** The display text of {@code original} (rules 1 to 8). */
  public static NormalizedText display(String original, String lang) {
    return normalize(original, false, false);
  }

  /** The match key of {@code original} (rules 1 to 11). */
  public static NormalizedText matchKey(String original, String lang) {
    return normalize(original, true, TurkishCaseFolder.isTurkic(lang));
  }

  private static NormalizedText normalize(String original, boolean matchKey, boolean turkic) {
    Objects.requireNonNull(original, "original");
    NormChars current = NormChars.of(original);
    for (int round = 1; ; round++) {
      NormTextPass pass = NormTextPass.run(HtmlText.toText(current), matchKey, turkic);
      current = pass.output();
      if (round == MAX_ROUNDS || (!pass.unstable() && HtmlText.isPlainText(current))) {
        return new NormalizedText(original, current);
      }
    }
  }
}
