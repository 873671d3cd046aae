package fi.mailaudit;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How far a stage has come and when it will end, from what is done so far: the line a long run
 * prints every few seconds. The parse stage is measured in bytes of input (known before any
 * message is read), the others in Spark tasks of the jobs running.
 *
 * @param stage the stage's name
 * @param messages messages read so far (parse) or in the run (later stages)
 * @param done bytes or tasks done
 * @param total bytes or tasks known so far
 * @param inBytes whether done and total are bytes (else tasks)
 * @param elapsed time since the stage began
 */
record ProgressEstimate(String stage, long messages, long done, long total, boolean inBytes, Duration elapsed) {

  /** The share done, 0–1; 0 while nothing is known. */
  double fraction() {
    return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
  }

  /**
   * Messages a second over the stage so far; only the parse stage counts messages as it goes (the
   * later ones know the run's total from the start), and not before a measurable time has passed.
   */
  OptionalDouble messagesPerSecond() {
    double seconds = elapsed.toMillis() / 1000.0;
    return !inBytes || seconds < 0.5 || messages == 0 ? OptionalDouble.empty() : OptionalDouble.of(messages / seconds);
  }

  /** What is left at the pace so far; empty until something is done, and once all is. */
  Optional<Duration> eta() {
    double f = fraction();
    if (f <= 0 || f >= 1) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.round(elapsed.toMillis() * (1 - f) / f)));
  }

  /** E.g. {@code 48,211 messages · 2,410 msg/s · 37 % of 1.2 GB · ETA 1 min 05 s}. */
  String line() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d messages", messages));
    messagesPerSecond().ifPresent(r -> s.append(String.format(Locale.ROOT, " · %,.0f msg/s", r)));
    if (total > 0) {
      s.append(inBytes
          ? String.format(Locale.ROOT, " · %.0f %% of %s", fraction() * 100, bytes(total))
          : String.format(Locale.ROOT, " · %,d of %,d tasks", done, total));
    }
    eta().ifPresent(d -> s.append(" · ETA ").append(duration(d)));
    return s.toString();
  }

  static String bytes(long n) {
    if (n >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
    }
    return n >= 1L << 20 ? String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20))
        : String.format(Locale.ROOT, "%.1f kB", n / 1024.0);
  }

  static String duration(Duration d) {
    long s = d.toSeconds();
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
    return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
  }
}
