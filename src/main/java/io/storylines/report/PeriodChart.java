package io.storylines.report;

import java.util.List;

/**
 * A chart over periods as inline SVG: stacked columns (articles per period, one colour per
 * language; topic shares per period in percent) or lines (a pair's articles per period). Drawn from numbers only: the chart's title and
 * axis labels are ASCII-safe text given by the section, and the series names go in an HTML legend
 * under the chart (with {@code <bdi>}), where the browser lays out any script right.
 *
 * <p>Geometry: a fixed {@value #WIDTH} by {@value #HEIGHT} view box that the page scales to its
 * width. The y axis starts at 0 and ends at a round number (1, 2 or 5 times a power of ten) at or
 * above the largest value (or stacked total), with ticks at each step. Period labels are rotated
 * and, beyond {@value #MAX_LABELS} periods, only every k-th is written. Series colours are the
 * style sheet's classes {@code s0} to {@code s7}, reused in turn past eight series.
 */
public final class PeriodChart {
  /** How the series are drawn. */
  public enum Kind {
    STACKED_COLUMNS,
    LINES
  }

  /** One series: a name for the legend and a value per period, in the chart's period order. */
  public record Series(String name, long[] values) {}

  static final int WIDTH = 880;
  static final int HEIGHT = 320;
  static final int COLOURS = 8;
  static final int MAX_LABELS = 40;
  /** Few periods do not make columns as wide as the page. */
  static final double MAX_COLUMN_WIDTH = 48;
  private static final double LEFT = 64;
  private static final double RIGHT = 16;
  private static final double TOP = 36;
  private static final double BOTTOM = 78;

  private final Kind kind;
  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<String> periods;
  private final List<Series> series;
  private final String unit;

  public PeriodChart(
      Kind kind, String title, String xLabel, String yLabel, List<String> periods, List<Series> series) {
    this(kind, title, xLabel, yLabel, periods, series, "");
  }

  /**
   * @param unit written after every value on the y axis and in the tooltips, such as {@code %}
   */
  public PeriodChart(
      Kind kind, String title, String xLabel, String yLabel, List<String> periods, List<Series> series,
      String unit) {
    this.kind = kind;
    this.unit = unit;
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.periods = List.copyOf(periods);
    this.series = List.copyOf(series);
    for (Series s : this.series) {
      if (s.values().length != this.periods.size()) {
        throw new IllegalArgumentException(
            "series '" + s.name() + "' has " + s.values().length + " values for " + this.periods.size() + " periods");
      }
    }
  }

  /** Writes the chart as a {@code <figure>}: the SVG, then the legend. */
  void render(HtmlWriter html) {
    html.start("figure", "class", "chart");
    html.start("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
        "role", "img", "aria-label", title);
    html.element("title", title);
    html.element("text", title, "class", "chart-title", "x", Numbers.coordinate(LEFT), "y", "20");
    long max = maximum();
    long step = niceStep(max);
    long top = Math.max(step, (max + step - 1) / step * step);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    html.start("g", "class", "axis");
    for (long tick = 0; tick <= top; tick += step) {
      double y = TOP + plotHeight - plotHeight * tick / top;
      html.empty("line", "class", "grid", "x1", Numbers.coordinate(LEFT), "x2", Numbers.coordinate(LEFT + plotWidth),
          "y1", Numbers.coordinate(y), "y2", Numbers.coordinate(y));
      html.element("text", Numbers.count(tick) + unit, "x", Numbers.coordinate(LEFT - 6), "y", Numbers.coordinate(y + 4),
          "text-anchor", "end");
    }
    html.empty("line", "x1", Numbers.coordinate(LEFT), "x2", Numbers.coordinate(LEFT + plotWidth),
        "y1", Numbers.coordinate(TOP + plotHeight), "y2", Numbers.coordinate(TOP + plotHeight));
    double band = periods.isEmpty() ? plotWidth : plotWidth / periods.size();
    int every = Math.max(1, (periods.size() + MAX_LABELS - 1) / MAX_LABELS);
    for (int i = 0; i < periods.size(); i += every) {
      double x = LEFT + band * (i + 0.5);
      double y = TOP + plotHeight + 14;
      html.element("text", periods.get(i), "x", Numbers.coordinate(x), "y", Numbers.coordinate(y),
          "text-anchor", "end", "transform",
          "rotate(-45 " + Numbers.coordinate(x) + " " + Numbers.coordinate(y) + ")");
    }
    html.element("text", xLabel, "class", "axis-label", "x", Numbers.coordinate(LEFT + plotWidth / 2),
        "y", Numbers.coordinate(HEIGHT - 6), "text-anchor", "middle");
    html.element("text", yLabel, "class", "axis-label", "x", Numbers.coordinate(-(TOP + plotHeight / 2)),
        "y", "16", "text-anchor", "middle", "transform", "rotate(-90)");
    html.end("g");
    if (kind == Kind.STACKED_COLUMNS) {
      columns(html, band, plotHeight, top);
    } else {
      lines(html, band, plotHeight, top);
    }
    html.end("svg");
    legend(html);
    html.end("figure");
  }

  private void columns(HtmlWriter html, double band, double plotHeight, long top) {
    double width = Math.max(1, Math.min(MAX_COLUMN_WIDTH, band * 0.7));
    for (int i = 0; i < periods.size(); i++) {
      double x = LEFT + band * i + (band - width) / 2;
      long below = 0;
      for (int s = 0; s < series.size(); s++) {
        long value = series.get(s).values()[i];
        if (value <= 0) {
          continue;
        }
        double y0 = TOP + plotHeight - plotHeight * below / top;
        double y1 = TOP + plotHeight - plotHeight * (below + value) / top;
        html.start("rect", "class", colour(s), "x", Numbers.coordinate(x), "y", Numbers.coordinate(y1),
            "width", Numbers.coordinate(width), "height", Numbers.coordinate(y0 - y1));
        html.element("title", periods.get(i) + ", " + series.get(s).name() + ": " + Numbers.count(value) + unit);
        html.end("rect");
        below += value;
      }
    }
  }

  private void lines(HtmlWriter html, double band, double plotHeight, long top) {
    for (int s = 0; s < series.size(); s++) {
      long[] values = series.get(s).values();
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          points.append(' ');
        }
        points.append(Numbers.coordinate(LEFT + band * (i + 0.5))).append(',')
            .append(Numbers.coordinate(TOP + plotHeight - plotHeight * values[i] / top));
      }
      html.empty("polyline", "class", "series " + colour(s), "points", points.toString());
      for (int i = 0; i < values.length; i++) {
        if (values[i] > 0) {
          html.start("circle", "class", colour(s), "r", "3", "cx", Numbers.coordinate(LEFT + band * (i + 0.5)),
              "cy", Numbers.coordinate(TOP + plotHeight - plotHeight * values[i] / top));
          html.element("title", periods.get(i) + ", " + series.get(s).name() + ": " + Numbers.count(values[i]) + unit);
          html.end("circle");
        }
      }
    }
  }

  private void legend(HtmlWriter html) {
    html.start("ul", "class", "legend");
    for (int s = 0; s < series.size(); s++) {
      html.start("li");
      html.start("span", "class", "swatch " + colour(s)).end("span");
      html.element("bdi", series.get(s).name());
      html.end("li");
    }
    html.end("ul");
  }

  private long maximum() {
    long max = 0;
    for (int i = 0; i < periods.size(); i++) {
      long total = 0;
      for (Series s : series) {
        total = kind == Kind.STACKED_COLUMNS ? total + s.values()[i] : Math.max(total, s.values()[i]);
      }
      max = Math.max(max, total);
    }
    return max;
  }

  /** 1, 2 or 5 times a power of ten, giving at most about five ticks up to {@code max}. */
  static long niceStep(long max) {
    long raw = Math.max(1, (max + 4) / 5);
    long power = 1;
    while (power * 10 <= raw) {
      power *= 10;
    }
    for (long factor : new long[] {1, 2, 5, 10}) {
      if (factor * power >= raw) {
        return factor * power;
      }
    }
    return 10 * power;
  }

  static String colour(int series) {
    return "s" + (series % COLOURS);
  }
}
