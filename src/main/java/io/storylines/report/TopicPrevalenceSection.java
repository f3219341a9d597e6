package io.storylines.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topic prevalence, from {@code topics} and {@code topic_timeline}: for each topic model (one per
 * language), a table of its topics with their top terms, and a stacked column chart of how each
 * period's topic weight is shared among its most prevalent topics.
 *
 * <p>Vocabulary, as in docs/tables.md: a topic's <em>weight</em> in a period is the sum of its weight
 * over the period's stories ({@code weight_sum}); its <em>share</em> of the period is that over the
 * weight of all the model's topics there ({@code share}), so a period's shares sum to 1. A topic's
 * share of the run is its weight summed over all periods over the model's. Its <em>articles</em> are
 * the stories whose top topic it is ({@code n_articles}: near-duplicates once in each period).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Topics are listed by their share of the run, largest first, then by {@code topic_id}.
 *   <li>The chart draws the first {@value #DRAWN_TOPICS} of them ({@link #drawnTopics}), and the rest
 *       summed as one series, "other topics", so that every series has its own colour.
 *   <li>Shares are drawn as whole percent, rounded so that a period with topic weight sums to exactly
 *       100 (largest remainder: the floors, then one more to the largest fractions, the first series
 *       on a tie). A period without topic weight in the model's language is an empty column.
 * </ul>
 *
 * @param periods the chart's periods, in order; every share's period must be one of them
 * @param models one per (language, model), in the order shown
 */
public record TopicPrevalenceSection(List<String> periods, List<Model> models) implements ReportSection {
  /** How many topics the chart draws on their own; with "other topics", the style sheet's 8 colours. */
  public static final int DRAWN_TOPICS = 7;
  /** The {@code topicId} of a {@link PeriodShare} that sums the topics not drawn. */
  public static final int OTHER_TOPICS = -1;
  /** How many of a topic's terms the chart's legend names (the table shows all it is given). */
  static final int LEGEND_TERMS = 3;
  static final String TERM_SEPARATOR = " \u00b7 ";

  /**
   * One topic of a model.
   *
   * @param terms its most probable terms, most probable first
   * @param articles articles whose top topic it is, over all periods
   * @param weightSum its weight summed over all periods
   */
  public record Topic(int topicId, List<String> terms, long articles, double weightSum) {
    public Topic {
      terms = List.copyOf(terms);
    }
  }

  /**
   * One topic's share of one period, or the summed share of the topics not drawn ({@link
   * #OTHER_TOPICS}).
   */
  public record PeriodShare(String period, int topicId, double share) {}

  /** One model: its language, id, topics (in any order) and the shares of its drawn topics per period. */
  public record Model(String lang, String modelId, List<Topic> topics, List<PeriodShare> shares) {
    public Model {
      topics = List.copyOf(topics);
      shares = List.copyOf(shares);
    }
  }

  public TopicPrevalenceSection {
    periods = List.copyOf(periods);
    models = List.copyOf(models);
    for (Model model : models) {
      for (PeriodShare share : model.shares()) {
        if (!periods.contains(share.period())) {
          throw new IllegalArgumentException(
              "model " + model.modelId() + " has a share in period '" + share.period() + "', not one of " + periods);
        }
      }
    }
  }

  /** The ids of the topics the chart draws on their own: the first {@value #DRAWN_TOPICS} by share of the run. */
  public static List<Integer> drawnTopics(List<Topic> topics) {
    return byShare(topics).stream().limit(DRAWN_TOPICS).map(Topic::topicId).toList();
  }

  @Override
  public String id() {
    return "topics";
  }

  @Override
  public String heading() {
    return "Topic prevalence";
  }

  @Override
  public void renderBody(HtmlWriter html) {
    if (models.isEmpty()) {
      html.element("p", "No topic model: no language has enough articles for one (the run's --topic-min-docs).");
      return;
    }
    html.element(
        "p",
        "One topic model per language (LDA on the articles' words; a term may be a stem). Each table lists"
            + " the model's topics by their share of the topic weight of all its articles, with their most"
            + " probable terms and the articles whose top topic they are. The chart shows each period's"
            + " topic weight shared among the " + DRAWN_TOPICS + " most prevalent topics, the others summed.");
    for (Model model : models) {
      renderModel(html, model);
    }
  }

  private void renderModel(HtmlWriter html, Model model) {
    html.start("h3").text("Language ").element("bdi", model.lang()).text(", model ")
        .element("bdi", model.modelId()).end("h3");
    List<Topic> topics = byShare(model.topics());
    double total = topics.stream().mapToDouble(Topic::weightSum).sum();
    html.start("table", "class", "wide");
    html.start("thead").start("tr").element("th", "topic", "class", "num").element("th", "top terms")
        .element("th", "articles", "class", "num").element("th", "share of the run", "class", "num")
        .end("tr").end("thead");
    html.start("tbody");
    for (Topic topic : topics) {
      html.start("tr");
      html.element("td", String.valueOf(topic.topicId()), "class", "num");
      html.element("td", String.join(TERM_SEPARATOR, topic.terms()), "dir", "auto", "class", "terms");
      html.element("td", Numbers.count(topic.articles()), "class", "num");
      html.element("td", total > 0 ? Numbers.decimal(100 * topic.weightSum() / total, 1) + "%" : Numbers.UNDEFINED,
          "class", "num");
      html.end("tr");
    }
    html.end("tbody").end("table");
    new PeriodChart(
            PeriodChart.Kind.STACKED_COLUMNS, "Share of the topic weight per period, " + model.lang(), "period",
            "share of the period's topic weight", periods, series(model, topics), "%")
        .render(html);
  }

  /** The drawn topics, then "other topics" when the model has more, as whole percent per period. */
  private List<PeriodChart.Series> series(Model model, List<Topic> topics) {
    Map<Integer, String> names = new LinkedHashMap<>();
    for (Topic topic : topics.subList(0, Math.min(DRAWN_TOPICS, topics.size()))) {
      names.put(topic.topicId(), "topic " + topic.topicId() + ": "
          + String.join(TERM_SEPARATOR, topic.terms().subList(0, Math.min(LEGEND_TERMS, topic.terms().size()))));
    }
    if (topics.size() > DRAWN_TOPICS) {
      names.put(OTHER_TOPICS, "other topics (" + (topics.size() - DRAWN_TOPICS) + ")");
    }
    List<Integer> ids = List.copyOf(names.keySet());
    Map<Integer, Integer> row = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      row.put(ids.get(i), i);
    }
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      column.put(periods.get(i), i);
    }
    double[][] shares = new double[periods.size()][ids.size()];
    for (PeriodShare share : model.shares()) {
      Integer r = row.get(share.topicId());
      if (r != null) {
        shares[column.get(share.period())][r] += share.share();
      }
    }
    long[][] percents = new long[ids.size()][periods.size()];
    for (int p = 0; p < periods.size(); p++) {
      long[] rounded = percents(shares[p]);
      for (int s = 0; s < ids.size(); s++) {
        percents[s][p] = rounded[s];
      }
    }
    List<PeriodChart.Series> series = new ArrayList<>();
    for (int s = 0; s < ids.size(); s++) {
      series.add(new PeriodChart.Series(names.get(ids.get(s)), percents[s]));
    }
    return series;
  }

  /**
   * Shares as whole percent of their sum that add up to exactly 100 (largest remainder, the first on a
   * tie), or all 0 when they sum to 0.
   */
  static long[] percents(double[] shares) {
    long[] out = new long[shares.length];
    double total = 0;
    for (double share : shares) {
      total += Math.max(0, share);
    }
    if (!(total > 0)) {
      return out;
    }
    double[] remainders = new double[shares.length];
    long left = 100;
    for (int i = 0; i < shares.length; i++) {
      double exact = 100 * Math.max(0, shares[i]) / total;
      out[i] = (long) Math.floor(exact);
      remainders[i] = exact - out[i];
      left -= out[i];
    }
    while (left > 0) {
      int largest = 0;
      for (int i = 1; i < shares.length; i++) {
        if (remainders[i] > remainders[largest]) {
          largest = i;
        }
      }
      out[largest]++;
      remainders[largest] = -1;
      left--;
    }
    return out;
  }

  private static List<Topic> byShare(List<Topic> topics) {
    return topics.stream()
        .sorted(Comparator.comparingDouble(Topic::weightSum).reversed().thenComparingInt(Topic::topicId))
        .toList();
  }
}
