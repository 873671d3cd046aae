package fi.mailaudit.conversation;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Measures time between two instants in wall-clock minutes and in business minutes (SPEC §3
 * {@code business_hours}, issue 3 item 6): only the opening hours of working days count, in the
 * configured zone, with Finnish public holidays ({@link FinnishHolidays}) closed.
 *
 * <p>Each day's opening interval is built as a {@link ZonedDateTime} in the zone, so a day on which
 * daylight saving time changes still has its local opening hours (the change happens at 03:00/04:00
 * in Helsinki, outside any sensible opening hours). Cost: one step per calendar day spanned.
 */
public final class BusinessClock implements Serializable {
  private static final long serialVersionUID = 1L;
  /** SPEC §3 defaults: Mon–Fri 08:00–16:00 Europe/Helsinki. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Helsinki");

  public static final LocalTime DEFAULT_OPEN = LocalTime.of(8, 0);
  public static final LocalTime DEFAULT_CLOSE = LocalTime.of(16, 0);

  private final ZoneId zone;
  private final LocalTime open;
  private final LocalTime close;
  private final Set<DayOfWeek> workdays;

  /**
   * A clock with the given hours on the given weekdays, Finnish public holidays closed.
   *
   * @throws IllegalArgumentException when open is not before close or no weekday is open
   */
  public BusinessClock(ZoneId zone, LocalTime open, LocalTime close, Set<DayOfWeek> workdays) {
    if (zone == null || open == null || close == null || workdays == null) {
      throw new IllegalArgumentException("business hours need a zone, an opening and a closing time");
    }
    if (!open.isBefore(close)) {
      throw new IllegalArgumentException(
          "business hours must open before they close (overnight hours are not supported): "
              + open + "–" + close);
    }
    if (workdays.isEmpty()) {
      throw new IllegalArgumentException("business hours need at least one working weekday");
    }
    this.zone = zone;
    this.open = open;
    this.close = close;
    this.workdays = EnumSet.copyOf(workdays);
  }

  /** Mon–Fri 08:00–16:00 Europe/Helsinki. */
  public static BusinessClock finnishDefault() {
    return new BusinessClock(
        DEFAULT_ZONE, DEFAULT_OPEN, DEFAULT_CLOSE, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  /** The zone the clock reads local dates in. */
  public ZoneId zone() {
    return zone;
  }

  /** True when the local date is a working day: an open weekday that is not a holiday. */
  public boolean isWorkingDay(LocalDate date) {
    return workdays.contains(date.getDayOfWeek()) && !FinnishHolidays.isHoliday(date);
  }

  /** Elapsed minutes (fractional, second precision) from one instant to a later one. */
  public static double wallClockMinutes(Instant from, Instant to) {
    return minutes(Duration.between(checkedStart(from, to), to));
  }

  /** Minutes (fractional, second precision) of opening hours between one instant and a later one. */
  public double businessMinutes(Instant from, Instant to) {
    checkedStart(from, to);
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        Instant opens = max(from, ZonedDateTime.of(day, open, zone).toInstant());
        Instant closes = min(to, ZonedDateTime.of(day, close, zone).toInstant());
        if (opens.isBefore(closes)) {
          total = total.plus(Duration.between(opens, closes));
        }
      }
    }
    return minutes(total);
  }

  private static Instant checkedStart(Instant from, Instant to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("a time span needs a start before its end: " + from + " → " + to);
    }
    return from;
  }

  private static double minutes(Duration d) {
    return d.getSeconds() / 60.0;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
