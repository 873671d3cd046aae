package fi.mailaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The value axis of a chart: from 0 to {@link #max} in ticks of {@link #step}, each tick written by
 * {@link #label}. Shares have a fixed 0–100 % axis and bingo points 0–7 (SPEC §5.1), so two charts
 * of the same measure compare at a glance; response times get a "nice" axis (1, 2, 2.5 or 5 × 10ⁿ
 * per step) just above the largest value.
 */
record ChartAxis(double max, double step, String unitTitle, DoubleFunction<String> label) {
  ChartAxis {
    if (!(max > 0) || !(step > 0) || step > max) {
      throw new IllegalArgumentException("axis needs 0 < step <= max, got max " + max + ", step " + step);
    }
  }

  /** Shares of replies, 0–100 %. */
  static ChartAxis percent(String unitTitle) {
    return new ChartAxis(1.0, 0.25, unitTitle, v -> String.format(java.util.Locale.ROOT, "%.0f %%", v * 100));
  }

  /** Bingo points, 0–7 (SPEC §5.1). */
  static ChartAxis bingoPoints() {
    return new ChartAxis(7, 1, "bingo points (0–7)", v -> String.valueOf((int) v));
  }

  /** A 0-based axis just above {@code dataMax} with at most six steps; 1 when there is no data. */
  static ChartAxis nice(double dataMax, String unitTitle, DoubleFunction<String> label) {
    double top = dataMax > 0 ? dataMax : 1;
    double magnitude = Math.pow(10, Math.floor(Math.log10(top / 5)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      step = m * magnitude;
      if (top / step <= 5) {
        break;
      }
    }
    return new ChartAxis(Math.ceil(top / step - 1e-9) * step, step, unitTitle, label);
  }

  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    int n = (int) Math.round(max / step);
    for (int i = 0; i <= n; i++) {
      ticks.add(i * step);
    }
    return ticks;
  }

  /** Length on screen of {@code value} on an axis {@code length} long; values past max are clipped. */
  double scale(double value, double length) {
    return Math.max(0, Math.min(value, max)) / max * length;
  }
}
