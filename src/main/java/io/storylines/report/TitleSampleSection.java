package io.storylines.report;

import java.util.List;

/**
 * A sample of article titles, from {@code articles}: the latest few per language, newest first.
 * Titles are the input's text, so this is where a hostile title ({@code <script>}) must show as
 * text; each title cell has {@code dir="auto"}, so Arabic reads right to left.
 *
 * @param perLanguage how many titles per language at most
 */
public record TitleSampleSection(int perLanguage, List<Title> titles) implements ReportSection {

  /** One article: its language, publication time (UTC, or empty), source and title (or null). */
  public record Title(String lang, String publishedAt, String source, String title) {}

  public TitleSampleSection {
    titles = List.copyOf(titles);
  }

  @Override
  public String id() {
    return "titles";
  }

  @Override
  public String heading() {
    return "Latest titles";
  }

  @Override
  public void renderBody(HtmlWriter html) {
    if (titles.isEmpty()) {
      html.element("p", "No accepted articles.");
      return;
    }
    html.element("p", "The latest " + perLanguage + " accepted articles of each language.");
    html.start("table", "class", "wide");
    html.start("thead").start("tr").element("th", "lang").element("th", "published (UTC)")
        .element("th", "source").element("th", "title").end("tr").end("thead");
    html.start("tbody");
    for (Title t : titles) {
      html.start("tr").element("td", t.lang()).element("td", t.publishedAt());
      html.start("td").element("bdi", t.source()).end("td");
      if (t.title() == null || t.title().isBlank()) {
        html.element("td", "(no title)", "class", "none");
      } else {
        html.element("td", t.title(), "dir", "auto", "class", "title");
      }
      html.end("tr");
    }
    html.end("tbody").end("table");
  }
}
