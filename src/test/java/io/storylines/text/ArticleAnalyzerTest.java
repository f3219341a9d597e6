package io.storylines.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {

  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

  private static List<String> sentenceTexts(String body, AnalyzedArticle analysis) {
    return analysis.sentences().stream().map(s -> s.text(body)).toList();
  }

  @Test
  void sentencesPointIntoTheOriginalBodyThroughMarkup() {
    String body =
        "<p>Washington lifted the sanctions on Monday.</p><p>Damascus welcomed the decision &amp; "
            + "called it historic.</p>";
    AnalyzedArticle analysis = analyzer.analyze("Sanctions lifted", body, null);
    assertEquals("en", analysis.lang());
    assertEquals(
        List.of(
            "Washington lifted the sanctions on Monday.",
            "Damascus welcomed the decision &amp; called it historic."),
        sentenceTexts(body, analysis));
  }

  /**
   * A scraped Arabic page that opens with an image's markup: the language is that of the text,
   * not of the tag names and the URL, which fill the first 200 characters.
   */
  @Test
  void theLanguageIsDetectedOnTheTextNotOnTheMarkup() {
    String body =
        "<figure class=\"wp-block-image size-large\"><img src=\"https://example.com/wp-content/uploads/2025/05/"
            + "meeting-in-damascus-with-the-delegation.jpg\" alt=\"\" width=\"1200\" height=\"800\"></figure>"
            + "<p>أعلنت الحكومة السورية اليوم اتفاقاً جديداً مع الولايات المتحدة لرفع العقوبات الاقتصادية"
            + " المفروضة على البلاد منذ سنوات طويلة.</p>";
    assertEquals("ar", analyzer.analyze(null, body, null).lang());
    String encoded = "&#1571;&#1593;&#1604;&#1606;&#1578; &#1575;&#1604;&#1581;&#1603;&#1608;&#1605;&#1577; "
        + "&#1575;&#1604;&#1587;&#1608;&#1585;&#1610;&#1577; &#1575;&#1604;&#1610;&#1608;&#1605; "
        + "&#1575;&#1578;&#1601;&#1575;&#1602;&#1575; &#1580;&#1583;&#1610;&#1583;&#1575; &#1605;&#1593; "
        + "&#1575;&#1604;&#1608;&#1604;&#1575;&#1610;&#1575;&#1578; &#1575;&#1604;&#1605;&#1578;&#1581;&#1583;&#1577;";
    assertEquals("ar", analyzer.analyze(null, encoded, null).lang(), "character references, decoded");
  }

  @Test
  void arabicSentencesKeepTheirDiacriticsInTheOriginalSpan() {
    String body = "رَفَعَت الولايات المتحدة العقوبات عن سوريا. وقال المبعوث إن القرار تاريخيّ.";
    AnalyzedArticle analysis = analyzer.analyze(null, body, null);
    assertEquals("ar", analysis.lang());
    List<String> texts = sentenceTexts(body, analysis);
    assertEquals(2, texts.size(), texts.toString());
    assertTrue(texts.get(0).startsWith("رَفَعَت"), texts.get(0));
  }

  @Test
  void turkishTokensAreLowercasedWithTheDottedI() {
    AnalyzedArticle analysis =
        analyzer.analyze(
            "İstanbul'da görüşme",
            "Dışişleri Bakanı İstanbul'da Suriye ve ABD heyetleriyle görüştü. Görüşmede yaptırımlar ele alındı.",
            null);
    assertEquals("tr", analysis.lang());
    assertTrue(analysis.tokens().stream().anyMatch(t -> t.startsWith("istanbul")), analysis.tokens().toString());
    assertFalse(analysis.tokens().stream().anyMatch(t -> t.contains("\u0307")), analysis.tokens().toString());
  }

  @Test
  void declaredLanguageIsUsedOnlyWhenDetectionCannotDecide() {
    AnalyzedArticle shortText = analyzer.analyze(null, "Şam, 12 Mayıs.", "tr");
    assertEquals("tr", shortText.lang());
    assertEquals("declared", shortText.langBasis());
    AnalyzedArticle longText =
        analyzer.analyze(
            null,
            "The United States and Syria agreed on Tuesday to reopen their embassies after talks in Riyadh.",
            "tr");
    assertEquals("en", longText.lang());
  }

  @Test
  void bodyOfOnlyMarkupHasNoText() {
    AnalyzedArticle analysis = analyzer.analyze("x", "<div><br/><img src='a.png'></div>", null);
    assertFalse(analysis.hasText());
    assertTrue(analysis.sentences().isEmpty());
  }
}
