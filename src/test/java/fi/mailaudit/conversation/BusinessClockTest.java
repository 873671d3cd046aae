package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessClockTest {
  private static final BusinessClock CLOCK = BusinessClock.finnishDefault();

  static Instant hki(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Helsinki")).toInstant();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "same morning,                     2025-03-10T09:00, 2025-03-10T10:30,   90,   90",
    "no time at all,                   2025-03-10T09:00, 2025-03-10T09:00,    0,    0",
    "before opening,                   2025-03-11T06:00, 2025-03-11T08:30,   30,  150",
    "after closing to before opening,  2025-03-14T17:00, 2025-03-17T07:59,    0, 3779",
    "over a weekend,                   2025-03-14T15:00, 2025-03-17T09:00,  120, 3960",
    "overnight on weekdays,            2025-03-11T15:30, 2025-03-12T08:15,   45,  1005",
    "over juhannus 2025,               2025-06-19T15:00, 2025-06-23T09:00,  120, 5400",
    "over Easter 2025,                 2025-04-17T14:00, 2025-04-22T08:30,  150, 6870",
    "over Christmas 2025,              2025-12-23T15:00, 2025-12-29T08:30,   90, 8250",
    "weekend into DST start,           2025-03-28T15:00, 2025-03-31T09:00,  120, 3900",
    "weekend into DST end,             2025-10-24T15:00, 2025-10-27T09:00,  120, 4020",
    "a full working week,              2025-03-10T00:00, 2025-03-17T00:00, 2400, 10080",
  })
  void minutes(String what, String from, String to, double business, double wall) {
    assertEquals(business, CLOCK.businessMinutes(hki(from), hki(to)), 1e-9, what);
    assertEquals(wall, BusinessClock.wallClockMinutes(hki(from), hki(to)), 1e-9, what);
  }

  @Test
  void secondsCountAsFractionsOfAMinute() {
    assertEquals(0.5, CLOCK.businessMinutes(hki("2025-03-10T09:00"), hki("2025-03-10T09:00:30")));
  }

  @Test
  void customHoursIncludeSaturdayButStillCloseOnHolidays() {
    BusinessClock shop =
        new BusinessClock(
            ZoneId.of("Europe/Helsinki"),
            LocalTime.of(10, 0),
            LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    // Saturday 2025-03-15 is open; Saturday 2025-06-21 is juhannuspäivä.
    assertEquals(480, shop.businessMinutes(hki("2025-03-15T00:00"), hki("2025-03-16T00:00")));
    assertEquals(0, shop.businessMinutes(hki("2025-06-21T00:00"), hki("2025-06-22T00:00")));
  }

  @Test
  void refusesBadHoursAndBackwardSpans() {
    ZoneId zone = ZoneId.of("Europe/Helsinki");
    Set<DayOfWeek> weekdays = EnumSet.of(DayOfWeek.MONDAY);
    assertThrows(
        IllegalArgumentException.class,
        () -> new BusinessClock(zone, LocalTime.of(16, 0), LocalTime.of(8, 0), weekdays));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BusinessClock(zone, LocalTime.of(8, 0), LocalTime.of(8, 0), weekdays));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BusinessClock(zone, LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> CLOCK.businessMinutes(hki("2025-03-10T10:00"), hki("2025-03-10T09:00")));
  }
}
