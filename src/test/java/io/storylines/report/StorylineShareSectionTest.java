package io.storylines.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class StorylineShareSectionTest {
  private static final List<String> PERIODS = List.of("2025-01", "2025-02", "2025-03");

  private static String render(StorylineShareSection section) {
    HtmlWriter html = new HtmlWriter();
    section.renderBody(html);
    return html.finish();
  }

  private static StorylineShareSection.Shift rise(String kind, String item, String name, int rank, long k) {
    return new StorylineShareSection.Shift(kind, item, name, true, rank, false, k, 10, k / 10.0, 0.1, 2.5 - rank);
  }

  private static StorylineShareSection.Shift newItem(String kind, String item, String name, long k) {
    return new StorylineShareSection.Shift(kind, item, name, false, 1, true, k, 10, k / 10.0, 0, 1.0);
  }

  /** Two periods with rows, one without (2025-02), and shifts of both kinds in 2025-03. */
  private static StorylineShareSection syriaUs(List<StorylineShareSection.Shift> shifts) {
    return new StorylineShareSection(
        PERIODS,
        List.of(
            new StorylineShareSection.Storyline(
                "syria-us-normalization",
                List.of(
                    new StorylineShareSection.PeriodRow("2025-03", 3, 12, 0.25, 4 / 14.0),
                    new StorylineShareSection.PeriodRow("2025-01", 1, 8, 0.125, 0.125)),
                shifts.isEmpty() ? null : "2025-03",
                shifts)));
  }

  @Test
  void theChartDrawsTheDeduplicatedAndTheRawShareInWholePercentWithZeroForAPeriodWithoutRow() {
    String html = render(syriaUs(List.of()));
    assertTrue(html.contains("<title>2025-03, " + StorylineShareSection.SERIES_SHARE + ": 25%</title>"), html);
    assertTrue(html.contains("<title>2025-03, " + StorylineShareSection.SERIES_SHARE_RAW + ": 29%</title>"), html);
    assertTrue(html.contains("<title>2025-01, " + StorylineShareSection.SERIES_SHARE + ": 13%</title>"), "half up");
    assertFalse(html.contains("<title>2025-02,"), "no point where the share is 0");
    assertTrue(html.contains("<polyline"), "a line chart");
  }

  @Test
  void aStorylineThatMatchedNothingSaysSoInsteadOfAChart() {
    StorylineShareSection section =
        new StorylineShareSection(
            PERIODS,
            List.of(
                new StorylineShareSection.Storyline(
                    "quiet",
                    List.of(
                        new StorylineShareSection.PeriodRow("2025-01", 0, 10, 0, 0),
                        new StorylineShareSection.PeriodRow("2025-03", 0, 12, 0, 0)),
                    null,
                    List.of())));
    String html = render(section);
    assertTrue(html.contains("No article of this output matched this storyline."), html);
    assertFalse(html.contains("<svg"), html);
    assertFalse(render(syriaUs(List.of())).contains("matched this storyline"));
  }

  @Test
  void theTableListsThePeriodsInOrderWithCountsAndBothShares() throws Exception {
    Document document = ReportChecks.parseXml("<div>" + render(syriaUs(List.of())) + "</div>");
    assertEquals(
        List.of("2025-01", "1", "8", "12.5%", "12.5%", "2025-03", "3", "12", "25.0%", "28.6%"),
        ReportChecks.texts(document, "td"));
  }

  @Test
  void shiftsListEntitiesThenPairsRisesByRankThenNewItemsByStories() {
    List<StorylineShareSection.Shift> ordered =
        StorylineShareSection.ordered(
            List.of(
                newItem("pair", "a|b", "A – B", 2),
                rise("pair", "a|c", "A – C", 1, 4),
                newItem("entity", "x", "X", 1),
                newItem("entity", "w", "W", 3),
                rise("entity", "y", "Y", 2, 5),
                rise("entity", "z", "Z", 1, 6)));
    assertEquals(
        List.of("z", "y", "w", "x", "a|c", "a|b"), ordered.stream().map(StorylineShareSection.Shift::item).toList());
  }

  @Test
  void theLatestShiftsAreATableWithTheirChangeStoriesAndZ() throws Exception {
    StorylineShareSection.Shift both =
        new StorylineShareSection.Shift("entity", "hts", "HTS", true, 1, true, 4, 10, 0.4, 0, 3.14159);
    String html = render(syriaUs(List.of(both, newItem("pair", "a|b", "A – B", 2))));
    Document document = ReportChecks.parseXml("<div>" + html + "</div>");
    List<String> cells = ReportChecks.texts(document, "td");
    int first = cells.indexOf("HTS");
    assertEquals(List.of("entity", "HTS", "new, rise 1", "4 of 10", "40.0%", "0.0%", "3.14"), cells.subList(first - 1, first + 6));
    assertTrue(cells.contains("A – B") && cells.contains("new"), cells.toString());
    assertTrue(ReportChecks.texts(document, "p").stream().anyMatch(p -> p.startsWith("What rose and what is new in 2025-03")));
  }

  @Test
  void aStorylineWithoutShiftsSaysSo() {
    String html = render(syriaUs(List.of()));
    assertTrue(html.contains("<p class=\"none\">No shifts:"), html);
  }

  @Test
  void namesAreEscapedAndReadInTheirOwnDirection() throws Exception {
    String arabic = "هيئة تحرير الشام";
    String html = render(syriaUs(List.of(newItem("entity", "<script>", arabic + " <script>alert(1)</script>", 1))));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    Document document = ReportChecks.parseXml("<div>" + html + "</div>");
    assertTrue(ReportChecks.texts(document, "bdi").contains(arabic + " <script>alert(1)</script>"));
    assertTrue(html.contains("title=\"&lt;script&gt;\""), html);
  }

  @Test
  void noStorylineIsOneLineThatSaysSo() {
    String html = render(new StorylineShareSection(PERIODS, List.of()));
    assertTrue(html.startsWith("<p>No article is in a storyline."), html);
    assertFalse(html.contains("<svg"), html);
  }

  @Test
  void aRowOutsideThePeriodsIsRejected() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new StorylineShareSection(
                PERIODS,
                List.of(
                    new StorylineShareSection.Storyline(
                        "s", List.of(new StorylineShareSection.PeriodRow("2030-01", 1, 1, 1, 1)), null, List.of()))));
    assertTrue(error.getMessage().contains("2030-01"), error.getMessage());
  }
}
