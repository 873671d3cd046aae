package fi.mailaudit.metrics;

import java.util.Arrays;

/**
 * Exact percentiles of response times. Linear interpolation between the closest ranks (the
 * "R-7" definition NumPy and most BI tools default to), so the median of an even count is the mean
 * of the middle two and a notebook recomputing the column from {@code threads} gets the same number.
 */
public final class Percentiles {
  private Percentiles() {}

  /** The {@code p}-quantile (0–1) of {@code values}, null when there are none. */
  public static Double of(double[] values, double p) {
    if (values.length == 0) {
      return null;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
