package io.storylines.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 639 language codes: the three-letter codes of the OpenNLP language model to the two-letter
 * codes of ISO 639-1 that Storylines writes, and declared codes from records to the same form.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Every two-letter code that {@link Locale#getISOLanguages()} knows is reachable from its
 *       three-letter code, {@link Locale#getISO3Language()}: {@code ara → ar}, {@code eng → en},
 *       {@code tur → tr}, {@code fas → fa}, {@code zho → zh}. The two-letter code is the current
 *       one ({@code heb → he}, never {@code iw}).
 *   <li>An individual language that is the standard form of a macrolanguage takes the
 *       macrolanguage's two-letter code, as BCP 47 tags Mandarin {@code zh}: {@code arb → ar},
 *       {@code cmn → zh}, {@code ekk → et}, {@code lvs → lv}, {@code pes → fa}, {@code plt → mg},
 *       {@code zsm → ms}. Other members of a macrolanguage keep their own code ({@code nan}, {@code
 *       min}, {@code pnb}): they are not what readers of {@code zh}, {@code ms} or {@code pa}
 *       expect.
 *   <li>Any other three-letter code has no two-letter form and stays as it is ({@code ceb}, {@code
 *       war}, {@code gsw}).
 * </ol>
 */
final class LangCodes {

  static final String UNDETERMINED = "und";

  private static final Map<String, String> ISO_639_1_BY_ISO_639_3 = buildTable();

  private LangCodes() {}

  private static Map<String, String> buildTable() {
    Map<String, String> table = new HashMap<>();
    for (String twoLetter : Locale.getISOLanguages()) {
      Locale locale = new Locale(twoLetter);
      table.putIfAbsent(locale.getISO3Language(), locale.getLanguage());
    }
    table.put("arb", "ar");
    table.put("cmn", "zh");
    table.put("ekk", "et");
    table.put("lvs", "lv");
    table.put("pes", "fa");
    table.put("plt", "mg");
    table.put("zsm", "ms");
    return Map.copyOf(table);
  }

  /** The ISO 639-1 code of a lower-case ISO 639-3 code, or the code itself when it has none. */
  static String fromIso6393(String iso6393) {
    return ISO_639_1_BY_ISO_639_3.getOrDefault(iso6393, iso6393);
  }

  /**
   * A declared language ({@code "ar"}, {@code "ARA"}, {@code "ar-EG"}, {@code "tr_TR"}, {@code
   * "iw"}) in the form {@link #fromIso6393} gives: the primary subtag, lower-cased without the
   * default locale; two letters become the current ISO 639-1 code, three letters go through {@link
   * #fromIso6393}. Null, blank, {@code und}, and a primary subtag that is not two or three ASCII
   * letters give {@link #UNDETERMINED}.
   */
  static String normalize(String declared) {
    if (declared == null) {
      return UNDETERMINED;
    }
    String trimmed = declared.strip();
    int end = 0;
    while (end < trimmed.length() && trimmed.charAt(end) != '-' && trimmed.charAt(end) != '_') {
      end++;
    }
    String primary = trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    if (primary.length() < 2 || primary.length() > 3 || !isAsciiLetters(primary)) {
      return UNDETERMINED;
    }
    if (primary.length() == 2) {
      return new Locale(primary).getLanguage();
    }
    return fromIso6393(primary);
  }

  private static boolean isAsciiLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
