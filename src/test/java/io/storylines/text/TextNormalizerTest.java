package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per rule of {@link TextNormalizer}, in the order of its class doc. */
class TextNormalizerTest {

  private static String display(String original) {
    return TextNormalizer.display(original, "en").text();
  }

  private static String matchKey(String original, String lang) {
    return TextNormalizer.matchKey(original, lang).text();
  }

  @Test
  void loneSurrogateBecomesReplacementCharacter() {
    assertEquals("a\uFFFDb\uFFFD", display("a\uD800b\uDC00"));
  }

  @Test
  void loneSurrogatesSplitByMarkupStayApart() {
    assertEquals("\uFFFD\uFFFD", display("<p>\uD83D<b></b>\uDE00"));
  }

  @Test
  void surrogatePairIsKept() {
    assertEquals("a \uD83D\uDE00 b", display("a \uD83D\uDE00 b"));
  }

  @Test
  void referencesAreDecodedInPlainText() {
    assertEquals("Tom & Jerry, x < y", display("Tom &amp; Jerry, x &lt; y"));
  }

  @Test
  void tagsAreDroppedOnlyFromHtml() {
    assertEquals("one\n\ntwo", display("<p>one</p>\n<p>two</p>"));
    assertEquals("see <foo> and x<y", display("see <foo> and x<y"));
  }

  @Test
  void nulIsRemoved() {
    assertEquals("ab", display("a\u0000b"));
  }

  @Test
  void controlCharactersAreRemoved() {
    assertEquals("abcde", display("a\u0001b\u001Fc\u007Fd\u0092e"));
  }

  @Test
  void bidiControlsAreRemoved() {
    assertEquals(
        "abcdefghijklm",
        display(
            "a\u200Eb\u200Fc\u061Cd\u202Ae\u202Bf\u202Cg\u202Dh\u202Ei\u2066j\u2067k\u2068l\u2069m"));
  }

  @Test
  void invisibleFormatCharactersAreRemoved() {
    assertEquals("abcde", display("a\u200Bb\u2060c\uFEFFd\u00ADe"));
  }

  @Test
  void zwnjIsKeptBetweenLettersOfAJoiningScript() {
    assertEquals("مي\u200Cخواهم", display("می\u200Cخواهم"));
  }

  @Test
  void zwnjIsKeptAfterAViramaBeforeALetter() {
    assertEquals("क्\u200Cष", display("क्\u200Cष"));
  }

  @Test
  void zwnjIsRemovedBetweenLatinLetters() {
    assertEquals("ab", display("a\u200Cb"));
  }

  @Test
  void zwnjIsRemovedNextToWhitespaceOrAcrossScripts() {
    assertEquals("م خ a", display("م\u200C خ\u200C a"));
    assertEquals("مa", display("م\u200Ca"));
  }

  @Test
  void zwjIsKeptInEmojiSequence() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String rainbowFlag = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
    assertEquals(family + " " + rainbowFlag, display(family + " " + rainbowFlag));
  }

  @Test
  void zwjIsRemovedBetweenLatinLetters() {
    assertEquals("ab", display("a\u200Db"));
  }

  @Test
  void tashkeelIsRemoved() {
    assertEquals("محمد كتاب", display("مُحَمَّدٌ كِتَابٌ"));
  }

  @Test
  void quranicMarksAreRemoved() {
    assertEquals("الرحمن", display("الرَّحْمٰنِ\u06D6"));
  }

  @Test
  void tatweelIsRemoved() {
    assertEquals("محمد", display("مـحـــمد"));
  }

  @Test
  void tashkeelAndTatweelAreRemovedInAnyLanguage() {
    assertEquals("Reuters said داعش claimed", display("Reuters said دَاعِـش claimed"));
  }

  @Test
  void nfkcExpandsLigatures() {
    assertEquals("fine flow", display("ﬁne ﬂow"));
  }

  @Test
  void nfkcFoldsFullWidthAndCompatibilityForms() {
    assertEquals("ABC123 x2 1", display("ＡＢＣ１２３ x² ①"));
  }

  @Test
  void nfkcComposesCombiningMarks() {
    assertEquals("é ç", display("e\u0301 c\u0327"));
  }

  @Test
  void nfkcComposesAcrossRemovedCharacters() {
    assertEquals("é", display("e\u200E\u0301"));
  }

  @Test
  void hamzaComposesWithAlefBeforeItIsRemoved() {
    assertEquals(display("أحمد ؤ"), display("ا\u0654حمد و\u0654"));
    assertEquals("احمد ؤ", display("ا\u0654حمد و\u0654"));
  }

  @Test
  void arabicPresentationFormsBecomeLetters() {
    assertEquals("لا سلام", display("ﻻ ﺳﻼﻡ"));
  }

  @Test
  void alefFormsBecomeAlef() {
    assertEquals("احمد اسلام امن الله", display("أحمد إسلام آمن ٱلله"));
  }

  @Test
  void alefMaksuraBecomesYeh() {
    assertEquals("علي", display("على"));
  }

  @Test
  void persianLettersBecomeArabic() {
    assertEquals("كيف", display("کیف"));
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    assertEquals("2024", display("٢٠٢٤"));
  }

  @Test
  void easternArabicIndicDigitsBecomeAscii() {
    assertEquals("1403", display("۱۴۰۳"));
  }

  @Test
  void arabicNumberPunctuationBecomesAscii() {
    assertEquals("3.5% 1,000", display("٣٫٥٪ ١٬٠٠٠"));
  }

  @Test
  void arabicRulesApplyInAnyLanguage() {
    String quoted = "The group أنصار الشريعة";
    assertEquals(display(quoted), TextNormalizer.display(quoted, "ar").text());
    assertEquals("The group انصار الشريعة", TextNormalizer.display(quoted, "tr").text());
  }

  @Test
  void spacesAndTabsFoldToOneSpace() {
    assertEquals("a b c", display("a  \t b\t\tc"));
  }

  @Test
  void spaceSeparatorsBecomeSpaces() {
    assertEquals("a b c d", display("a\u00A0b\u3000c\u1680d"));
  }

  @Test
  void lineBreakIsKept() {
    assertEquals("a\nb", display("a\nb"));
  }

  @Test
  void carriageReturnAndOtherLineEndsAreLineBreaks() {
    assertEquals("a\nb\nc\nd\ne\nf", display("a\r\nb\rc\u0085d\u2028e\u000Bf"));
  }

  @Test
  void paragraphBreakIsKept() {
    assertEquals("a\n\nb", display("a\n\nb"));
  }

  @Test
  void threeOrMoreLineBreaksBecomeAParagraphBreak() {
    assertEquals("a\n\nb", display("a\n\n\n\r\n\nb"));
  }

  @Test
  void paragraphSeparatorIsAParagraphBreak() {
    assertEquals("a\n\nb", display("a\u2029b"));
  }

  @Test
  void spacesNextToLineBreaksAreRemoved() {
    assertEquals("a\nb\n\nc", display("a \t\n  b  \n \n  c"));
  }

  @Test
  void leadingAndTrailingWhitespaceIsRemoved() {
    assertEquals("a", display(" \n\t a \n "));
    assertEquals("", display(" \n\u200E "));
  }

  @Test
  void matchKeyLowerCasesWithoutLocale() {
    assertEquals("abc äöü σ", matchKey("ABC ÄÖÜ Σ", "en"));
  }

  @Test
  void turkishMatchKeyFoldsDottedAndDotlessI() {
    assertEquals("istanbul ırmak", matchKey("İSTANBUL IRMAK", "tr"));
  }

  @Test
  void dottedCapitalIBecomesIInAnyLanguage() {
    assertEquals("istanbul", matchKey("İstanbul", "en"));
  }

  @Test
  void decomposedDottedCapitalIFoldsLikeTheComposedOne() {
    assertEquals("istanbul", matchKey("I\u0307stanbul", "tr"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"und", "ar", "en"})
  void capitalIBecomesIOutsideTurkic(String lang) {
    assertEquals("irak", matchKey("IRAK", lang));
  }

  @Test
  void defaultLocaleIsNeverUsed() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("irak", matchKey("IRAK", "en"));
      Locale.setDefault(Locale.ENGLISH);
      assertEquals("ırak", matchKey("IRAK", "tr"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void tehMarbutaBecomesHehInMatchKeysOnly() {
    assertEquals("مدرسة", display("مدرسة"));
    assertEquals("مدرسه", matchKey("مدرسة", "ar"));
  }

  @Test
  void joinersAreRemovedInMatchKeys() {
    assertEquals("ميخواهم", matchKey("می\u200Cخواهم", "und"));
  }

  @Test
  void matchKeyAppliesTheDisplayRules() {
    assertEquals("احمد & محمد\n\nali", matchKey("<p>أَحْمَد &amp; مـحمد</p><p>ALİ</p>", "en"));
  }

  @Test
  void displayDoesNotDependOnLang() {
    String text = "IRAK İstanbul أحمد";
    assertEquals(display(text), TextNormalizer.display(text, "tr").text());
    assertEquals(display(text), TextNormalizer.display(text, null).text());
  }

  @Test
  void nullOriginalIsRejected() {
    assertThrows(NullPointerException.class, () -> TextNormalizer.display(null, "en"));
  }
}
