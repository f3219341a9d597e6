package io.storylines.report;

import java.util.List;
import java.util.Locale;

/**
 * The strongest co-occurrence edges, from {@code cooccurrence} (sentence window, all languages and
 * sources) with names from {@code entities}. When some pairs are backbone edges ({@code backbone_p
 * < alpha}) in at least one period, those pairs are listed by their highest NPMI in those periods;
 * when none is (small corpora), the pairs mentioned together in the most articles are listed
 * instead, and the section says so. Each row's numbers are over the periods that qualify it.
 *
 * @param backboneAlpha the backbone threshold
 * @param backbone whether the rows are backbone edges (else the most frequent pairs)
 * @param edges at most the loader's limit of rows, strongest first
 */
public record TopEdgesSection(double backboneAlpha, boolean backbone, List<Edge> edges) implements ReportSection {

  /**
   * One pair over the periods that qualify it.
   *
   * @param articles its {@code n_docs_pair} summed over those periods
   * @param periods how many periods
   * @param npmi its highest NPMI among them
   * @param backboneP its lowest {@code backbone_p} among them
   */
  public record Edge(
      String entityA, String nameA, String entityB, String nameB, long articles, long periods, double npmi,
      double backboneP) {}

  public TopEdgesSection {
    edges = List.copyOf(edges);
  }

  @Override
  public String id() {
    return "edges";
  }

  @Override
  public String heading() {
    return "Top co-occurrence edges";
  }

  @Override
  public void renderBody(HtmlWriter html) {
    String alpha = String.format(Locale.ROOT, "%s", backboneAlpha);
    if (edges.isEmpty()) {
      html.element("p", "No pair of entities is mentioned together in one sentence.");
      return;
    }
    html.element(
        "p",
        backbone
            ? "Pairs of entities mentioned in one sentence (all languages and sources) that are backbone"
                + " edges (backbone_p < " + alpha + ") in at least one period, by their highest NPMI in those"
                + " periods. Articles, periods, NPMI and backbone_p are over those periods."
            : "No pair is a backbone edge (backbone_p < " + alpha + ") in any period, so these are the pairs"
                + " mentioned together in one sentence (all languages and sources) in the most articles,"
                + " over all periods.");
    html.start("table", "class", "wide");
    html.start("thead").start("tr").element("th", "entity").element("th", "entity")
        .element("th", "articles", "class", "num").element("th", "periods", "class", "num")
        .element("th", "NPMI", "class", "num").element("th", "backbone_p", "class", "num").end("tr").end("thead");
    html.start("tbody");
    for (Edge edge : edges) {
      html.start("tr");
      name(html, edge.nameA(), edge.entityA());
      name(html, edge.nameB(), edge.entityB());
      html.element("td", Numbers.count(edge.articles()), "class", "num")
          .element("td", Numbers.count(edge.periods()), "class", "num")
          .element("td", Numbers.decimal(edge.npmi(), 2), "class", "num")
          .element("td", Numbers.decimal(edge.backboneP(), 3), "class", "num");
      html.end("tr");
    }
    html.end("tbody").end("table");
  }

  static void name(HtmlWriter html, String name, String id) {
    html.start("td").element("bdi", name, "title", id).end("td");
  }
}
