package fi.mailaudit.conversation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The audit quarter of an instant, {@code YYYY-Qn}, in the company's time zone: a reply sent at
 * 01:30 Helsinki time on 1 April belongs to Q2 even though it is still March in UTC.
 */
public final class Quarters {
  /** The partition for what has no date: undated messages and the rejects of a run. */
  public static final String UNKNOWN = "unknown";

  private Quarters() {}

  public static String of(Instant instant, ZoneId zone) {
    if (instant == null) {
      return UNKNOWN;
    }
    ZonedDateTime local = instant.atZone(zone);
    return local.getYear() + "-Q" + ((local.getMonthValue() - 1) / 3 + 1);
  }

  /** True for a well-formed quarter key such as {@code 2026-Q3}. */
  public static boolean isQuarter(String value) {
    return value != null && (value.equals(UNKNOWN) || value.matches("\\d{4}-Q[1-4]"));
  }
}
