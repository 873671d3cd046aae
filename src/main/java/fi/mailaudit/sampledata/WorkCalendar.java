package fi.mailaudit.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.Set;

/**
 * When agents write: Monday to Friday 08:00–16:00 Helsinki time, Finnish public holidays of 2026
 * off (SPEC §3 business_hours). Customers write at any hour; the gap from a customer's evening
 * or weekend message to Monday morning is what first-response metrics must see.
 */
final class WorkCalendar {
  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final LocalTime OPEN = LocalTime.of(8, 0);
  static final LocalTime CLOSE = LocalTime.of(16, 0);

  /** 2026: New Year, Epiphany, Easter (3.–6.4.), May Day, Ascension, Midsummer, Christmas. */
  private static final Set<LocalDate> HOLIDAYS = Set.of(
      LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 4, 3),
      LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14),
      LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 20), LocalDate.of(2026, 12, 6),
      LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));

  private WorkCalendar() {}

  static boolean workday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !HOLIDAYS.contains(day);
  }

  /**
   * The moment an agent answers something that arrived at {@code from}, after about
   * {@code minutes} of working time (plus a little jitter), skipping nights, weekends and holidays.
   */
  static ZonedDateTime afterWorkMinutes(ZonedDateTime from, int minutes, Random rng) {
    ZonedDateTime t = alignToWork(from);
    int left = minutes + rng.nextInt(Math.max(1, minutes / 3 + 5));
    while (left > 0) {
      ZonedDateTime close = t.with(CLOSE);
      long room = java.time.Duration.between(t, close).toMinutes();
      if (left <= room) {
        t = t.plusMinutes(left);
        left = 0;
      } else {
        left -= (int) room;
        t = alignToWork(close.plusMinutes(1));
      }
    }
    return t.withSecond(rng.nextInt(60)).withNano(0);
  }

  /** The next moment inside working hours at or after {@code t}. */
  static ZonedDateTime alignToWork(ZonedDateTime t) {
    ZonedDateTime x = t;
    while (true) {
      LocalTime time = x.toLocalTime();
      if (!workday(x.toLocalDate()) || !time.isBefore(CLOSE)) {
        x = ZonedDateTime.of(x.toLocalDate().plusDays(1), OPEN, HELSINKI);
      } else if (time.isBefore(OPEN)) {
        x = x.with(OPEN);
      } else {
        return x;
      }
    }
  }

  /** A customer's writing moment on {@code day}: mostly daytime, sometimes evening. */
  static ZonedDateTime customerTime(LocalDate day, Random rng) {
    int hour = rng.nextInt(10) < 7 ? 8 + rng.nextInt(9) : 17 + rng.nextInt(6);
    return ZonedDateTime.of(day, LocalTime.of(hour, rng.nextInt(60), rng.nextInt(60)), HELSINKI);
  }

  /** The next working day strictly after {@code day}. */
  static LocalDate nextWorkday(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (!workday(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
