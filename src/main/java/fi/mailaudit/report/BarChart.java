package fi.mailaudit.report;

import java.util.List;

/**
 * A grouped bar chart: one group per category (a department), one bar per series (a measure or a
 * quarter), heights proportional to the value on a 0-based axis. A missing value draws no bar but
 * its gap text, upright along where the bar would stand.
 */
final class BarChart {
  private final String title;
  private final List<String> categories;
  private final List<ChartSeries> series;
  private final ChartAxis axis;

  BarChart(String title, List<String> categories, List<ChartSeries> series, ChartAxis axis) {
    this.title = title;
    this.categories = List.copyOf(categories);
    this.series = ChartSeries.alignedTo(series, categories.size(), "categories");
    this.axis = axis;
  }

  String svg() {
    StringBuilder s = SvgFrame.open("bar", title, axis, series);
    if (categories.isEmpty() || series.isEmpty()) {
      return SvgFrame.close(s);
    }
    double group = SvgFrame.PLOT_WIDTH / categories.size();
    double bar = Math.min(56, group * 0.8 / series.size());
    for (int c = 0; c < categories.size(); c++) {
      double x0 = SvgFrame.LEFT + c * group + (group - bar * series.size()) / 2;
      for (int k = 0; k < series.size(); k++) {
        double x = x0 + k * bar;
        Double value = series.get(k).values().get(c);
        String what = categories.get(c) + ", " + series.get(k).name() + ": ";
        if (value == null) {
          gap(s, x + bar / 2, what, series.get(k).gap(c));
        } else {
          bar(s, x, bar, value, k, what);
        }
      }
      SvgFrame.categoryLabel(s, SvgFrame.LEFT + (c + 0.5) * group, group - 6, categories.get(c));
    }
    return SvgFrame.close(s);
  }

  private void bar(StringBuilder s, double x, double width, double value, int k, String what) {
    double h = axis.scale(value, SvgFrame.PLOT_HEIGHT);
    String label = axis.label().apply(value);
    s.append("<rect class=\"bar\" x=\"").append(SvgFrame.num(x + 1)).append("\" y=\"")
        .append(SvgFrame.num(SvgFrame.BASELINE - h)).append("\" width=\"").append(SvgFrame.num(width - 2))
        .append("\" height=\"").append(SvgFrame.num(h)).append("\" fill=\"").append(SvgFrame.color(k))
        .append("\"><title>").append(Html.esc(what + label)).append("</title></rect>");
    if (width >= 22) {
      s.append("<text class=\"value\" x=\"").append(SvgFrame.num(x + width / 2)).append("\" y=\"")
          .append(SvgFrame.num(SvgFrame.BASELINE - h - 4)).append("\" text-anchor=\"middle\" font-size=\"10\">")
          .append(Html.esc(label)).append("</text>");
    }
  }

  private static void gap(StringBuilder s, double x, String what, String text) {
    double y = SvgFrame.BASELINE - 6;
    s.append("<text class=\"gap\" x=\"").append(SvgFrame.num(x)).append("\" y=\"").append(SvgFrame.num(y))
        .append("\" transform=\"rotate(-90 ").append(SvgFrame.num(x)).append(' ').append(SvgFrame.num(y))
        .append(")\" dy=\"4\" font-size=\"10\" fill=\"#666\"><title>").append(Html.esc(what + text))
        .append("</title>").append(Html.esc(text)).append("</text>");
  }
}
