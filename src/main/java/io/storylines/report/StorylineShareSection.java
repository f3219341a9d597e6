package io.storylines.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Storyline share over time, from {@code storyline_timeline} and {@code storyline_shifts}: for each
 * storyline, a line chart of its share of each period's coverage, a table of the same numbers, and
 * what rose or is new in its latest period with shifts.
 *
 * <p>Vocabulary, as in docs/tables.md: a <em>story</em> is a near-duplicate cluster of articles,
 * counted once; a storyline's <em>share</em> of a period is its stories over all the period's
 * stories ({@code n_storyline / n_articles}, all languages and sources: {@code lang = '*'}, {@code
 * source = '*'}); the <em>raw share</em> counts every article ({@code share_raw}). A
 * <em>shift</em> is an entity or a pair whose share of the storyline's stories rose against the
 * three periods before ({@code direction = 'rise'}, ranked by z-score), or an actor new to the
 * storyline ({@code is_new}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Storylines are shown in the order given; periods in the order given, a period without a row
 *       (no story of the storyline) shows share 0 in the chart and no row in the table. A storyline
 *       with no story in any period (its rows all 0) says so instead of a chart, table and shifts.
 *   <li>The chart draws the deduplicated and the raw share in whole percent (rounded half up); the
 *       table gives them with one decimal.
 *   <li>Shifts are listed entities first, then pairs; within a kind, rises by rank, then new items by
 *       stories, most first, then by item. An item both new and risen is listed once, as a rise.
 * </ul>
 *
 * @param periods the chart's periods, in order; every row's period must be one of them
 * @param storylines one per storyline, in the order shown
 */
public record StorylineShareSection(List<String> periods, List<Storyline> storylines) implements ReportSection {
  static final String SERIES_SHARE = "share (stories, near-duplicates once)";
  static final String SERIES_SHARE_RAW = "raw share (every article)";

  /** One period of a storyline ({@code lang = '*'}, {@code source = '*'}). */
  public record PeriodRow(String period, long nStoryline, long nArticles, double share, double shareRaw) {}

  /**
   * One entity or pair of the latest period's shifts.
   *
   * @param kind {@code entity} or {@code pair}
   * @param item its id, or a pair {@code a|b}
   * @param name how a reader knows it: the entity's name, or "A – B"
   * @param rise whether it is listed as a rise ({@code direction = 'rise'} and among the loader's top
   *     rises), with {@code rank} among the rises; a new item that rose less is listed as new only
   * @param isNew whether it is new to the storyline
   * @param nArticles the period's storyline stories that mention it, of {@code nStoryline}
   */
  public record Shift(
      String kind, String item, String name, boolean rise, int rank, boolean isNew, long nArticles,
      long nStoryline, double share, double baselineShare, double z) {}

  /**
   * One storyline.
   *
   * @param rows its periods, in any order
   * @param shiftPeriod the latest period with shifts, or null when it has none
   * @param shifts that period's rises and new items ({@code lang = '*'}), in any order
   */
  public record Storyline(String storylineId, List<PeriodRow> rows, String shiftPeriod, List<Shift> shifts) {
    public Storyline {
      rows = List.copyOf(rows);
      shifts = List.copyOf(shifts);
    }
  }

  public StorylineShareSection {
    periods = List.copyOf(periods);
    storylines = List.copyOf(storylines);
    for (Storyline storyline : storylines) {
      for (PeriodRow row : storyline.rows()) {
        if (!periods.contains(row.period())) {
          throw new IllegalArgumentException(
              "storyline " + storyline.storylineId() + " has a row in period '" + row.period() + "', not one of "
                  + periods);
        }
      }
    }
  }

  @Override
  public String id() {
    return "storyline-share";
  }

  @Override
  public String heading() {
    return "Storyline share over time";
  }

  @Override
  public void renderBody(HtmlWriter html) {
    if (storylines.isEmpty()) {
      html.element("p", "No article is in a storyline.");
      return;
    }
    html.element(
        "p",
        "Each storyline's share of each period's coverage, all languages and sources: its stories over all"
            + " the period's stories, where near-duplicate articles (a wire story run by several outlets)"
            + " count once. The raw share counts every article. Under each chart, the entities and pairs"
            + " whose share of the storyline's stories rose most in its latest period against the three"
            + " periods before, and the actors new to it.");
    for (Storyline storyline : storylines) {
      renderStoryline(html, storyline);
    }
  }

  private void renderStoryline(HtmlWriter html, Storyline storyline) {
    html.start("h3").text("Storyline ").element("bdi", storyline.storylineId()).end("h3");
    if (storyline.rows().stream().allMatch(row -> row.nStoryline() == 0)) {
      html.element("p", "No article of this output matched this storyline.", "class", "none");
      return;
    }
    new PeriodChart(
            PeriodChart.Kind.LINES, "Share of each period's coverage", "period", "share of the period's stories",
            periods, series(storyline), "%")
        .render(html);
    List<PeriodRow> rows =
        storyline.rows().stream().sorted(Comparator.comparingInt(r -> periods.indexOf(r.period()))).toList();
    html.start("table");
    html.start("thead").start("tr").element("th", "period").element("th", "storyline stories", "class", "num")
        .element("th", "stories", "class", "num").element("th", "share", "class", "num")
        .element("th", "raw share", "class", "num").end("tr").end("thead");
    html.start("tbody");
    for (PeriodRow row : rows) {
      html.start("tr");
      html.element("td", row.period());
      html.element("td", Numbers.count(row.nStoryline()), "class", "num");
      html.element("td", Numbers.count(row.nArticles()), "class", "num");
      html.element("td", percent(row.share()), "class", "num");
      html.element("td", percent(row.shareRaw()), "class", "num");
      html.end("tr");
    }
    html.end("tbody").end("table");
    renderShifts(html, storyline);
  }

  private static void renderShifts(HtmlWriter html, Storyline storyline) {
    if (storyline.shiftPeriod() == null || storyline.shifts().isEmpty()) {
      html.element(
          "p", "No shifts: no period has storyline stories in the three periods before it.", "class", "none");
      return;
    }
    html.start("p").text("What rose and what is new in ").element("bdi", storyline.shiftPeriod())
        .text(" against the three periods before (all languages): the share of the storyline's stories that"
            + " mention the entity or pair, then and before, and the two-proportion z-score.")
        .end("p");
    html.start("table", "class", "wide");
    html.start("thead").start("tr").element("th", "kind").element("th", "entity or pair").element("th", "change")
        .element("th", "stories", "class", "num").element("th", "share", "class", "num")
        .element("th", "before", "class", "num").element("th", "z", "class", "num").end("tr").end("thead");
    html.start("tbody");
    for (Shift shift : ordered(storyline.shifts())) {
      html.start("tr");
      html.element("td", shift.kind());
      html.start("td").element("bdi", shift.name(), "title", shift.item()).end("td");
      html.element("td", shift.rise() ? (shift.isNew() ? "new, rise " : "rise ") + shift.rank() : "new");
      html.element("td", Numbers.count(shift.nArticles()) + " of " + Numbers.count(shift.nStoryline()), "class", "num");
      html.element("td", percent(shift.share()), "class", "num");
      html.element("td", percent(shift.baselineShare()), "class", "num");
      html.element("td", Numbers.decimal(shift.z(), 2), "class", "num");
      html.end("tr");
    }
    html.end("tbody").end("table");
  }

  /** Entities, then pairs (then any other kind by name); rises by rank, then new items by stories. */
  static List<Shift> ordered(List<Shift> shifts) {
    Map<String, Integer> kinds = new HashMap<>(Map.of("entity", 0, "pair", 1));
    return shifts.stream()
        .sorted(
            Comparator.<Shift>comparingInt(s -> kinds.getOrDefault(s.kind(), 2))
                .thenComparing(Shift::kind)
                .thenComparing(s -> !s.rise())
                .thenComparingInt(s -> s.rise() ? s.rank() : 0)
                .thenComparing(Comparator.comparingLong(Shift::nArticles).reversed())
                .thenComparing(Shift::item))
        .toList();
  }

  /** The deduplicated and raw share per period, in whole percent; 0 where the storyline has no row. */
  private List<PeriodChart.Series> series(Storyline storyline) {
    long[] share = new long[periods.size()];
    long[] shareRaw = new long[periods.size()];
    for (PeriodRow row : storyline.rows()) {
      int i = periods.indexOf(row.period());
      share[i] = wholePercent(row.share());
      shareRaw[i] = wholePercent(row.shareRaw());
    }
    return List.of(new PeriodChart.Series(SERIES_SHARE, share), new PeriodChart.Series(SERIES_SHARE_RAW, shareRaw));
  }

  /** A share in [0, 1] as whole percent, half up; 0 for NaN. */
  static long wholePercent(double share) {
    return Double.isFinite(share) ? Math.round(100 * share) : 0;
  }

  private static String percent(double share) {
    return Double.isFinite(share) ? Numbers.decimal(100 * share, 1) + "%" : Numbers.UNDEFINED;
  }
}
