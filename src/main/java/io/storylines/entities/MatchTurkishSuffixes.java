package io.storylines.entities;

/**
 * The Turkish suffixes that {@link AliasMatcher} lets follow a name without an apostrophe, on
 * match-key text in which dotless {@code ı} is already folded to {@code i}.
 *
 * <p>Turkish writes the inflections of a proper name after an apostrophe ({@code Suriye'nin}),
 * which {@link MatchTokens} handles for every language; but a word derived from a name drops it:
 * {@code Suriyeli} (Syrian), {@code Suriyeliler} (Syrians), {@code Suriyelilerin} (of Syrians). The
 * one derivation allowed here is the adjective of origin, in this exact order:
 *
 * <ol>
 *   <li>{@code -li -lı -lu -lü} (folded: {@code li lu lü}), required;
 *   <li>the plural {@code -ler -lar}, optional;
 *   <li>one case ending, optional, from the closed list {@link #CASE_ENDINGS} (accusative, dative,
 *       genitive, locative, ablative, instrumental, with their buffer letters {@code y n} and the
 *       voiceless {@code t}).
 * </ol>
 *
 * <p>The suffix must run to the end of its token. Vowel harmony is not checked: the list is closed
 * and short, which is what keeps {@code Şam} out of {@code Şampiyon} and {@code Şamdan}.
 */
final class MatchTurkishSuffixes {

  /** Case endings after {@code -li} or {@code -ler}, folded ({@code ı} written {@code i}). */
  static final String[] CASE_ENDINGS = {
    "i", "u", "ü", "e", "a", "yi", "yu", "yü", "ye", "ya", "in", "un", "ün", "nin", "nun", "nün",
    "de", "da", "te", "ta", "den", "dan", "ten", "tan", "le", "la", "yle", "yla"
  };

  private static final String[] PLURALS = {"ler", "lar"};

  private MatchTurkishSuffixes() {}

  /**
   * Whether the token that goes on at {@code nameEnd} (a name's end inside its token) goes on with
   * an allowed derivation to its end.
   */
  static boolean isDerivation(String text, int nameEnd) {
    int tokenEnd = MatchTokens.wordRunEnd(text, nameEnd);
    int p = nameEnd;
    if (tokenEnd - p < 2 || text.charAt(p) != 'l' || !isOriginVowel(text.charAt(p + 1))) {
      return false;
    }
    p += 2;
    for (String plural : PLURALS) {
      if (text.startsWith(plural, p) && p + plural.length() <= tokenEnd) {
        p += plural.length();
        break;
      }
    }
    if (p == tokenEnd) {
      return true;
    }
    for (String ending : CASE_ENDINGS) {
      if (tokenEnd - p == ending.length() && text.startsWith(ending, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOriginVowel(char c) {
    return c == 'i' || c == 'u' || c == 'ü';
  }
}
