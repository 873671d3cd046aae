package fi.mailaudit.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series of a chart: a name for the legend, a value per category (null = nothing to draw), and
 * for each null what to say instead, so a unit with too few replies reads "too few replies" where
 * a bar would be rather than looking like a 0.
 */
record ChartSeries(String name, List<Double> values, List<String> gaps) {
  static final String NO_DATA = "no data";

  ChartSeries {
    values = Collections.unmodifiableList(new ArrayList<>(values));
    gaps = Collections.unmodifiableList(new ArrayList<>(gaps));
    if (values.size() != gaps.size()) {
      throw new IllegalArgumentException(name + ": " + values.size() + " values but " + gaps.size() + " gap texts");
    }
  }

  /** The series of one chart, each with a value for each of its {@code n} {@code points}. */
  static List<ChartSeries> alignedTo(List<ChartSeries> series, int n, String points) {
    for (ChartSeries one : series) {
      if (one.values().size() != n) {
        throw new IllegalArgumentException(one.name() + " has " + one.values().size() + " values for " + n + " " + points);
      }
    }
    return List.copyOf(series);
  }

  /** A series whose missing values all read "no data". */
  static ChartSeries of(String name, List<Double> values) {
    return new ChartSeries(name, values, Collections.nCopies(values.size(), NO_DATA));
  }

  /** What to write where value {@code i} is missing. */
  String gap(int i) {
    return gaps.get(i) == null ? NO_DATA : gaps.get(i);
  }
}
