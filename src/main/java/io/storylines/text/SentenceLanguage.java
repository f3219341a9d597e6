package io.storylines.text;

import java.util.Locale;

/**
 * The word lists and switches that make {@link SentenceSplitter} language-aware. Abbreviations are
 * listed without their final dot and match exactly (case-sensitive); a dotted abbreviation such as
 * {@code e.g} keeps its inner dots.
 */
enum SentenceLanguage {
  ARABIC(
      "ar",
      false,
      false,
      SentenceWordSet.none(),
      SentenceWordSet.none(),
      SentenceWordSet.of(SentenceLanguage.ARABIC_LETTER_NAMES),
      SentenceWordSet.of(SentenceLanguage.ARABIC_STARTERS),
      SentenceWordSet.of(SentenceLanguage.ARABIC_ATTRIBUTION),
      SentenceWordSet.none()),

  ENGLISH(
      "en",
      true,
      false,
      SentenceWordSet.of(SentenceLanguage.ENGLISH_TITLES),
      SentenceWordSet.of(SentenceLanguage.ENGLISH_BEFORE_NUMBER),
      SentenceWordSet.of(SentenceLanguage.ENGLISH_TRAILING),
      SentenceWordSet.of(SentenceLanguage.ENGLISH_STARTERS),
      SentenceWordSet.none(),
      SentenceWordSet.none()),

  TURKISH(
      "tr",
      true,
      true,
      SentenceWordSet.of(SentenceLanguage.TURKISH_TITLES),
      SentenceWordSet.of(SentenceLanguage.TURKISH_BEFORE_NUMBER),
      SentenceWordSet.of(SentenceLanguage.TURKISH_TRAILING),
      SentenceWordSet.of(SentenceLanguage.TURKISH_STARTERS),
      SentenceWordSet.none(),
      SentenceWordSet.of(SentenceLanguage.TURKISH_QUANTITIES)),

  GENERIC(
      "und",
      true,
      false,
      SentenceWordSet.union(ENGLISH.titles, TURKISH.titles),
      SentenceWordSet.union(ENGLISH.beforeNumber, TURKISH.beforeNumber),
      SentenceWordSet.union(ENGLISH.trailing, TURKISH.trailing, ARABIC.trailing),
      SentenceWordSet.union(ENGLISH.starters, TURKISH.starters, ARABIC.starters),
      ARABIC.attribution,
      SentenceWordSet.none());

  /** Titles and other abbreviations that a name or word always follows: never end a sentence. */
  static final String ENGLISH_TITLES =
      "Mr Mrs Ms Messrs Mmes Dr Drs Prof Gen Gens Lt Col Sgt Capt Cmdr Adm Maj Brig Cpl Pvt Gov Sen"
          + " Sens Rep Reps Pres Rev Hon Amb Atty Supt Insp Det St Mt Ft Intl Natl Dept vs v e.g"
          + " i.e cf";

  /** Abbreviations that a number follows ({@code No. 5}, {@code Jan. 5}). */
  static final String ENGLISH_BEFORE_NUMBER =
      "No Nos Vol Fig p pp ca approx Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec";

  /** Abbreviations that often end a sentence as well as stand inside one. */
  static final String ENGLISH_TRAILING =
      "Inc Corp Ltd Co Jr Sr Bros Esq Ave Blvd Rd a.m p.m U.S U.K U.N E.U Ph.D";

  /** Words that start sentences often and follow an abbreviation inside a sentence rarely. */
  static final String ENGLISH_STARTERS =
      "The A An He She It They We I You This That These Those There Here His Her Its Their Our"
          + " But And Or So Yet However Meanwhile Moreover Also In On At As After Before During"
          + " Since When While If Although Though According Some Many Most Several Both Earlier"
          + " Later Last Now Then Still";

  /** The Turkish lists, with the same roles as the English ones above. */
  static final String TURKISH_TITLES =
      "Dr Dt Prof Doç Op Opr Av Yrd Yard Öğr Gör Uzm Müh Org Gen Korg Tümg Tuğg Ora Alb Yarb Bnb"
          + " Yzb Bşk Sn St Hz bkz örn Cad Sok Mah Bul Tic San";

  static final String TURKISH_BEFORE_NUMBER = "No s Tel Dk dk";

  static final String TURKISH_TRAILING = "Ltd Şti yy vd A.Ş T.C";

  static final String TURKISH_STARTERS =
      "Bu Bunu Buna Bunun Bunlar Bunları Böyle Böylece Şu O Onu Ona Onun Onlar Ancak Ama Fakat"
          + " Ayrıca Öte Oysa Yani Çünkü Bununla Diğer Sonra Daha Ardından Bir Her Hem Ne Biz Ben"
          + " Siz Sen Bugün Dün Şimdi Özellikle Yaklaşık Açıklamada";

  /** Words before a number that make it a quantity, not an ordinal ({@code yüzde 3.}). */
  static final String TURKISH_QUANTITIES = "yüzde bin milyon milyar trilyon";

  /**
   * Latin letters as Arabic spells them, which news writes with dots to render acronyms ({@code بي.
   * بي. سي.} for BBC, {@code يو. إس. ايه} for USA): trailing abbreviations, like initials.
   */
  static final String ARABIC_LETTER_NAMES =
      "ايه إيه أيه بي سي دي إي اي إف اف جي إتش اتش إيتش آي جاي جيه كيه كي كاي إل إم ام إن ان أو"
          + " كيو آر ار إس اس تي يو في دبليو إكس اكس واي زد زي";

  /** Words that start Arabic sentences often, mostly a verb with the conjunction {@code و}. */
  static final String ARABIC_STARTERS =
      "وقال وقالت وأضاف وأضافت وأكد وأكدت وأوضح وأوضحت وتابع وتابعت وكان وكانت وقد ولم ولكن لكن"
          + " كما وفي ومن وهذا وهذه وذلك هذا هذه ذلك ويذكر يذكر ويشار يشار";

  /**
   * Verbs of saying and asking that continue a sentence after a quotation ({@code "…!" قال
   * الوزير}).
   */
  static final String ARABIC_ATTRIBUTION =
      "قال قالت يقول تقول أضاف أضافت تابع تابعت أكد أكدت أوضح أوضحت صرح صرحت سأل سألت تساءل"
          + " تساءلت حسب بحسب وفق وفقا";

  private final String code;
  private final boolean cased;
  private final boolean turkishOrdinals;
  final SentenceWordSet titles;
  final SentenceWordSet beforeNumber;
  final SentenceWordSet trailing;
  final SentenceWordSet starters;
  final SentenceWordSet attribution;
  final SentenceWordSet quantities;

  SentenceLanguage(
      String code,
      boolean cased,
      boolean turkishOrdinals,
      SentenceWordSet titles,
      SentenceWordSet beforeNumber,
      SentenceWordSet trailing,
      SentenceWordSet starters,
      SentenceWordSet attribution,
      SentenceWordSet quantities) {
    this.code = code;
    this.cased = cased;
    this.turkishOrdinals = turkishOrdinals;
    this.titles = titles;
    this.beforeNumber = beforeNumber;
    this.trailing = trailing;
    this.starters = starters;
    this.attribution = attribution;
    this.quantities = quantities;
  }

  /**
   * The language for a code: ISO 639-1 ({@code ar}, {@code en}, {@code tr}) or ISO 639-3 ({@code
   * ara}, {@code eng}, {@code tur}, as language detectors report them), in any case, with or
   * without a region ({@code en-US}, {@code tr_TR}); anything else, and null, is {@link #GENERIC}.
   */
  static SentenceLanguage of(String lang) {
    if (lang == null) {
      return GENERIC;
    }
    String primary = lang.strip().toLowerCase(Locale.ROOT);
    int separator = indexOfSeparator(primary);
    if (separator >= 0) {
      primary = primary.substring(0, separator);
    }
    switch (primary) {
      case "ar":
      case "ara":
      case "arb":
        return ARABIC;
      case "en":
      case "eng":
        return ENGLISH;
      case "tr":
      case "tur":
        return TURKISH;
      default:
        return GENERIC;
    }
  }

  private static int indexOfSeparator(String lang) {
    for (int i = 0; i < lang.length(); i++) {
      if (lang.charAt(i) == '-' || lang.charAt(i) == '_') {
        return i;
      }
    }
    return -1;
  }

  /** The code this language reports: {@code ar}, {@code en}, {@code tr} or {@code und}. */
  String code() {
    return code;
  }

  /** Whether the script has letter case, so a lower-case next word means the sentence goes on. */
  boolean isCased() {
    return cased;
  }

  /**
   * Whether a number followed by a dot is read as a Turkish ordinal ({@code 2. Dünya Savaşı},
   * {@code II. Abdülhamit}).
   */
  boolean hasTurkishOrdinals() {
    return turkishOrdinals;
  }
}
