package io.storylines.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The whole page, from sections holding hostile and multilingual text. */
class ReportTest {
  static final String SCRIPT_TITLE = "<script>alert(1)</script>";
  static final String QUOTES_TITLE = "AT&T says \"yes\" & 'no' <b>bold</b>";
  static final String ARABIC_TITLE = "سوريا والولايات المتحدة تستأنفان العلاقات";
  static final String TURKISH_TITLE = "İstanbul'da ılık hava: Şam'a uçuşlar başladı 😀";

  static Report report() {
    RunManifest manifest =
        new RunManifest(
            "20261129T152527Z-f79385", "succeeded", "2026-11-29T15:25:27Z", "2026-11-29T15:26:54Z", 86.4,
            83, 75, 8, new TreeMap<>(Map.of("bad_date", 2L, "missing_body", 1L, "<weird>&", 5L)),
            new TreeMap<>(Map.of("ar", 25L, "en", 25L, "tr", 25L)),
            List.of(new RunManifest.Stage("ingest", 15.226), new RunManifest.Stage("write", 34.5)));
    TreeMap<String, java.util.SortedMap<String, Long>> articles = new TreeMap<>();
    articles.put("2025-01", new TreeMap<>(Map.of("ar", 2L, "en", 1L)));
    articles.put("2025-02", new TreeMap<>(Map.of("tr", 3L)));
    List<String> periods = List.copyOf(articles.keySet());
    return new Report(
        "Storylines report",
        "Run 20261129T152527Z-f79385 (succeeded).",
        List.of(
            new RunSummarySection(manifest),
            new ArticlesPerPeriodSection(articles),
            new AbsentSection("storyline-share", "Storyline share over time"),
            new TopEdgesSection(
                0.05, false,
                List.of(
                    new TopEdgesSection.Edge("syria", "Syria", "united_states", "United States", 38, 14, 1.0, 0.10),
                    new TopEdgesSection.Edge("a", SCRIPT_TITLE, "b", "سوريا", 2, 1, Double.NaN, 1.0))),
            new PairTimelineSection(
                periods, List.of(new PeriodChart.Series("Syria \u2013 " + SCRIPT_TITLE, new long[] {3, 0}))),
            new TopicPrevalenceSection(
                periods,
                List.of(
                    new TopicPrevalenceSection.Model(
                        "ar", "ar-20261129T152527Z-f79385",
                        List.of(new TopicPrevalenceSection.Topic(0, List.of("سوري", SCRIPT_TITLE, "İstanbul"), 3, 2.5),
                            new TopicPrevalenceSection.Topic(1, List.of("علاق"), 0, 0.5)),
                        List.of(new TopicPrevalenceSection.PeriodShare("2025-01", 0, 0.8),
                            new TopicPrevalenceSection.PeriodShare("2025-01", 1, 0.2))))),
            new TopEntitiesSection(
                List.of(new TopEntitiesSection.Entity("syria", "Syria & \"co\"", "GPE", 50, 400, 20, 20, 10, 0))),
            new TitleSampleSection(
                10,
                List.of(
                    new TitleSampleSection.Title("ar", "2025-02-01 10:00", "سانا", ARABIC_TITLE),
                    new TitleSampleSection.Title("en", "2025-02-01 09:00", "wire", SCRIPT_TITLE + " Syria"),
                    new TitleSampleSection.Title("en", "2025-01-31 09:00", "wire", QUOTES_TITLE),
                    new TitleSampleSection.Title("en", "", "wire", null),
                    new TitleSampleSection.Title("tr", "2025-01-30 09:00", "aa", TURKISH_TITLE)))));
  }

  @Test
  void thePageIsWellFormedXml() throws Exception {
    Document document = ReportChecks.parseXml(report().toHtml());
    assertEquals("html", document.getDocumentElement().getLocalName());
    assertEquals(3, document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
  }

  @Test
  void aScriptTitleIsTextAndNoScriptElementExists() throws Exception {
    String html = report().toHtml();
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Syria"), html);
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    Document document = ReportChecks.parseXml(html);
    assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
    assertTrue(ReportChecks.texts(document, "td").contains(SCRIPT_TITLE + " Syria"));
    assertTrue(ReportChecks.texts(document, "bdi").contains(SCRIPT_TITLE), "entity name as text");
  }

  @Test
  void ampersandsQuotesArabicTurkishAndEmojiReadBackUnchanged() throws Exception {
    List<String> cells = ReportChecks.texts(ReportChecks.parseXml(report().toHtml()), "td");
    for (String title : List.of(QUOTES_TITLE, ARABIC_TITLE, TURKISH_TITLE)) {
      assertTrue(cells.contains(title), title);
    }
    assertTrue(cells.contains("<weird>&"), "a reject reason");
  }

  @Test
  void titlesTakeTheirDirectionFromTheirText() {
    String html = report().toHtml();
    assertTrue(html.contains("<td dir=\"auto\" class=\"title\">" + ARABIC_TITLE + "</td>"), html);
    assertTrue(html.contains("<bdi title=\"b\">سوريا</bdi>"), html);
  }

  @Test
  void theSameSectionsGiveTheSameBytes() throws Exception {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    report().write(first);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      report().write(second);
    } finally {
      Locale.setDefault(before);
    }
    assertTrue(java.util.Arrays.equals(first.toByteArray(), second.toByteArray()), "bytes differ");
    assertFalse(first.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\r"));
  }

  @Test
  void nothingLeavesTheFile() {
    String html = report().toHtml();
    assertEquals(List.of(), ReportChecks.externalReferences(html));
    assertFalse(html.contains("<link rel=\"stylesheet\""), html);
    assertFalse(html.contains("@import") || html.contains("url("), "no CSS fetches");
  }

  @Test
  void anAbsentTableIsOneLineThatSaysSo() {
    String html = report().toHtml();
    assertTrue(
        html.contains(
            "<section id=\"storyline-share\">\n<h2>Storyline share over time</h2>\n<p class=\"absent\">Not in this output.</p>\n</section>"),
        html);
  }

  @Test
  void undefinedMeasuresShowADash() throws Exception {
    List<String> cells = ReportChecks.texts(ReportChecks.parseXml(report().toHtml()), "td");
    assertTrue(cells.contains(Numbers.UNDEFINED), cells.toString());
    assertTrue(cells.contains("1.00") && cells.contains("38"), cells.toString());
  }
}
