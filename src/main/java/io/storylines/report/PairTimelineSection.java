package io.storylines.report;

import java.util.List;

/**
 * A few pairs' articles per period, from {@code cooccurrence} (sentence window, all languages and
 * sources): the storyline's own pair, Syria and the United States, and the top pairs of {@link
 * TopEdgesSection}. A period with no row for a pair shows 0: the pair was together in fewer than
 * the run's minimum of articles there, or not at all.
 *
 * @param periods every period of the articles, in order
 * @param pairs one series per pair, named "A – B"
 */
public record PairTimelineSection(List<String> periods, List<PeriodChart.Series> pairs) implements ReportSection {
  public PairTimelineSection {
    periods = List.copyOf(periods);
    pairs = List.copyOf(pairs);
  }

  @Override
  public String id() {
    return "pairs-over-time";
  }

  @Override
  public String heading() {
    return "Pairs over time";
  }

  @Override
  public void renderBody(HtmlWriter html) {
    if (pairs.isEmpty()) {
      html.element("p", "No pair of entities is mentioned together in one sentence.");
      return;
    }
    html.element(
        "p",
        "Articles that mention both entities in one sentence, per period (all languages and sources)."
            + " 0 means fewer than the run's --min-pair-docs articles in that period.");
    new PeriodChart(
            PeriodChart.Kind.LINES, "Articles mentioning the pair in one sentence, per period", "period",
            "articles", periods, pairs)
        .render(html);
  }
}
