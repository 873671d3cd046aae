package fi.mailaudit.report;

import java.util.Locale;

/**
 * How the report writes numbers: shares as whole percentages, response times in the unit a person
 * reads them in (minutes under two hours, hours under three days, then days), a missing value as a
 * dash. The unit tables write a rate as null when its denominator is 0 (README "unit tables"), and
 * a dash says "nothing to measure" where 0 % would claim a result.
 */
final class ReportFormat {
  static final String MISSING = "–";

  private ReportFormat() {}

  static String percent(Double share) {
    return share == null ? MISSING : String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  static String duration(Double minutes) {
    if (minutes == null) {
      return MISSING;
    }
    if (minutes < 120) {
      return String.format(Locale.ROOT, "%.0f min", minutes);
    }
    if (minutes < 72 * 60) {
      return String.format(Locale.ROOT, "%.1f h", minutes / 60);
    }
    return String.format(Locale.ROOT, "%.1f days", minutes / (24 * 60));
  }

  static String hours(double hours) {
    return hours == Math.rint(hours) ? String.format(Locale.ROOT, "%.0f h", hours)
        : String.format(Locale.ROOT, "%.1f h", hours);
  }

  static String count(long n) {
    // A thin space groups thousands the Finnish way and cannot be misread as a decimal point.
    return String.format(Locale.ROOT, "%,d", n).replace(',', '\u202f');
  }
}
