package io.storylines.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link NameDiscovery}, in the order its class doc lists them. */
class NameDiscoveryTest {

  private final NameDiscovery discovery = new NameDiscovery();

  private List<String> surfaces(String text, String lang) {
    return discovery
        .discover(text, lang, List.of(new Sentence(0, text.length())), List.of())
        .stream()
        .map(NameCandidate::surface)
        .toList();
  }

  @Test
  void runsOfCapitalizedTokens() {
    assertEquals(
        List.of("Kamal Haddad", "Qardaha"),
        surfaces("Officials said Kamal Haddad met them in Qardaha.", "en"));
    assertEquals(
        List.of("Bank of England", "Bashar al-Assad", "Osama bin Laden"),
        surfaces(
            "A report by the Bank of England named Bashar al-Assad and Osama bin Laden.", "en"));
  }

  @Test
  void runsStopAtPunctuationAndConnectorsNeedCapitalsOnBothSides() {
    assertEquals(
        List.of("Haddad", "Aleppo"), surfaces("He met Haddad, Aleppo of the north.", "en"));
  }

  @Test
  void suffixIsLeftOutAndEndsTheRun() {
    assertEquals(List.of("Trump"), surfaces("It was Trump's plan.", "en"));
    assertEquals(
        List.of("Hakan Fidan", "Kamışlı"),
        surfaces("Dün Hakan Fidan ile Kamışlı'da görüştü.", "tr"));
  }

  @Test
  void sentenceStarterIsDroppedFromAnOpeningRun() {
    assertEquals(
        List.of("Kamal Haddad", "Qardaha"),
        surfaces("On Tuesday, Kamal Haddad met officials in Qardaha.", "en"));
    assertEquals(List.of("Kremlin"), surfaces("The Kremlin said nothing.", "en"));
  }

  @Test
  void openingRunNeedsTwoTokens() {
    assertEquals(List.of(), surfaces("Officials met.", "en"));
    assertEquals(
        List.of("Hakan Fidan", "Şam"),
        surfaces("Bakan Hakan Fidan dün Şam'da mevkidaşıyla görüştü.", "tr"));
    assertEquals(
        List.of("Hakan Fidan", "Şam"),
        surfaces("Hakan Fidan dün Şam'da mevkidaşıyla görüştü.", "tr"));
  }

  @Test
  void sentenceOpeningFollowsTheSentenceSpans() {
    String text = "Rebels left. Damascus was calm.";
    List<NameCandidate> candidates =
        discovery.discover(
            text, "en", List.of(new Sentence(0, 12), new Sentence(13, text.length())), List.of());
    assertEquals(List.of(), candidates);
  }

  @Test
  void headlineRunsAreDropped() {
    assertEquals(
        List.of(), surfaces("Sources say New Syrian Government Faces Tough Choices today.", "en"));
  }

  @Test
  void daysMonthsAndPronounIAreDropped() {
    assertEquals(List.of(), surfaces("So I think we meet on Monday in March.", "en"));
    assertEquals(
        List.of(), surfaces("Toplantı dün değil Pazartesi ve Ocak ayında yapılacak.", "tr"));
    assertEquals(List.of("Monday Haddad"), surfaces("It was Monday Haddad said.", "en"));
  }

  @Test
  void titlesBeforeANameAreLeftOut() {
    // Found by a review: the Turkish RSS corpus had 28 such candidates, FA-KES 8.
    assertEquals(
        List.of("Rex Tillerson"), surfaces("Görüşmeye Dışişleri Bakanı Rex Tillerson katıldı.", "tr"));
    // What comes before the title belongs to it ("CIA Director").
    assertEquals(List.of("Mike Pompeo"), surfaces("Sonra CIA Başkanı Mike Pompeo geldi.", "tr"));
    assertEquals(
        List.of("John Kerry"), surfaces("He met Secretary of State John Kerry there.", "en"));
    assertEquals(List.of("Ban Ki-moon"), surfaces("He met Secretary-General Ban Ki-moon there.", "en"));
    // A title alone is no name.
    assertEquals(List.of(), surfaces("Bunu Cumhurbaşkanı söyledi.", "tr"));
    assertEquals(List.of(), surfaces("He met the Sudanese President there.", "en"));
  }

  @Test
  void titleAbbreviationsAreNotNamesButTheNameAfterThemIs() {
    assertEquals(
        List.of("Banu Kumbak Aygun"),
        surfaces("Uzmanı olan Prof. Dr. Banu Kumbak Aygun konuştu.", "tr"));
    assertEquals(
        List.of("Aziz Alper Biten"), surfaces("Ekipler arasında yer alan Dr. Aziz Alper Biten dedi.", "tr"));
    assertEquals(List.of("Kamal Haddad"), surfaces("They met Gen. Kamal Haddad there.", "en"));
    // Text that lost its full stops (FA-KES) leaves months and function words capitalized.
    assertEquals(
        List.of(), surfaces("killed on 26 Jul 2014 At least 85 were killed he added The rest", "en"));
    assertEquals(List.of(), surfaces("dedi Bu karar yarın açıklanacak", "tr"));
    // Written out, a title is a word like any other.
    assertEquals(List.of("Doctor Kamal"), surfaces("They met Doctor Kamal there.", "en"));
  }

  @Test
  void digitOnlyTokensAreNotCapitalized() {
    assertEquals(List.of("F-16"), surfaces("They saw 2024 jets and an F-16 there.", "en"));
  }

  @Test
  void arabicTriggerTakesUpToThreeNameTokens() {
    List<NameCandidate> candidates =
        discovery.discover("وصل إلى مدينة دير الزور الكبرى أمس.", "ar", List.of(), List.of());
    assertEquals(1, candidates.size());
    assertEquals("دير الزور الكبرى", candidates.get(0).surface());
    assertEquals("trigger:مدينة", candidates.get(0).rule());
  }

  @Test
  void arabicTriggerTakesProclitics() {
    assertEquals(List.of("حلب"), surfaces("وصلوا بمدينة حلب.", "ar"));
    assertEquals(List.of("أحمد"), surfaces("قدموا التهنئة للرئيس أحمد.", "ar"));
  }

  @Test
  void arabicNameStopsAtFunctionWordNumberPunctuationAndConjunction() {
    assertEquals(List.of("الحسكة"), surfaces("في محافظة الحسكة في الشمال", "ar"));
    assertEquals(List.of("النصر"), surfaces("قرية النصر 12 منزلا", "ar"));
    assertEquals(List.of("الحسكة"), surfaces("محافظة الحسكة، والرقة", "ar"));
    assertEquals(
        List.of("أسعد الشيباني"), surfaces("التقى وزير الخارجية أسعد الشيباني ونظيره.", "ar"));
  }

  @Test
  void arabicConstructTitleSkipsItsOffice() {
    List<NameCandidate> candidates =
        discovery.discover(
            "وقال وزير الخارجية أسعد الشيباني إن الاجتماع مهم.", "ar", List.of(), List.of());
    assertEquals(1, candidates.size());
    assertEquals("أسعد الشيباني", candidates.get(0).surface());
    assertEquals("trigger:وزير", candidates.get(0).rule());
    assertEquals(
        List.of("أسعد الشيباني"), surfaces("وقال وزير الخارجية السوري أسعد الشيباني إن", "ar"));
  }

  @Test
  void arabicPersonTitleSkipsNationalityBeforeAName() {
    assertEquals(List.of("أحمد الشرع"), surfaces("وقال الرئيس السوري أحمد الشرع إن", "ar"));
    assertEquals(List.of("الشيباني"), surfaces("قال الشيخ الشيباني.", "ar"));
  }

  @Test
  void arabicTwoTokenTrigger() {
    List<NameCandidate> candidates =
        discovery.discover("وقال المتحدث باسم حركة حماس إن", "ar", List.of(), List.of());
    assertEquals(List.of("حماس"), candidates.stream().map(NameCandidate::surface).toList());
    assertEquals("trigger:حركة", candidates.get(0).rule());
    assertEquals(
        List.of("الجيش الإسرائيلي"), surfaces("قال الناطق باسم الجيش الإسرائيلي إن", "ar"));
  }

  @Test
  void namesNeedTwoCharsAndALetter() {
    assertEquals(List.of(), surfaces("We saw X and Q there.", "en"));
  }

  @Test
  void namesOverlappingAKnownMentionAreDropped() {
    String text = "Officials said Kamal Haddad met them in Qardaha.";
    int start = text.indexOf("Haddad");
    Mention haddad = new Mention("Q1", "Haddad", "Haddad", start, start + 6, 0, false, false);
    List<NameCandidate> candidates = discovery.discover(text, "en", List.of(), List.of(haddad));
    assertEquals(List.of("Qardaha"), candidates.stream().map(NameCandidate::surface).toList());
  }

  @Test
  void identicalSpansAreKeptOnce() {
    assertEquals(List.of("حلب"), surfaces("مدينة حلب", "ar"));
  }

  @Test
  void keyIsTheMatchKeyAndContextIsTheFoldedSentence() {
    String text = "First one.  Officials said\n Kamal   Haddad met them.";
    List<NameCandidate> candidates =
        discovery.discover(
            text, "en", List.of(new Sentence(0, 10), new Sentence(12, text.length())), List.of());
    NameCandidate haddad = candidates.get(0);
    assertEquals("kamal haddad", haddad.key());
    assertEquals("Officials said Kamal Haddad met them.", haddad.context());
    assertEquals(text.substring(haddad.charStart(), haddad.charEnd()), haddad.surface());
  }

  @Test
  void longSentenceContextIsAWindowAroundTheName() {
    String text = "word ".repeat(100) + "Kamal Haddad" + " word".repeat(100);
    NameCandidate haddad = discovery.discover(text, "en", List.of(), List.of()).get(0);
    assertTrue(haddad.context().length() <= NameDiscovery.CONTEXT_CHARS);
    assertTrue(haddad.context().contains("Kamal Haddad"));
  }

  @Test
  void otherLanguagesGiveNothing() {
    assertEquals(List.of(), surfaces("Officials said Kamal Haddad met them.", "fr"));
    assertEquals(List.of("Kamal Haddad"), surfaces("Officials said Kamal Haddad met.", "en-GB"));
  }
}
