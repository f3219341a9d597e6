package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rules of {@link LangCodes}, one per test. */
class LanguageCodesTest {

  @Test
  void threeLetterCodesWithATwoLetterFormMapToIt() {
    assertEquals("ar", LangCodes.fromIso6393("ara"));
    assertEquals("en", LangCodes.fromIso6393("eng"));
    assertEquals("tr", LangCodes.fromIso6393("tur"));
    assertEquals("fa", LangCodes.fromIso6393("fas"));
    assertEquals("he", LangCodes.fromIso6393("heb"));
  }

  @Test
  void standardFormsOfMacrolanguagesTakeTheMacrolanguageCode() {
    assertEquals("ar", LangCodes.fromIso6393("arb"));
    assertEquals("zh", LangCodes.fromIso6393("cmn"));
    assertEquals("et", LangCodes.fromIso6393("ekk"));
    assertEquals("lv", LangCodes.fromIso6393("lvs"));
    assertEquals("fa", LangCodes.fromIso6393("pes"));
    assertEquals("mg", LangCodes.fromIso6393("plt"));
    assertEquals("ms", LangCodes.fromIso6393("zsm"));
  }

  @Test
  void onlyModelLanguagesWithoutATwoLetterCodeStayThreeLetters() {
    Set<String> threeLetter = new TreeSet<>();
    for (String code : LanguageIdentifier.modelLanguages()) {
      String mapped = LangCodes.fromIso6393(code);
      assertTrue(mapped.length() == 2 || mapped.equals(code), code + " became " + mapped);
      if (mapped.length() == 3) {
        threeLetter.add(mapped);
      }
    }
    assertEquals(Set.of("ast", "ceb", "gsw", "min", "nan", "nds", "pnb", "war"), threeLetter);
  }

  @Test
  void declaredCodesKeepOnlyTheirPrimarySubtag() {
    assertEquals("ar", LangCodes.normalize("ar-EG"));
    assertEquals("tr", LangCodes.normalize("tr_TR"));
    assertEquals("en", LangCodes.normalize(" EN "));
  }

  @Test
  void declaredThreeLetterCodesMapLikeTheModelsCodes() {
    assertEquals("ar", LangCodes.normalize("ARA"));
    assertEquals("tr", LangCodes.normalize("tur"));
    assertEquals("ceb", LangCodes.normalize("ceb"));
  }

  @Test
  void declaredObsoleteTwoLetterCodesBecomeCurrent() {
    assertEquals("he", LangCodes.normalize("iw"));
    assertEquals("id", LangCodes.normalize("in"));
  }

  @Test
  void declaredCodesIgnoreTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals("id", LangCodes.normalize("IND"));
      assertEquals("it", LangCodes.normalize("IT"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void missingOrMalformedDeclaredCodesAreUndetermined() {
    assertEquals("und", LangCodes.normalize(null));
    assertEquals("und", LangCodes.normalize(""));
    assertEquals("und", LangCodes.normalize("  "));
    assertEquals("und", LangCodes.normalize("und"));
    assertEquals("und", LangCodes.normalize("Arabic"));
    assertEquals("und", LangCodes.normalize("e"));
    assertEquals("und", LangCodes.normalize("a1"));
    assertEquals("und", LangCodes.normalize("-en"));
  }
}
