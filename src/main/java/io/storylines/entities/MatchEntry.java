package io.storylines.entities;

import io.storylines.text.TextNormalizer;
import io.storylines.text.TurkishCaseFolder;

/**
 * One key of the {@link AliasMatcher} automaton: an alias's match key, or its elided key (see
 * {@link MatchArabicClitics}), with what the matcher must check around it, decided once at build
 * time.
 *
 * @param key what the automaton looks for
 * @param elided whether {@code key} is the elided key of an alias with the article, found only
 *     after {@code ل ول فل}, its mention starting at that {@code ل}
 * @param checksStart whether the key starts with a word char, so the match must start a token
 * @param checksEnd whether the key ends with a word char, so the match must end a token
 * @param takesProclitics whether an Arabic proclitic run may stand before the key in its token
 * @param hasArticle whether the alias's key starts with the article {@code ال}
 * @param takesDerivation whether a Turkish derivation may follow the key in its token
 * @param displaySurface the alias's display text, to compare a case-sensitive alias with
 */
record MatchEntry(
    AliasPattern pattern,
    String key,
    boolean elided,
    boolean checksStart,
    boolean checksEnd,
    boolean takesProclitics,
    boolean hasArticle,
    boolean takesDerivation,
    String displaySurface) {

  /** Derivations go only on names this long (in chars of the key) or longer: not {@code Hak-lı}. */
  static final int MIN_DERIVABLE_LENGTH = 4;

  /** The entry of an alias's own key. */
  static MatchEntry of(AliasPattern pattern, String key) {
    boolean arabic =
        Character.UnicodeScript.of(key.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    boolean endsWithLetter = Character.isLetter(key.codePointBefore(key.length()));
    return new MatchEntry(
        pattern,
        key,
        false,
        MatchTokens.isWordCodePoint(key.codePointAt(0)),
        MatchTokens.isWordCodePoint(key.codePointBefore(key.length())),
        arabic && key.length() >= MatchArabicClitics.MIN_NAME_LENGTH,
        MatchArabicClitics.hasArticle(key),
        TurkishCaseFolder.isTurkic(pattern.lang())
            && !pattern.adjectival()
            && !pattern.caseSensitive()
            && endsWithLetter
            && !arabic
            && key.length() >= MIN_DERIVABLE_LENGTH,
        TextNormalizer.display(pattern.surface(), pattern.lang()).text());
  }

  /** The entry of this alias's elided key, or null when it has none. */
  MatchEntry elidedOrNull() {
    String elidedKey = takesProclitics ? MatchArabicClitics.elidedKey(key) : null;
    if (elidedKey == null) {
      return null;
    }
    return new MatchEntry(
        pattern, elidedKey, true, true, checksEnd, false, true, false, displaySurface);
  }

  /**
   * Whether the original text in {@code [start, end)} is written exactly as a case-sensitive alias
   * is: the same chars, or (for text that is not plain ASCII) the same display text, so that a
   * full-width {@code ＵＳ} is still {@code US}.
   */
  boolean writtenAsAlias(String original, int start, int end) {
    String surface = pattern.surface();
    if (end - start == surface.length() && original.regionMatches(start, surface, 0, end - start)) {
      return true;
    }
    for (int i = start; i < end; i++) {
      if (original.charAt(i) >= 0x80) {
        return TextNormalizer.display(original.substring(start, end), pattern.lang())
            .text()
            .equals(displaySurface);
      }
    }
    return false;
  }
}
