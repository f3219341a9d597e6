package io.storylines.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodChartTest {

  @Test
  void theStepIsOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(1, PeriodChart.niceStep(0));
    assertEquals(1, PeriodChart.niceStep(5));
    assertEquals(2, PeriodChart.niceStep(6));
    assertEquals(5, PeriodChart.niceStep(23));
    assertEquals(10, PeriodChart.niceStep(38));
    assertEquals(20, PeriodChart.niceStep(75));
    assertEquals(2_000, PeriodChart.niceStep(9_999));
  }

  @Test
  void aSeriesNeedsOneValuePerPeriod() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PeriodChart(PeriodChart.Kind.LINES, "t", "x", "y", List.of("2025-01", "2025-02"),
            List.of(new PeriodChart.Series("a", new long[] {1}))));
  }

  @Test
  void stackedColumnsHaveOneBarPerNonZeroValueWithATooltip() {
    HtmlWriter html = new HtmlWriter();
    new PeriodChart(PeriodChart.Kind.STACKED_COLUMNS, "t", "period", "articles", List.of("2025-01", "2025-02"),
            List.of(new PeriodChart.Series("ar", new long[] {2, 0}), new PeriodChart.Series("en", new long[] {1, 3})))
        .render(html);
    String svg = html.finish();
    assertEquals(3, svg.split("<rect ", -1).length - 1, svg);
    assertTrue(svg.contains("<title>2025-02, en: 3</title>"), svg);
    assertTrue(svg.contains("<li><span class=\"swatch s1\"></span><bdi>en</bdi></li>"), svg);
  }

  @Test
  void aUnitFollowsTheAxisValuesAndTheTooltips() {
    HtmlWriter html = new HtmlWriter();
    new PeriodChart(PeriodChart.Kind.STACKED_COLUMNS, "t", "period", "share", List.of("2025-01"),
            List.of(new PeriodChart.Series("topic 1", new long[] {60}), new PeriodChart.Series("topic 2", new long[] {40})),
            "%")
        .render(html);
    String svg = html.finish();
    assertTrue(svg.contains(">0%</text>") && svg.contains(">100%</text>"), svg);
    assertTrue(svg.contains("<title>2025-01, topic 2: 40%</title>"), svg);
  }

  @Test
  void manyPeriodsAreLabelledEveryKth() {
    List<String> periods = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      periods.add(String.format("p%03d", i));
    }
    HtmlWriter html = new HtmlWriter();
    new PeriodChart(PeriodChart.Kind.LINES, "t", "x", "y", periods, List.of(new PeriodChart.Series("a", new long[100])))
        .render(html);
    String svg = html.finish();
    assertTrue(svg.contains(">p000<") && svg.contains(">p003<") && !svg.contains(">p001<"), "every 3rd");
  }
}
