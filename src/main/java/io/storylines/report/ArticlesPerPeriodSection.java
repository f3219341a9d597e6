package io.storylines.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accepted articles per period and language, from {@code articles}: a stacked column chart and the
 * same numbers as a table. The data is one count per (period, language) that has articles.
 */
public record ArticlesPerPeriodSection(SortedMap<String, SortedMap<String, Long>> articlesByPeriodAndLang)
    implements ReportSection {

  public ArticlesPerPeriodSection {
    SortedMap<String, SortedMap<String, Long>> copy = new TreeMap<>();
    articlesByPeriodAndLang.forEach(
        (period, byLang) -> copy.put(period, Collections.unmodifiableSortedMap(new TreeMap<>(byLang))));
    articlesByPeriodAndLang = Collections.unmodifiableSortedMap(copy);
  }

  @Override
  public String id() {
    return "articles";
  }

  @Override
  public String heading() {
    return "Articles per period and language";
  }

  @Override
  public void renderBody(HtmlWriter html) {
    if (articlesByPeriodAndLang.isEmpty()) {
      html.element("p", "No accepted articles.");
      return;
    }
    List<String> periods = List.copyOf(articlesByPeriodAndLang.keySet());
    SortedSet<String> languages = new TreeSet<>();
    articlesByPeriodAndLang.values().forEach(byLang -> languages.addAll(byLang.keySet()));
    List<PeriodChart.Series> series = new ArrayList<>();
    for (String lang : languages) {
      long[] values = new long[periods.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = articlesByPeriodAndLang.get(periods.get(i)).getOrDefault(lang, 0L);
      }
      series.add(new PeriodChart.Series(lang, values));
    }
    new PeriodChart(
            PeriodChart.Kind.STACKED_COLUMNS, "Accepted articles per period, by language", "period",
            "articles", periods, series)
        .render(html);

    html.start("table", "class", "wide");
    html.start("thead").start("tr").element("th", "period");
    languages.forEach(lang -> html.element("th", lang, "class", "num"));
    html.element("th", "all", "class", "num").end("tr").end("thead");
    html.start("tbody");
    articlesByPeriodAndLang.forEach(
        (period, byLang) -> {
          html.start("tr").element("td", period);
          languages.forEach(lang -> html.element("td", Numbers.count(byLang.getOrDefault(lang, 0L)), "class", "num"));
          html.element("td", Numbers.count(byLang.values().stream().mapToLong(Long::longValue).sum()), "class", "num");
          html.end("tr");
        });
    html.end("tbody").end("table");
  }
}
