package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storylines.text.LanguageIdentifier.Basis;
import io.storylines.text.LanguageIdentifier.Detection;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.storylines.testing.RandomText;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of {@link LanguageIdentifier}, one per test, on sentences written for the test. */
class LanguageIdentifierTest {

  private static final String ARABIC =
      "قالت الحكومة السورية إن المحادثات مع المعارضة ستستأنف في جنيف الأسبوع المقبل";
  private static final String ENGLISH =
      "The government said on Tuesday that talks with the opposition would resume in Geneva next"
          + " week.";
  private static final String TURKISH =
      "Hükümet, muhalefetle görüşmelerin önümüzdeki hafta Cenevre'de yeniden başlayacağını"
          + " açıkladı.";
  private static final String PERSIAN =
      "دولت ایران گفت که مذاکرات با کشورهای اروپایی هفته آینده ادامه خواهد یافت. وزیر امور خارجه"
          + " این کشور در یک کنفرانس خبری در تهران اعلام کرد که هیئت ایرانی روز دوشنبه به وین سفر"
          + " می‌کند.";

  private static LanguageIdentifier identifier;

  @BeforeAll
  static void loadModel() {
    identifier = new LanguageIdentifier();
  }

  @Test
  void fewerThanMinLettersIsUndetermined() {
    Detection detection = identifier.detect("Hello there", "12345 67890 !!!");
    assertEquals(new Detection("und", 0.0, null, Basis.TOO_SHORT), detection);
  }

  @Test
  void missingTitleAndBodyAreUndetermined() {
    assertEquals(Basis.TOO_SHORT, identifier.detect(null, null).basis());
    assertEquals(Basis.TOO_SHORT, identifier.detect("", "   ").basis());
  }

  @Test
  void arabicScriptRuleDecidesArabicWithoutTheModel() {
    Detection detection = identifier.detect(null, ARABIC);
    assertEquals("ar", detection.lang());
    assertEquals(Basis.ARABIC_SCRIPT, detection.basis());
    assertNull(detection.modelCode());
    assertEquals(1.0, detection.confidence());
  }

  @Test
  void arabicScriptRuleNeedsThirtyLetters() {
    String twentyEightLetters = "حكومة سوريا قررت تأجيل المحادثات";
    assertEquals(28, LangSample.of(null, twentyEightLetters, 300).letters());
    Detection detection = identifier.detect(null, twentyEightLetters);
    assertNotEquals(Basis.ARABIC_SCRIPT, detection.basis());
  }

  @Test
  void arabicScriptRuleNeedsNinetyPercentArabicLetters() {
    String mixed = ARABIC + " The Voice MBC Beirut";
    LangSample sample = LangSample.of(null, mixed, 300);
    assertTrue(sample.arabicAlphabetLetters() < 0.9 * sample.letters());
    assertNotEquals(Basis.ARABIC_SCRIPT, identifier.detect(null, mixed).basis());
  }

  @Test
  void arabicScriptRuleLeavesPersianLettersToTheModel() {
    Detection detection = identifier.detect(null, PERSIAN);
    assertEquals(Basis.MODEL, detection.basis());
    assertEquals("fa", detection.lang());
  }

  @Test
  void arabicScriptRuleClaimsNoOtherArabicScriptLanguage() {
    for (String tag : List.of("fa", "ur", "ps", "ckb", "ug", "sd", "ks", "mzn")) {
      for (String run : namesInRunsOfThirtyLetters(Locale.forLanguageTag(tag))) {
        Detection detection = identifier.detect(null, run);
        assertNotEquals(Basis.ARABIC_SCRIPT, detection.basis(), tag + ": " + run);
      }
    }
  }

  @Test
  void modelAnswersWithTheIso6391Code() {
    Detection english = identifier.detect("Talks to resume", ENGLISH);
    assertEquals(new Detection("en", english.confidence(), "eng", Basis.MODEL), english);
    Detection turkish = identifier.detect(null, TURKISH);
    assertEquals(new Detection("tr", turkish.confidence(), "tur", Basis.MODEL), turkish);
  }

  @Test
  void confidenceIsTheWinnersShareOfWinnerAndRunnerUp() {
    Detection detection = identifier.detect(null, ENGLISH);
    assertTrue(detection.confidence() >= LanguageIdentifier.MIN_CONFIDENCE);
    assertTrue(detection.confidence() <= 1.0);
  }

  @Test
  void confidenceBelowMinimumIsUndeterminedButKeepsTheGuess() {
    Detection detection =
        identifier.detect(null, "Donald Trump Vladimir Putin Recep Tayyip Erdogan Bashar");
    assertEquals("und", detection.lang());
    assertEquals(Basis.UNCERTAIN, detection.basis());
    assertNotNull(detection.modelCode());
    assertTrue(detection.confidence() >= 0.5);
    assertTrue(detection.confidence() < LanguageIdentifier.MIN_CONFIDENCE);
  }

  @Test
  void anUncertainSampleIsLookedAtAgainLonger() {
    String names = "Donald Trump Vladimir Putin Recep Tayyip Erdogan Bashar";
    assertEquals(Basis.UNCERTAIN, identifier.detect(null, names).basis());
    String body = (names + " ").repeat(4) + (ENGLISH + " ").repeat(3);
    assertEquals(
        Basis.UNCERTAIN,
        identifier.detect(null, body.substring(0, LanguageIdentifier.SAMPLE_CHARS)).basis());
    Detection detection = identifier.detect(null, body);
    assertEquals("en", detection.lang());
    assertEquals(Basis.MODEL, detection.basis());
  }

  @Test
  void onlyTheSampleIsLookedAt() {
    String body = (ENGLISH + " ").repeat(4) + TURKISH.repeat(20);
    assertTrue(ENGLISH.length() * 4 > LanguageIdentifier.SAMPLE_CHARS);
    assertEquals("en", identifier.detect(null, body).lang());
  }

  @Test
  void identifiersShareTheModelAndAgree() {
    LanguageIdentifier other = new LanguageIdentifier();
    assertEquals(identifier.detect(null, TURKISH), other.detect(null, TURKISH));
  }

  @Test
  void declaredCodesNormalizeToDetectedCodes() {
    assertEquals(identifier.detect(null, TURKISH).lang(), LanguageIdentifier.normalizeCode("TUR"));
    assertEquals("ar", LanguageIdentifier.normalizeCode("ar-SY"));
    assertEquals("und", LanguageIdentifier.normalizeCode(null));
  }

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(20240611L);
    for (int i = 0; i < 2_000; i++) {
      Detection detection = identifier.detect(randomText(random), randomText(random));
      assertNotNull(detection.lang());
      assertTrue(detection.confidence() >= 0.0 && detection.confidence() <= 1.0);
    }
  }

  /** Country, language, month and weekday names of a locale, joined into runs of 30+ letters. */
  private static List<String> namesInRunsOfThirtyLetters(Locale locale) {
    List<String> names = new ArrayList<>();
    for (String country : Locale.getISOCountries()) {
      names.add(new Locale("", country).getDisplayCountry(locale));
    }
    for (String language : Locale.getISOLanguages()) {
      names.add(new Locale(language).getDisplayLanguage(locale));
    }
    DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
    names.addAll(List.of(symbols.getMonths()));
    names.addAll(List.of(symbols.getWeekdays()));
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (String name : names) {
      if (name.codePoints().noneMatch(LanguageIdentifierTest::isArabicScriptLetter)) {
        continue;
      }
      run.append(name).append(' ');
      if (LangSample.of(null, run.toString(), 300).letters() >= 30) {
        runs.add(run.toString().strip());
        run.setLength(0);
      }
    }
    assertTrue(runs.size() >= 50, locale + " has only " + runs.size() + " runs of names");
    return runs;
  }

  private static boolean isArabicScriptLetter(int c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
  }

  private static final String SPECIALS = "İıŞşĞğ\u0307\uFEFF\u200C\n";

  private static String randomText(Random random) {
    return RandomText.generate(random, 400, SPECIALS);
  }
}
