package fi.mailaudit.report;

import java.util.List;

/**
 * A line chart over quarters: one line per series (a department, the company), a marker with its
 * value on hover at each quarter. A missing value breaks the line instead of drawing it to 0.
 */
final class LineChart {
  private final String title;
  private final List<String> xLabels;
  private final List<ChartSeries> series;
  private final ChartAxis axis;

  LineChart(String title, List<String> xLabels, List<ChartSeries> series, ChartAxis axis) {
    this.title = title;
    this.xLabels = List.copyOf(xLabels);
    this.series = ChartSeries.alignedTo(series, xLabels.size(), "quarters");
    this.axis = axis;
  }

  /** Where quarter {@code i} of {@code n} stands: the middle of its slot. */
  static double x(int i, int n) {
    return SvgFrame.LEFT + SvgFrame.PLOT_WIDTH * (i + 0.5) / n;
  }

  String svg() {
    StringBuilder s = SvgFrame.open("line", title, axis, series);
    int n = xLabels.size();
    for (int i = 0; i < n; i++) {
      SvgFrame.categoryLabel(s, x(i, n), SvgFrame.PLOT_WIDTH / n - 6, xLabels.get(i));
    }
    for (int k = 0; k < series.size(); k++) {
      List<Double> values = series.get(k).values();
      StringBuilder path = new StringBuilder();
      boolean pen = false;
      for (int i = 0; i < n; i++) {
        Double v = values.get(i);
        if (v == null) {
          pen = false;
          continue;
        }
        path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(SvgFrame.num(x(i, n))).append(' ')
            .append(SvgFrame.num(y(v)));
        pen = true;
      }
      if (path.length() > 0) {
        s.append("<path class=\"line\" d=\"").append(path).append("\" fill=\"none\" stroke=\"")
            .append(SvgFrame.color(k)).append("\" stroke-width=\"2.5\"/>");
      }
      for (int i = 0; i < n; i++) {
        Double v = values.get(i);
        String what = series.get(k).name() + ", " + xLabels.get(i) + ": ";
        if (v != null) {
          s.append("<circle class=\"point\" cx=\"").append(SvgFrame.num(x(i, n))).append("\" cy=\"")
              .append(SvgFrame.num(y(v))).append("\" r=\"4\" fill=\"").append(SvgFrame.color(k)).append("\"><title>")
              .append(Html.esc(what + axis.label().apply(v))).append("</title></circle>");
        }
      }
    }
    return SvgFrame.close(s);
  }

  private double y(double value) {
    return SvgFrame.BASELINE - axis.scale(value, SvgFrame.PLOT_HEIGHT);
  }
}
