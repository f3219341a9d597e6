package io.storylines.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The character references that {@link HtmlText} decodes.
 *
 * <p>Named: the 252 entities of HTML 4 (the Latin-1, symbol and special sets) plus {@code &apos;},
 * and the upper-case {@code &AMP; &LT; &GT; &QUOT; &COPY; &REG;} that HTML 5 also accepts; names
 * are case-sensitive ({@code &Eacute;} is not {@code &eacute;}). Numeric: the code point, except as
 * HTML 5 says: 0x80..0x9F are read as Windows-1252 (so {@code &#146;} is ’), and zero, surrogates
 * and values past U+10FFFF become U+FFFD.
 */
final class NormHtmlEntities {

  private static final int REPLACEMENT_CHARACTER = 0xFFFD;

  /** The names of U+00A0..U+00FF, in order. */
  private static final String LATIN_1 =
      "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg"
          + " plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34"
          + " iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml"
          + " Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash"
          + " Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring"
          + " aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve"
          + " oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

  /** The names of U+0391..U+03A1, U+03A3..U+03A9 (U+03A2 is unassigned) and U+03B1..U+03C9. */
  private static final String GREEK_CAPITALS_TO_RHO =
      "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho";

  private static final String GREEK_CAPITALS_FROM_SIGMA = "Sigma Tau Upsilon Phi Chi Psi Omega";

  private static final String GREEK_SMALL =
      "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho"
          + " sigmaf sigma tau upsilon phi chi psi omega";

  /** Every other name, each followed by its code point in decimal. */
  private static final String OTHERS =
      "quot 34 amp 38 apos 39 lt 60 gt 62 QUOT 34 AMP 38 LT 60 GT 62 COPY 169 REG 174"
          + " OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710 tilde 732"
          + " thetasym 977 upsih 978 piv 982 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205"
          + " lrm 8206 rlm 8207 ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218"
          + " ldquo 8220 rdquo 8221 bdquo 8222 dagger 8224 Dagger 8225 bull 8226 hellip 8230"
          + " permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 oline 8254 frasl 8260"
          + " euro 8364 image 8465 weierp 8472 real 8476 trade 8482 alefsym 8501 larr 8592"
          + " uarr 8593 rarr 8594 darr 8595 harr 8596 crarr 8629 lArr 8656 uArr 8657 rArr 8658"
          + " dArr 8659 hArr 8660 forall 8704 part 8706 exist 8707 empty 8709 nabla 8711"
          + " isin 8712 notin 8713 ni 8715 prod 8719 sum 8721 minus 8722 lowast 8727 radic 8730"
          + " prop 8733 infin 8734 ang 8736 and 8743 or 8744 cap 8745 cup 8746 int 8747"
          + " there4 8756 sim 8764 cong 8773 asymp 8776 ne 8800 equiv 8801 le 8804 ge 8805"
          + " sub 8834 sup 8835 nsub 8836 sube 8838 supe 8839 oplus 8853 otimes 8855 perp 8869"
          + " sdot 8901 lceil 8968 rceil 8969 lfloor 8970 rfloor 8971 lang 9001 rang 9002"
          + " loz 9674 spades 9824 clubs 9827 hearts 9829 diams 9830";

  /** Windows-1252 for 0x80..0x9F, as HTML 5 reads numeric references in that range. */
  private static final int[] WINDOWS_1252 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
  };

  /** The longest name above. */
  static final int MAX_NAME_LENGTH = 8;

  private static final Map<String, Integer> NAMED = namedEntities();

  private NormHtmlEntities() {}

  /** The code point of {@code &name;}, or -1 when the name is unknown. */
  static int named(String name) {
    Integer codePoint = NAMED.get(name);
    return codePoint == null ? -1 : codePoint;
  }

  /** The code point of {@code &#value;} or {@code &#xvalue;}. */
  static int numeric(int value) {
    if (value == 0
        || value > Character.MAX_CODE_POINT
        || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
      return REPLACEMENT_CHARACTER;
    }
    if (value >= 0x80 && value <= 0x9F) {
      return WINDOWS_1252[value - 0x80];
    }
    return value;
  }

  /** Every name with its code point; package-private so that a test can count them. */
  static Map<String, Integer> namedEntities() {
    Map<String, Integer> named = new HashMap<>();
    putInOrder(named, LATIN_1, 0x00A0);
    putInOrder(named, GREEK_CAPITALS_TO_RHO, 0x0391);
    putInOrder(named, GREEK_CAPITALS_FROM_SIGMA, 0x03A3);
    putInOrder(named, GREEK_SMALL, 0x03B1);
    String[] others = OTHERS.split(" ");
    for (int i = 0; i < others.length; i += 2) {
      named.put(others[i], Integer.parseInt(others[i + 1]));
    }
    return Map.copyOf(named);
  }

  private static void putInOrder(Map<String, Integer> named, String names, int first) {
    String[] split = names.split(" ");
    for (int i = 0; i < split.length; i++) {
      named.put(split[i], first + i);
    }
  }
}
