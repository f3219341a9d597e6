package io.storylines.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The HTML report of one output folder: a title, a line under it, and its sections in order
 * (docs/report.md).
 *
 * <p>The page is one self-contained file: the CSS is inline, the charts are inline SVG, there is no
 * script, no font and no reference outside the file (the icon is an empty {@code data:} URL, so a
 * browser does not ask for {@code /favicon.ico}). It is written in XHTML syntax, so an XML parser
 * reads it too. The same sections give the same bytes: no clock is read, numbers are formatted the
 * same in every locale, and lines end with {@code \n}.
 */
public record Report(String title, String subtitle, List<ReportSection> sections) {
  static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","DejaVu Sans",sans-serif;margin:0 auto;max-width:960px;padding:16px 24px;color:#1f2328;background:#fff}
      h1{font-size:1.6em;margin:.2em 0}
      h2{font-size:1.25em;margin:1.6em 0 .4em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
      h3{font-size:1.05em;margin:1.2em 0 .3em}
      nav ul{list-style:none;padding:0;margin:.4em 0}
      nav li{display:inline;margin-right:1em}
      a{color:#0969da}
      table{border-collapse:collapse;margin:.6em 1.5em .6em 0;font-size:.9em}
      table.wide{width:100%}
      caption{text-align:left;font-weight:600;padding:.2em 0}
      th,td{border-bottom:1px solid #d0d7de;padding:.25em .5em;text-align:start;vertical-align:top}
      th{background:#f6f8fa}
      .num{text-align:right;font-variant-numeric:tabular-nums}
      .columns{display:flex;flex-wrap:wrap;align-items:flex-start}
      dl.summary{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;margin:.6em 0}
      dt{font-weight:600}
      dd{margin:0}
      .absent,.none{color:#656d76;font-style:italic}
      figure.chart{margin:.6em 0}
      figure.chart svg{width:100%;height:auto;display:block}
      svg text{font-size:11px;fill:#1f2328}
      svg .chart-title{font-size:14px;font-weight:600}
      svg .axis-label{font-size:12px}
      svg line{stroke:#57606a;stroke-width:1}
      svg line.grid{stroke:#d0d7de}
      svg polyline.series{fill:none;stroke-width:2}
      ul.legend{list-style:none;padding:0;margin:.2em 0;font-size:.9em}
      ul.legend li{display:inline-block;margin-right:1.2em}
      .swatch{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em}
      .s0{fill:#4e79a7;stroke:#4e79a7;background:#4e79a7}
      .s1{fill:#f28e2b;stroke:#f28e2b;background:#f28e2b}
      .s2{fill:#59a14f;stroke:#59a14f;background:#59a14f}
      .s3{fill:#e15759;stroke:#e15759;background:#e15759}
      .s4{fill:#76b7b2;stroke:#76b7b2;background:#76b7b2}
      .s5{fill:#edc948;stroke:#edc948;background:#edc948}
      .s6{fill:#b07aa1;stroke:#b07aa1;background:#b07aa1}
      .s7{fill:#9c755f;stroke:#9c755f;background:#9c755f}
      footer{margin-top:2em;color:#656d76;font-size:.85em}
      """;

  public Report {
    sections = List.copyOf(sections);
  }

  /** The page as text. */
  public String toHtml() {
    HtmlWriter html = new HtmlWriter().doctype();
    html.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
    html.start("head");
    html.empty("meta", "charset", "utf-8");
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.element("title", title);
    html.empty("link", "rel", "icon", "href", "data:,");
    html.styleSheet(STYLE);
    html.end("head");
    html.start("body");
    html.start("header");
    html.element("h1", title);
    html.element("p", subtitle);
    html.start("nav").start("ul");
    for (ReportSection section : sections) {
      html.start("li").element("a", section.heading(), "href", "#" + section.id()).end("li");
    }
    html.end("ul").end("nav");
    html.end("header");
    html.start("main");
    for (ReportSection section : sections) {
      html.start("section", "id", section.id());
      html.element("h2", section.heading());
      section.renderBody(html);
      html.end("section");
    }
    html.end("main");
    html.start("footer");
    html.element("p", "Written by Storylines from the tables of one output folder. One file: no scripts, no"
        + " network, nothing to install. Sections whose tables this output lacks say \""
        + AbsentSection.NOTE + "\"");
    html.end("footer");
    html.end("body");
    html.end("html");
    return html.finish();
  }

  /** Writes the page as UTF-8. */
  public void write(OutputStream out) throws IOException {
    out.write(toHtml().getBytes(StandardCharsets.UTF_8));
  }
}
