package io.storylines.report;

import java.util.List;

/** The most mentioned entities, from {@code entities}: the first rows by articles, then mentions. */
public record TopEntitiesSection(List<Entity> entities) implements ReportSection {

  /** One row of {@code entities}: its articles overall and per language, and its mentions. */
  public record Entity(
      String entityId, String name, String type, long articles, long mentions, long articlesAr,
      long articlesEn, long articlesTr, long articlesOther) {}

  public TopEntitiesSection {
    entities = List.copyOf(entities);
  }

  @Override
  public String id() {
    return "entities";
  }

  @Override
  public String heading() {
    return "Most mentioned entities";
  }

  @Override
  public void renderBody(HtmlWriter html) {
    if (entities.isEmpty()) {
      html.element("p", "No entity of the gazetteer is mentioned.");
      return;
    }
    html.element("p", "Gazetteer entities by the number of accepted articles that mention them.");
    html.start("table", "class", "wide");
    html.start("thead").start("tr").element("th", "entity").element("th", "type");
    for (String column : List.of("articles", "mentions", "ar", "en", "tr", "other")) {
      html.element("th", column, "class", "num");
    }
    html.end("tr").end("thead");
    html.start("tbody");
    for (Entity e : entities) {
      html.start("tr");
      TopEdgesSection.name(html, e.name(), e.entityId());
      html.element("td", e.type());
      for (long n : new long[] {e.articles(), e.mentions(), e.articlesAr(), e.articlesEn(), e.articlesTr(), e.articlesOther()}) {
        html.element("td", Numbers.count(n), "class", "num");
      }
      html.end("tr");
    }
    html.end("tbody").end("table");
  }
}
