package io.storylines.report;

import java.util.Map;

/** The run summary, from the manifest: status, counts, rejects by reason, languages, stage seconds. */
public record RunSummarySection(RunManifest manifest) implements ReportSection {
  @Override
  public String id() {
    return "run";
  }

  @Override
  public String heading() {
    return "Run summary";
  }

  @Override
  public void renderBody(HtmlWriter html) {
    html.start("dl", "class", "summary");
    item(html, "Run", manifest.runId());
    item(html, "Status", manifest.status());
    item(html, "Started", manifest.startedAt());
    item(html, "Ended", manifest.endedAt());
    item(html, "Seconds", Numbers.decimal(manifest.seconds(), 1));
    item(html, "Records read", Numbers.count(manifest.recordsRead()));
    item(html, "Articles accepted", Numbers.count(manifest.articlesAccepted()));
    item(html, "Records rejected", Numbers.count(manifest.recordsRejected()));
    html.end("dl");

    html.start("div", "class", "columns");
    counts(html, "Rejects by reason", "reason", "records", manifest.rejectedByReason(), "No record was rejected.");
    counts(html, "Articles by language", "language", "articles", manifest.languages(), "No article was accepted.");
    html.start("table");
    html.element("caption", "Seconds by stage");
    html.start("thead").start("tr").element("th", "stage").element("th", "seconds", "class", "num").end("tr").end("thead");
    html.start("tbody");
    for (RunManifest.Stage stage : manifest.stages()) {
      html.start("tr").element("td", stage.name())
          .element("td", Numbers.decimal(stage.seconds(), 1), "class", "num").end("tr");
    }
    html.end("tbody").end("table");
    html.end("div");
  }

  private static void item(HtmlWriter html, String term, String value) {
    html.element("dt", term).element("dd", value);
  }

  private static void counts(
      HtmlWriter html, String caption, String key, String unit, Map<String, Long> counts, String none) {
    html.start("table");
    html.element("caption", caption);
    html.start("thead").start("tr").element("th", key).element("th", unit, "class", "num").end("tr").end("thead");
    html.start("tbody");
    if (counts.isEmpty()) {
      html.start("tr").element("td", none, "colspan", "2").end("tr");
    }
    counts.forEach(
        (name, n) -> html.start("tr").element("td", name).element("td", Numbers.count(n), "class", "num").end("tr"));
    html.end("tbody").end("table");
  }
}
