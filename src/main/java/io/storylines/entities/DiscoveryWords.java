package io.storylines.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@link NameDiscovery}. English and Turkish words are compared as written
 * (case-sensitive); Arabic words are compared after {@link #foldArabic}, and the lists here are
 * folded the same way when this class loads.
 */
final class DiscoveryWords {

  private static final char ALEF = '\u0627';
  private static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
  private static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char YEH = '\u064A';
  private static final char TATWEEL = '\u0640';
  private static final char FATHATAN = '\u064B';
  private static final char LAST_HARAKA = '\u065F';
  private static final char SUPERSCRIPT_ALEF = '\u0670';

  /**
   * Capitalized words that commonly open an English or Turkish sentence without naming anything.
   */
  static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "The",
          "A",
          "An",
          "In",
          "On",
          "At",
          "But",
          "And",
          "Or",
          "So",
          "Yet",
          "He",
          "She",
          "It",
          "They",
          "We",
          "You",
          "I",
          "His",
          "Her",
          "Its",
          "Their",
          "Our",
          "My",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "Then",
          "After",
          "Before",
          "When",
          "While",
          "Since",
          "As",
          "By",
          "For",
          "From",
          "If",
          "With",
          "Without",
          "During",
          "Under",
          "Over",
          "Also",
          "However",
          "Meanwhile",
          "Although",
          "According",
          "Some",
          "Many",
          "Most",
          "All",
          "Both",
          "Each",
          "Every",
          "Last",
          "Earlier",
          "Later",
          "Today",
          "Yesterday",
          "What",
          "Who",
          "How",
          "Why",
          "Where",
          "Bu",
          "Şu",
          "O",
          "Ancak",
          "Ama",
          "Fakat",
          "Ve",
          "Bir",
          "Daha",
          "Ayrıca",
          "Öte",
          "Bunun",
          "Buna",
          "Böylece",
          "Çünkü",
          "Hem",
          "Şimdi",
          "Sonra",
          "Önce",
          "Yine",
          "Diğer",
          "Bazı",
          "Tüm",
          "Bütün",
          "Dün",
          "Bugün",
          "Ne",
          "Kim",
          "Nasıl",
          "Neden");

  /**
   * Capitalized words that are never a name on their own: days, months and their abbreviations, the
   * pronoun I, the abbreviated titles written before a name ({@code Dr.}, {@code Prof.}, {@code
   * Doç.}, {@code Gen.}), which a dot cuts off from it, and function words that a text which lost
   * its full stops (FA-KES) leaves capitalized in mid-sentence ({@code killed At least five}).
   */
  static final Set<String> SINGLE_STOPWORDS =
      Set.of(
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Pazartesi",
          "Salı",
          "Çarşamba",
          "Perşembe",
          "Cuma",
          "Cumartesi",
          "Pazar",
          "Ocak",
          "Şubat",
          "Mart",
          "Nisan",
          "Mayıs",
          "Haziran",
          "Temmuz",
          "Ağustos",
          "Eylül",
          "Ekim",
          "Kasım",
          "Aralık",
          "I",
          "Dr",
          "Prof",
          "Doç",
          "Yrd",
          "Uzm",
          "Op",
          "Av",
          "Sn",
          "Mr",
          "Mrs",
          "Ms",
          "Gen",
          "Col",
          "Lt",
          "Maj",
          "Capt",
          "Sgt",
          "Sen",
          "Rep",
          "Gov",
          "Rev",
          "Jr",
          "Sr",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec",
          "The",
          "A",
          "An",
          "At",
          "In",
          "On",
          "Of",
          "For",
          "To",
          "By",
          "As",
          "It",
          "He",
          "She",
          "We",
          "They",
          "This",
          "That",
          "But",
          "And",
          "Or",
          "If",
          "Get",
          "Comment",
          "Bu",
          "Şu",
          "Ve",
          "Ama",
          "Bir");

  /**
   * Capitalized words of English and Turkish titles and offices, written before a name ({@code
   * Foreign Minister}, {@code Dışişleri Bakanı}, {@code Genelkurmay Başkanı}): a name starts after
   * them.
   */
  static final Set<String> TITLE_WORDS =
      Set.of(
          "President", "Vice", "Minister", "Secretary", "Secretary-General", "Spokesman",
          "Spokeswoman", "Spokesperson", "General", "Ambassador", "Envoy", "Chief", "Commander",
          "King", "Prince", "Crown", "Sheikh", "Senator", "Governor", "Mayor", "Chairman",
          "Director", "Colonel", "Lieutenant", "Admiral", "Leader", "Cumhurbaşkanı", "Başbakan",
          "Başbakanı", "Bakanı", "Bakan", "Başkanı", "Başkan", "Eşbaşkanı", "Yardımcısı", "Sözcüsü",
          "Komutanı", "Valisi", "Müsteşarı", "Sekreteri", "Büyükelçisi", "Elçisi", "Temsilcisi",
          "Orgeneral", "Korgeneral", "Tümgeneral", "Tuğgeneral", "Milletvekili", "Kralı", "Prensi",
          "Lideri");

  /** Lower-case words that may join two capitalized tokens into one name. */
  static final Set<String> CONNECTORS = Set.of("of", "the", "bin", "ibn", "de", "van", "von");

  /** Arabic titles of a person; the name after one may be preceded by an office or nationality. */
  static final Set<String> PERSON_TITLES =
      Set.of(
          "الرئيس", "رئيس", "وزير", "وزيرة", "الوزير", "الجنرال", "اللواء", "العميد", "العقيد",
          "السفير", "المبعوث", "الشيخ", "الملك", "الأمير");

  /** Person titles in the construct state: the definite word right after them is their office. */
  static final Set<String> CONSTRUCT_TITLES = Set.of("رئيس", "وزير", "وزيرة");

  /** Arabic trigger words of one token: person titles, then places, then organisations. */
  static final Set<String> SINGLE_TRIGGERS =
      union(
          PERSON_TITLES,
          Set.of(
              "مدينة", "محافظة", "بلدة", "قرية", "منطقة", "حي", "مخيم", "حركة", "جماعة", "تنظيم",
              "منظمة", "وكالة", "صحيفة", "قناة", "حزب", "جبهة", "لواء", "فصيل", "شركة"));

  /** Arabic trigger phrases of two tokens, by their first token. */
  static final Map<String, String> PAIR_TRIGGERS =
      Map.of("المتحدث", "المتحدث باسم", "الناطق", "الناطق باسم");

  /**
   * Arabic words that end a name: prepositions, conjunctions, pronouns, auxiliaries, verbs of
   * saying.
   */
  static final Set<String> ARABIC_FUNCTION_WORDS =
      Set.of(
          "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أنه", "إنه", "بأن", "لأن", "الذي",
          "التي", "الذين", "اللذين", "اللتين", "قد", "لقد", "و", "ف", "أو", "ثم", "كما", "بعد",
          "قبل", "خلال", "حول", "ضد", "لدى", "منذ", "حتى", "عبر", "بين", "عند", "هذا", "هذه", "ذلك",
          "تلك", "ما", "لا", "لم", "لن", "هو", "هي", "هم", "كان", "كانت", "يوم", "أمس", "اليوم",
          "غدا", "أيضا", "قال", "أكد", "أعلن", "أشار", "أضاف", "يقول", "تقول", "حيث");

  private static final Map<String, String> FOLDED_SINGLE_TRIGGERS = foldedIndex(SINGLE_TRIGGERS);
  private static final Map<String, String> FOLDED_PAIR_FIRSTS = foldedPairs();
  private static final String FOLDED_PAIR_SECOND = foldArabic("باسم");
  private static final Set<String> FOLDED_FUNCTION_WORDS =
      Set.copyOf(foldedIndex(ARABIC_FUNCTION_WORDS).keySet());

  private DiscoveryWords() {}

  /**
   * Folds Arabic spelling variants: removes tatweel and harakat, writes every alef with hamza or
   * madda (and alef wasla) as bare alef, alef maksura as yeh.
   */
  static String foldArabic(CharSequence word) {
    StringBuilder folded = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == TATWEEL || (c >= FATHATAN && c <= LAST_HARAKA) || c == SUPERSCRIPT_ALEF) {
        continue;
      }
      if (c == ALEF_WITH_MADDA_ABOVE
          || c == ALEF_WITH_HAMZA_ABOVE
          || c == ALEF_WITH_HAMZA_BELOW
          || c == ALEF_WASLA) {
        c = ALEF;
      } else if (c == ALEF_MAKSURA) {
        c = YEH;
      }
      folded.append(c);
    }
    return folded.toString();
  }

  /**
   * The trigger (as listed) that a folded token writes, after at most one of the proclitics و ف and
   * then at most one of ب ل (ل before ال writes لل); null when it writes none.
   */
  static String singleTrigger(String folded) {
    return withProclitics(folded, FOLDED_SINGLE_TRIGGERS);
  }

  /** The two-token trigger whose first token a folded token writes (with proclitics), or null. */
  static String pairTrigger(String folded) {
    return withProclitics(folded, FOLDED_PAIR_FIRSTS);
  }

  /** Whether a folded token is the second token of every two-token trigger, باسم. */
  static boolean isPairSecond(String folded) {
    return FOLDED_PAIR_SECOND.equals(folded);
  }

  /** Whether a folded token is an Arabic function word. */
  static boolean isArabicFunctionWord(String folded) {
    return FOLDED_FUNCTION_WORDS.contains(folded);
  }

  private static String withProclitics(String folded, Map<String, String> index) {
    String found = withPrepositions(folded, index);
    if (found == null
        && folded.length() > 2
        && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف')) {
      found = withPrepositions(folded.substring(1), index);
    }
    return found;
  }

  private static String withPrepositions(String word, Map<String, String> index) {
    String found = index.get(word);
    if (found != null || word.length() < 3) {
      return found;
    }
    char first = word.charAt(0);
    if (first == 'ب' || first == 'ل') {
      found = index.get(word.substring(1));
    }
    if (found == null && word.startsWith("لل")) {
      found = index.get("ال" + word.substring(2));
    }
    return found;
  }

  private static Map<String, String> foldedIndex(Set<String> words) {
    Map<String, String> index = new HashMap<>();
    for (String word : words) {
      index.put(foldArabic(word), word);
    }
    return Map.copyOf(index);
  }

  private static Map<String, String> foldedPairs() {
    Map<String, String> index = new HashMap<>();
    PAIR_TRIGGERS.forEach((first, phrase) -> index.put(foldArabic(first), phrase));
    return Map.copyOf(index);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    HashSet<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
