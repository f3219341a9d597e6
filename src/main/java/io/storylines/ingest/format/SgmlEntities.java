package io.storylines.ingest.format;

/**
 * Decodes the character references found in TREC and Reuters SGML text.
 *
 * <p>Rules: {@code &lt; &gt; &amp; &quot; &apos;} become {@code < > & " '}; {@code &#NNN;} (1 to 7
 * decimal digits) and {@code &#xHH;} or {@code &#XHH;} (1 to 6 hex digits) become that code point
 * when it is a valid, non-surrogate code point. Anything else, including unknown names, a missing
 * {@code ;} and a bare {@code &}, is left as it is. Decoding is one pass: {@code &amp;lt;} gives
 * {@code &lt;}.
 */
final class SgmlEntities {

  private static final String[][] NAMED = {
    {"lt", "<"}, {"gt", ">"}, {"amp", "&"}, {"quot", "\""}, {"apos", "'"}
  };

  private SgmlEntities() {}

  static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    while (amp >= 0) {
      int semicolon = text.indexOf(';', amp + 1);
      String replacement = semicolon < 0 ? null : replacement(text.substring(amp + 1, semicolon));
      if (replacement == null) {
        amp = text.indexOf('&', amp + 1);
        continue;
      }
      out.append(text, copied, amp).append(replacement);
      copied = semicolon + 1;
      amp = text.indexOf('&', copied);
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** What {@code &name;} stands for, or null to leave it as it is. */
  private static String replacement(String name) {
    if (name.length() > 8) {
      return null;
    }
    for (String[] entity : NAMED) {
      if (entity[0].equals(name)) {
        return entity[1];
      }
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    String digits = name.substring(hex ? 2 : 1);
    int maxDigits = hex ? 6 : 7;
    if (digits.isEmpty() || digits.length() > maxDigits) {
      return null;
    }
    int radix = hex ? 16 : 10;
    int codePoint = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      // ASCII digits only: Character.digit would also accept Arabic-Indic and full-width digits.
      int digit = c < 0x80 ? Character.digit(c, radix) : -1;
      if (digit < 0) {
        return null;
      }
      codePoint = codePoint * radix + digit;
    }
    if (!Character.isValidCodePoint(codePoint)
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
      return null;
    }
    return new String(Character.toChars(codePoint));
  }
}
