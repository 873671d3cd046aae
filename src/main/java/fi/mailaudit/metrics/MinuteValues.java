package fi.mailaudit.metrics;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A growable list of minutes for exact percentiles. Capacity doubles, so folding n single-value
 * instances one by one (Spark's reduceByKey) costs O(n), not the O(n²) of copying on every merge.
 */
final class MinuteValues implements Serializable {
  private double[] values = new double[0];
  private int size;

  void add(double value) {
    grow(1);
    values[size++] = value;
  }

  void addAll(MinuteValues other) {
    grow(other.size);
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
  }

  Double percentile(double p) {
    return Percentiles.of(Arrays.copyOf(values, size), p);
  }

  private void grow(int more) {
    if (size + more > values.length) {
      values = Arrays.copyOf(values, Math.max(size + more, Math.max(8, values.length * 2)));
    }
  }
}
