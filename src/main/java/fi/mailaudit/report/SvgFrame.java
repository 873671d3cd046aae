package fi.mailaudit.report;

import java.util.List;
import java.util.Locale;

/**
 * What every chart of the report shares: the 640 × 320 drawing area, the value axis with its grid,
 * tick labels and unit title, and the legend. Charts are inline SVG (issue 5 item 4: no network
 * needed to open the report) with a {@code <title>} per shape, so hovering a bar tells its value.
 */
final class SvgFrame {
  static final int WIDTH = 640;
  static final int HEIGHT = 320;
  static final int LEFT = 70;
  static final int RIGHT = 16;
  static final int TOP = 40;
  static final int BOTTOM = 56;
  static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
  static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
  static final double BASELINE = TOP + PLOT_HEIGHT;
  /** Width of an average character at 12 px in DejaVu Sans, the font CI's Chromium has. */
  static final double CHAR_WIDTH = 7;

  /**
   * Okabe and Ito's colour-blind-safe palette (the yellow left out: it vanishes on white paper),
   * so departments stay apart for every reader and on a greyscale print next to their labels.
   */
  private static final List<String> PALETTE =
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000");

  private SvgFrame() {}

  static String color(int series) {
    return PALETTE.get(series % PALETTE.size());
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** The opening tag, accessible title, grid, value axis and legend. */
  static StringBuilder open(String kind, String title, ChartAxis axis, List<ChartSeries> series) {
    StringBuilder s = new StringBuilder(4096);
    s.append("<svg class=\"chart\" data-chart=\"").append(kind).append("\"")
        .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\">")
        .append("<title>").append(Html.esc(title)).append("</title>");
    for (double tick : axis.ticks()) {
      String y = num(BASELINE - axis.scale(tick, PLOT_HEIGHT));
      s.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"#d0d0d0\"/>")
          .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(y)
          .append("\" dy=\"4\" text-anchor=\"end\" font-size=\"11\">").append(Html.esc(axis.label().apply(tick)))
          .append("</text>");
    }
    s.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
        .append("\" y1=\"").append(num(BASELINE)).append("\" y2=\"").append(num(BASELINE))
        .append("\" stroke=\"#333\"/>")
        .append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT)
        .append("\" y1=\"").append(TOP).append("\" y2=\"").append(num(BASELINE)).append("\" stroke=\"#333\"/>");
    double mid = TOP + PLOT_HEIGHT / 2;
    s.append("<text class=\"unit\" x=\"14\" y=\"").append(num(mid)).append("\" transform=\"rotate(-90 14 ")
        .append(num(mid)).append(")\" text-anchor=\"middle\" font-size=\"11\">").append(Html.esc(axis.unitTitle()))
        .append("</text>");
    legend(s, series);
    return s;
  }

  /** The legend above the plot, wrapping to a second row when the names do not fit in one. */
  private static void legend(StringBuilder s, List<ChartSeries> series) {
    double x = LEFT;
    int y = 4;
    for (int i = 0; i < series.size(); i++) {
      String name = series.get(i).name();
      // An estimate of the text's width (SVG cannot measure text without a script).
      double width = 16 + name.length() * CHAR_WIDTH + 18;
      if (x > LEFT && x + width > WIDTH - RIGHT) {
        x = LEFT;
        y += 16;
      }
      s.append("<g class=\"legend\"><rect x=\"").append(num(x)).append("\" y=\"").append(y)
          .append("\" width=\"12\" height=\"12\" fill=\"").append(color(i)).append("\"/><text x=\"")
          .append(num(x + 16)).append("\" y=\"").append(y + 10).append("\" font-size=\"12\">")
          .append(Html.esc(name)).append("</text></g>");
      x += width;
    }
  }

  /**
   * A label centred under the plot at {@code x}, in at most two lines of {@code width}: a long
   * department name would otherwise run into its neighbour's. A cut label keeps its full text as
   * a tooltip.
   */
  static void categoryLabel(StringBuilder s, double x, double width, String label) {
    int perLine = Math.max(4, (int) (width / CHAR_WIDTH));
    List<String> lines = CategoryLabel.lines(label, perLine, 2);
    s.append("<text class=\"category\" x=\"").append(num(x)).append("\" y=\"").append(num(BASELINE + 16))
        .append("\" text-anchor=\"middle\" font-size=\"12\"><title>").append(Html.esc(label)).append("</title>");
    for (int i = 0; i < lines.size(); i++) {
      s.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(i == 0 ? "0" : "14").append("\">")
          .append(Html.esc(lines.get(i))).append("</tspan>");
    }
    s.append("</text>");
  }

  static String close(StringBuilder s) {
    return s.append("</svg>").toString();
  }
}
