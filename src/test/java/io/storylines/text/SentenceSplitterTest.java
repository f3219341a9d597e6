package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per rule of {@link SentenceSplitter}, in each language the rule applies to. */
class SentenceSplitterTest {

  private static final String AR = "ar";
  private static final String EN = "en";
  private static final String TR = "tr";

  private static List<String> sentences(SentenceSplitter splitter, String text) {
    return splitter.split(text).stream().map(s -> s.text(text)).collect(Collectors.toList());
  }

  private static void assertSplit(String lang, String text, String... expected) {
    assertEquals(
        List.of(expected), sentences(SentenceSplitter.forLanguage(lang), text), lang + ": " + text);
  }

  private static void assertOneSentence(String lang, String text) {
    assertSplit(lang, text, text);
  }

  // Rule 1: line breaks

  @Test
  void paragraphBreakAlwaysEndsSentence() {
    assertSplit(
        EN,
        "Talks resumed in Washington\n\nofficials from Damascus attended",
        "Talks resumed in Washington",
        "officials from Damascus attended");
    assertSplit(EN, "The envoy left Dr.\n \t\nAhmet stayed", "The envoy left Dr.", "Ahmet stayed");
    assertSplit(
        TR,
        "Ankara'da görüşmeler sürüyor\n\nbakanlar yarın bir araya gelecek",
        "Ankara'da görüşmeler sürüyor",
        "bakanlar yarın bir araya gelecek");
    assertSplit(
        AR,
        "استؤنفت المحادثات في واشنطن\n\nوحضرها وفد من دمشق",
        "استؤنفت المحادثات في واشنطن",
        "وحضرها وفد من دمشق");
    assertSplit(EN, "Talks resumed\u2029officials attended", "Talks resumed", "officials attended");
  }

  @Test
  void singleLineBreakEndsSentence() {
    assertSplit(
        EN,
        "US envoy arrives in Damascus\nThe visit is the first in a decade.",
        "US envoy arrives in Damascus",
        "The visit is the first in a decade.");
    assertSplit(
        TR,
        "ABD heyeti Ankara'da\nGörüşmeler iki gün sürecek.",
        "ABD heyeti Ankara'da",
        "Görüşmeler iki gün sürecek.");
    assertSplit(
        AR,
        "وصل المبعوث الأميركي إلى دمشق\nوهي الزيارة الأولى منذ عقد.",
        "وصل المبعوث الأميركي إلى دمشق",
        "وهي الزيارة الأولى منذ عقد.");
  }

  @Test
  void wrappedLineContinuesSentence() {
    assertOneSentence(EN, "The State Department said the talks\nin Damascus were constructive.");
    assertSplit(
        EN,
        "A wrapped line before a name is taken for a new paragraph, as in\nDamascus.",
        "A wrapped line before a name is taken for a new paragraph, as in",
        "Damascus.");
    assertSplit(
        TR,
        "Dışişleri Bakanlığı görüşmelerin\n  olumlu geçtiğini açıkladı.",
        "Dışişleri Bakanlığı görüşmelerin\n  olumlu geçtiğini açıkladı.");
    assertSplit(
        TR,
        "ABD\n'nin Şam büyükelçiliği yeniden açılıyor.",
        "ABD\n'nin Şam büyükelçiliği yeniden açılıyor.");
    assertSplit(
        TR,
        "ABD\n’nin Şam büyükelçiliği yeniden açılıyor.",
        "ABD\n’nin Şam büyükelçiliği yeniden açılıyor.");
  }

  @Test
  void arabicLinesAreNeverWrapped() {
    assertSplit(
        AR,
        "قالت الخارجية إن المحادثات في\nدمشق كانت بناءة.",
        "قالت الخارجية إن المحادثات في",
        "دمشق كانت بناءة.");
  }

  @Test
  void tailAtEndOfLineAlwaysEndsSentence() {
    assertSplit(EN, "He met Gen.\nsmith in Ankara.", "He met Gen.", "smith in Ankara.");
    assertSplit(TR, "Eser 15.\nyüzyıldan kalma.", "Eser 15.", "yüzyıldan kalma.");
    assertSplit(AR, "انتهت الجولة؟\nلا، تستمر غداً.", "انتهت الجولة؟", "لا، تستمر غداً.");
  }

  @Test
  void carriageReturnLineFeedIsOneLineBreak() {
    assertOneSentence(EN, "The talks in\r\nwashington were constructive.");
    assertSplit(
        EN, "Talks resumed\r\n\r\nofficials attended", "Talks resumed", "officials attended");
    assertSplit(EN, "Talks resumed\rOfficials attended", "Talks resumed", "Officials attended");
  }

  // Rule 2: terminators

  @Test
  void terminatorsEndSentences() {
    assertSplit(
        EN,
        "Washington welcomed the deal. Will Damascus agree? It must! Time is short… Talks go on.",
        "Washington welcomed the deal.",
        "Will Damascus agree?",
        "It must!",
        "Time is short…",
        "Talks go on.");
    assertSplit(
        TR,
        "Ankara anlaşmayı memnuniyetle karşıladı. Şam kabul edecek mi? Etmeli!",
        "Ankara anlaşmayı memnuniyetle karşıladı.",
        "Şam kabul edecek mi?",
        "Etmeli!");
    assertSplit(
        AR,
        "رحبت واشنطن بالاتفاق. هل توافق دمشق؟ لا أحد يعرف؛ لكن الوقت يداهم الجميع۔ وتستمر"
            + " المحادثات.",
        "رحبت واشنطن بالاتفاق.",
        "هل توافق دمشق؟",
        "لا أحد يعرف؛",
        "لكن الوقت يداهم الجميع۔",
        "وتستمر المحادثات.");
  }

  @Test
  void runOfTerminatorsIsOneTerminator() {
    assertSplit(
        EN,
        "Did Washington really say that?! Nobody knows... The talks resumed.",
        "Did Washington really say that?!",
        "Nobody knows...",
        "The talks resumed.");
    assertSplit(AR, "هل انسحبت القوات؟! لا.. ليس بعد", "هل انسحبت القوات؟!", "لا..", "ليس بعد");
  }

  @Test
  void terminatorDirectlyFollowedByNonLetterDoesNotEndSentence() {
    assertOneSentence(EN, "The file is named report.final-2.pdf and was leaked.");
    assertOneSentence(TR, "Dosya rapor.son-2.pdf adıyla sızdırıldı.");
  }

  @Test
  void missingSpaceBeforeArabicLetterEndsSentence() {
    assertSplit(
        AR,
        "فاز الفريق في ختام الدوري.وقال المدرب إن الفوز مستحق.",
        "فاز الفريق في ختام الدوري.",
        "وقال المدرب إن الفوز مستحق.");
    assertSplit(
        AR,
        "انتهت القمة في عام 2018.وأضاف المتحدث أن الوفد غادر.",
        "انتهت القمة في عام 2018.",
        "وأضاف المتحدث أن الوفد غادر.");
    assertSplit(AR, "هل انتهت الحرب؟وماذا بعد", "هل انتهت الحرب؟", "وماذا بعد");
  }

  @Test
  void arabicDomainsAndDottedLettersDoNotEndSentence() {
    assertOneSentence(AR, "ونقل موقع العربية.نت عن مصادر في دمشق أن الوفد وصل.");
    assertOneSentence(AR, "بنيت المدينة في القرن الثالث ق.م وما زالت آثارها قائمة.");
    assertOneSentence(AR, "وقالت شبكة (سي.بي.إس) إن واشنطن ستعلن عقوبات على دمشق.");
  }

  @Test
  void missingSpaceBeforeCapitalEndsSentence() {
    assertSplit(
        EN,
        "The convoy reached Aleppo, officials said.May 24 2017 was the deadline.",
        "The convoy reached Aleppo, officials said.",
        "May 24 2017 was the deadline.");
    assertSplit(
        TR,
        "Sanatçı konserini Ankara'da verdi.İsveç'in ünlü şarkıcısı yarın İstanbul'da.",
        "Sanatçı konserini Ankara'da verdi.",
        "İsveç'in ünlü şarkıcısı yarın İstanbul'da.");
  }

  @Test
  void missingSpaceAfterAbbreviationOrAcronymDoesNotEndSentence() {
    assertOneSentence(TR, "Prof.Dr.Ahmet Yılmaz Şam'daki gelişmeleri değerlendirdi.");
    assertOneSentence(TR, "Milli takım Avr.Şam.Ele. maçında Ankara'da oynayacak.");
    assertOneSentence(EN, "The ministry moved its site to ASP.NET last year.");
    assertOneSentence(EN, "He met Sept.Officials of the U.S. embassy.");
  }

  // Rule 3: quotes and brackets

  @Test
  void closersBelongToEndingSentence() {
    assertSplit(
        EN,
        "He said “yes.” The envoy left. She replied \"no.\" Talks ended (for now.) Aides said"
            + " 'fine.' Then silence.",
        "He said “yes.”",
        "The envoy left.",
        "She replied \"no.\"",
        "Talks ended (for now.)",
        "Aides said 'fine.'",
        "Then silence.");
    assertSplit(
        TR,
        "Bakan “Şam ile görüşeceğiz.” dedi. Ardından Ankara'ya döndü.",
        "Bakan “Şam ile görüşeceğiz.” dedi.",
        "Ardından Ankara'ya döndü.");
    assertSplit(
        AR,
        "قال الوزير: «سنبقى في دمشق.» وأضاف أن الوفد سيعود.",
        "قال الوزير: «سنبقى في دمشق.»",
        "وأضاف أن الوفد سيعود.");
  }

  @Test
  void openersBelongToNextSentence() {
    assertSplit(
        EN,
        "The envoy spoke. “We will stay,” he said. „Never,” they replied. «Maybe.» ‹Soon›",
        "The envoy spoke.",
        "“We will stay,” he said.",
        "„Never,” they replied.",
        "«Maybe.»",
        "‹Soon›");
    assertSplit(
        TR,
        "Bakan konuştu. \"Şam'a gideceğiz\" dedi.",
        "Bakan konuştu.",
        "\"Şam'a gideceğiz\" dedi.");
    assertSplit(
        AR,
        "تحدث الوزير. «سنبقى في دمشق» قال الوزير.",
        "تحدث الوزير.",
        "«سنبقى في دمشق» قال الوزير.");
  }

  @Test
  void lowerCaseNextWordContinuesSentence() {
    assertOneSentence(EN, "\"Go!\" he shouted at the checkpoint near Damascus.");
    assertOneSentence(EN, "“Will Washington act?” asked one diplomat in Ankara.");
    assertOneSentence(TR, "\"Gidiyoruz!\" diye bağırdı Ankara'daki eylemciler.");
    assertOneSentence(TR, "“Şam'a ne zaman gidilecek?” sorusu yanıtsız kaldı.");
  }

  @Test
  void camelCaseNextWordCountsAsCapitalised() {
    assertSplit(
        EN,
        "Apple opened a store in Ankara. iPhone sales rose there.",
        "Apple opened a store in Ankara.",
        "iPhone sales rose there.");
  }

  @Test
  void arabicVerbOfSayingContinuesQuotedSentence() {
    assertOneSentence(AR, "\"لن نتراجع!\" قال وزير الخارجية في دمشق.");
    assertOneSentence(AR, "«هل ستنسحب واشنطن؟» تساءل المحلل، ثم «متى؟» قالت المذيعة.");
    assertSplit(
        AR,
        "لن نتراجع! قال وزير الخارجية ذلك في دمشق.",
        "لن نتراجع!",
        "قال وزير الخارجية ذلك في دمشق.");
  }

  @Test
  void caseIsIgnoredInArabic() {
    assertSplit(
        AR,
        "أطلقت الشركة هاتفها في دمشق. iPhone مبيعات هاتف",
        "أطلقت الشركة هاتفها في دمشق.",
        "iPhone مبيعات هاتف");
    assertSplit(AR, "زار الوفد دمشق. syria تستقبل", "زار الوفد دمشق.", "syria تستقبل");
  }

  // Rule 4: abbreviations

  @Test
  void titlesNeverEndSentence() {
    assertOneSentence(
        EN, "Mr. Blinken met Dr. Mekdad and Gen. Milley at St. Regis Hotel with Sen. Graham.");
    assertOneSentence(EN, "The talks covered trade, e.g. Wheat exports, and security.");
    assertOneSentence(
        TR, "Dr. Ahmet Yılmaz ile Prof. Mehmet Kaya, Org. Gen. Hulusi Şahin'i ziyaret etti.");
    assertOneSentence(TR, "Yrd.Doç.Dr. Ayşe Demir Ankara'da konuştu.");
    assertOneSentence(TR, "Hz. Muhammed'in hayatını anlatan sergi Ankara'da açıldı.");
    assertOneSentence(TR, "Ameliyatı Opr. Dr. Kemal Aksoy ve Yard. Doç. Dr. Ece Tan yaptı.");
  }

  @Test
  void abbreviationsBeforeNumbersDoNotEndSentence() {
    assertOneSentence(EN, "Resolution No. 2254 was adopted on Dec. 18 in New York.");
    assertOneSentence(EN, "The attacks of Sept. 11 changed U.S. policy in Syria.");
    assertSplit(
        EN, "Was the answer no. No. We will wait.", "Was the answer no.", "No.", "We will wait.");
    assertOneSentence(TR, "Atatürk Bulvarı No. 5 adresindeki büyükelçilik kapandı.");
    assertOneSentence(TR, "Ankaragücü golü (Dk. 45) Şamlı forvetle buldu.");
  }

  @Test
  void trailingAbbreviationEndsSentenceOnlyBeforeStarter() {
    assertSplit(
        EN,
        "The deal was signed by Boeing Co. The company declined to comment.",
        "The deal was signed by Boeing Co.",
        "The company declined to comment.");
    assertOneSentence(EN, "The deal was signed by Boeing Co. Chief Executive Dave Calhoun.");
    assertOneSentence(EN, "The meeting started at 10 a.m. Damascus time.");
    assertSplit(
        TR,
        "Sözleşmeyi Türk Telekom A.Ş. imzaladı. Bu anlaşma Ankara'da duyuruldu.",
        "Sözleşmeyi Türk Telekom A.Ş. imzaladı.",
        "Bu anlaşma Ankara'da duyuruldu.");
    assertSplit(
        TR,
        "Anlaşmayı imzalayan şirket Yıldız Ltd. Şti. Bu şirket Ankara merkezli.",
        "Anlaşmayı imzalayan şirket Yıldız Ltd. Şti.",
        "Bu şirket Ankara merkezli.");
  }

  @Test
  void dottedAcronymEndsSentenceOnlyBeforeStarter() {
    assertOneSentence(EN, "The U.S. Army left the base near Deir ez-Zor.");
    assertSplit(
        EN,
        "Syria's foreign minister flew to the U.S. The visit was the first since 2011.",
        "Syria's foreign minister flew to the U.S.",
        "The visit was the first since 2011.");
    assertSplit(
        EN,
        "Troops withdrew from the U.S.A. But the base stayed open.",
        "Troops withdrew from the U.S.A.",
        "But the base stayed open.");
    assertOneSentence(TR, "T.C. Dışişleri Bakanlığı Şam'daki gelişmeleri izliyor.");
    assertSplit(TR, "Açıklama T.C. Bu nedenle resmi.", "Açıklama T.C.", "Bu nedenle resmi.");
  }

  @Test
  void initialsDoNotEndSentence() {
    assertOneSentence(EN, "The report by J. Smith and John F. Kennedy Jr. was read in Ankara.");
    assertOneSentence(TR, "Gazeteci Ahmet A. Yılmaz Şam'dan bildirdi.");
    assertOneSentence(AR, "وقال د. أحمد الخطيب إن الوفد وصل إلى دمشق.");
    assertSplit(
        EN,
        "The plan was called Plan B. But Washington rejected it.",
        "The plan was called Plan B.",
        "But Washington rejected it.");
    assertSplit(
        AR,
        "وصل الوفد برئاسة د. وقال المتحدث إن الزيارة ناجحة.",
        "وصل الوفد برئاسة د.",
        "وقال المتحدث إن الزيارة ناجحة.");
  }

  @Test
  void lastSegmentOfWordCanBeAnInitial() {
    assertOneSentence(EN, "Photo by Robert S. PriceU.S. Navy ships fired on Syria.");
  }

  @Test
  void arabicLetterNamesOfAcronymsEndSentenceOnlyBeforeStarter() {
    assertOneSentence(AR, "وذكرت وكالة (بي. ايه. بي) أن الوفد الأميركي وصل إلى دمشق.");
    assertOneSentence(AR, "كشف تقرير لصحيفة \"يو. إس. ايه توداي\" عن خطة لواشنطن.");
    assertSplit(
        AR,
        "ونقلت الخبر شبكة بي. بي. سي. وقال المتحدث إن الخبر صحيح.",
        "ونقلت الخبر شبكة بي. بي. سي.",
        "وقال المتحدث إن الخبر صحيح.");
  }

  @Test
  void etcEndsSentenceUnlessLowerCaseFollows() {
    assertSplit(
        EN,
        "They discussed oil, wheat, etc. The talks ended late.",
        "They discussed oil, wheat, etc.",
        "The talks ended late.");
    assertOneSentence(EN, "They discussed oil, wheat, etc. and then left Damascus.");
    assertSplit(
        TR, "Petrol, buğday vb. Ankara'ya ulaştı.", "Petrol, buğday vb.", "Ankara'ya ulaştı.");
    assertOneSentence(TR, "Petrol, buğday vb. ürünler Ankara'ya ulaştı.");
    assertOneSentence(TR, "Petrol, buğday vs. ürünler Ankara'ya ulaştı.");
  }

  @Test
  void genericLanguageUsesEveryList() {
    assertOneSentence(null, "Mr. Blinken met Doç. Dr. Ayşe Demir in Ankara.");
    assertSplit(
        "de", "Sie flogen in die U.S. Bu nedenle.", "Sie flogen in die U.S.", "Bu nedenle.");
    assertOneSentence("fr", "\"لن نتراجع!\" قال وزير الخارجية.");
  }

  // Rule 5: numbers and addresses

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Inflation reached 3.5 percent in Damascus last year.",
        "en|The talks resume at 10.30 in Washington.",
        "en|The agency released v2.1 of its Syria map.",
        "en|See www.example.com or write to a.b@c.org for details.",
        "en|Resolution No. 5 was tabled in New York.",
        "tr|Ankara 1.200.000 lira yardım gönderdi.",
        "tr|Toplantı 13.05.2025 tarihinde Ankara'da yapılacak.",
        "tr|Enflasyon yüzde 3,5 oldu ve kur 32.10 seviyesinde.",
        "ar|بلغ التضخم ٣٫٥ بالمئة في دمشق.",
        "ar|بلغت الصادرات ٢٬٥٠٠ طن و3.5 مليار دولار.",
        "ar|زوروا الموقع www.example.com لمزيد من التفاصيل."
      })
  void numbersAndAddressesNeverSplit(String lang, String text) {
    assertOneSentence(lang, text);
  }

  // Rule 6: Turkish ordinals

  @Test
  void turkishOrdinalDoesNotEndSentence() {
    assertOneSentence(TR, "Eser 15. yüzyıldan kalma ve 2. Dünya Savaşı'nda hasar gördü.");
    assertOneSentence(TR, "Ankara 48. Ulusal Kongre'ye ev sahipliği yapacak.");
    assertOneSentence(TR, "İstanbul 20. Asliye Ceza Mahkemesi davayı erteledi.");
    assertOneSentence(TR, "1. Lig maçları Ankara'da oynanacak.");
    assertOneSentence(
        TR, "Köşk Sultan II. Abdülhamit döneminde, XVII. Yüzyıl yapısının yerine kuruldu.");
  }

  @Test
  void turkishOrdinalBeforeStarterEndsSentence() {
    assertSplit(
        TR,
        "Saklanan kordon kanı sayısı 187. Bu nedenle bağış çağrısı yapıldı.",
        "Saklanan kordon kanı sayısı 187.",
        "Bu nedenle bağış çağrısı yapıldı.");
  }

  @Test
  void turkishQuantityBeforeNumberIsNotOrdinal() {
    assertSplit(
        TR,
        "İşsizlik oranı yüzde 12. Merkez Bankası faizi sabit tuttu.",
        "İşsizlik oranı yüzde 12.",
        "Merkez Bankası faizi sabit tuttu.");
    assertSplit(
        TR,
        "Nakil sayısı 3 bin 290. Yetkililer artış bekliyor.",
        "Nakil sayısı 3 bin 290.",
        "Yetkililer artış bekliyor.");
  }

  @Test
  void numberBeforeCapitalEndsEnglishSentence() {
    assertSplit(
        EN,
        "The death toll rose to 45. Officials in Damascus blamed the rebels.",
        "The death toll rose to 45.",
        "Officials in Damascus blamed the rebels.");
  }

  // Rule 7: length cap

  @Test
  void longSentenceIsCutAfterLastTokenThatFits() {
    String text = "Damascus and Washington talk " + "again and ".repeat(10) + "again.";
    SentenceSplitter splitter = SentenceSplitter.forLanguage(EN, 40);
    List<String> parts = sentences(splitter, text);
    assertEquals(
        List.of(
            "Damascus and Washington talk again and",
            "again and again and again and again and",
            "again and again and again and again and",
            "again and again."),
        parts);
    assertEquals(text.replaceAll("\\s+", " "), String.join(" ", parts));
  }

  @Test
  void longTokenIsCutAtCap() {
    String token = "x".repeat(25);
    List<Sentence> spans = SentenceSplitter.forLanguage(EN, 10).split("Ankara " + token);
    assertEquals(
        List.of(
            new Sentence(0, 6), new Sentence(7, 17), new Sentence(17, 27), new Sentence(27, 32)),
        spans);
  }

  @Test
  void capNeverSplitsSurrogatePair() {
    String text = "ab\uD83D\uDE00cd";
    List<String> parts = sentences(SentenceSplitter.forLanguage(EN, 3), text);
    assertEquals(List.of("ab", "\uD83D\uDE00c", "d"), parts);
  }

  @Test
  void defaultCapIsOneThousandCharacters() {
    String word = "Şam ";
    String text = word.repeat(600).strip();
    List<Sentence> spans = SentenceSplitter.split(text, TR);
    assertEquals(SentenceSplitter.DEFAULT_MAX_SENTENCE_LENGTH, 1000);
    assertEquals(3, spans.size());
    assertEquals(999, spans.get(0).length());
    assertTrue(spans.stream().allMatch(s -> s.length() <= 1000));
  }

  @Test
  void capBelowMinimumIsRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> SentenceSplitter.forLanguage(EN, 1));
    assertEquals("maxSentenceLength must be at least 2, was 1", error.getMessage());
  }

  // Output contract and API

  @Test
  void spansAreTrimmedOfEveryKindOfWhitespace() {
    String text = "\uFEFF \u00A0\u200F“Damascus.”\u200E\u2003 \t";
    List<Sentence> spans = SentenceSplitter.split(text, AR);
    assertEquals(List.of(new Sentence(4, 15)), spans);
    assertEquals("“Damascus.”", spans.get(0).text(text));
  }

  @Test
  void blankTextHasNoSentences() {
    assertEquals(List.of(), SentenceSplitter.split("", EN));
    assertEquals(List.of(), SentenceSplitter.split(" \n\n\t\u00A0\r\n", TR));
  }

  @Test
  void nullTextIsRejected() {
    assertThrows(NullPointerException.class, () -> SentenceSplitter.split(null, EN));
  }

  @Test
  void resultIsUnmodifiable() {
    List<Sentence> spans = SentenceSplitter.split("Ankara. Damascus.", EN);
    assertThrows(UnsupportedOperationException.class, () -> spans.add(new Sentence(0, 1)));
  }

  @ParameterizedTest
  @CsvSource({
    "ar, ar",
    "ara, ar",
    "AR, ar",
    "ar-SY, ar",
    "en, en",
    "eng, en",
    "en-US, en",
    "EN_gb, en",
    "tr, tr",
    "tur, tr",
    "tr_TR, tr",
    "de, und",
    "'', und",
    "xx-YY, und"
  })
  void languageCodesAreNormalised(String lang, String expected) {
    assertEquals(expected, SentenceSplitter.forLanguage(lang).language());
  }

  @Test
  void nullLanguageIsGeneric() {
    assertEquals("und", SentenceSplitter.forLanguage(null).language());
  }

  @Test
  void splittersPerLanguageAreShared() {
    assertSame(SentenceSplitter.forLanguage("en"), SentenceSplitter.forLanguage("eng"));
    assertEquals(1000, SentenceSplitter.forLanguage("tr").maxSentenceLength());
    assertEquals(
        "SentenceSplitter[tr, max 50]", SentenceSplitter.forLanguage("tur", 50).toString());
  }

  @Test
  void oneSplitterServesManyThreads() {
    String text =
        "Mr. Blinken met Dr. Mekdad in Damascus. The U.S. Army left. \"Go!\" he said. Talks end.";
    SentenceSplitter splitter = SentenceSplitter.forLanguage(EN);
    List<Sentence> expected = splitter.split(text);
    assertEquals(4, expected.size());
    assertTrue(
        IntStream.range(0, 2000)
            .parallel()
            .mapToObj(k -> splitter.split(text))
            .allMatch(expected::equals));
  }
}
