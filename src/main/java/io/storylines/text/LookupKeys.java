package io.storylines.text;

/**
 * Keys for looking up short phrases that users and feeds write in Arabic, English or Turkish (month
 * names, "read more" phrases), whatever the case, the i and the alef: lower case by code unit
 * ({@link Character#toLowerCase(char)}, never the default locale), dotted and dotless i as {@code
 * i} (Turkish and English spellings meet), a combining dot above dropped, the alef forms أ إ آ as
 * ا, and ى as ي.
 */
public final class LookupKeys {
  private LookupKeys() {}

  /** Appends {@code c} folded as the class doc says (nothing for a combining dot above). */
  public static void appendFolded(StringBuilder key, char c) {
    switch (c) {
      case 'I', 'İ', 'ı' -> key.append('i');
      case 'أ', 'إ', 'آ' -> key.append('ا');
      case 'ى' -> key.append('ي');
      case '\u0307' -> {}
      default -> key.append(Character.toLowerCase(c));
    }
  }

  /** {@code text} with every char folded. */
  public static String fold(CharSequence text) {
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      appendFolded(key, text.charAt(i));
    }
    return key.toString();
  }
}
