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
}
