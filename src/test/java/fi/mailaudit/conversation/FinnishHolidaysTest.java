package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FinnishHolidaysTest {

  /** Gregorian Easter dates from published tables, incl. the earliest and latest possible. */
  @ParameterizedTest
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2000, 2000-04-23",
    "2008, 2008-03-23",
    "2019, 2019-04-21",
    "1818, 1818-03-22",
    "2038, 2038-04-25",
  })
  void easterSundayByComputus(int year, LocalDate easter) {
    assertEquals(easter, FinnishHolidays.easterSunday(year));
  }

  @ParameterizedTest
  @CsvSource({
    "2025-01-01, uudenvuodenpäivä",
    "2025-01-06, loppiainen",
    "2025-04-18, pitkäperjantai",
    "2025-04-20, pääsiäispäivä",
    "2025-04-21, 2. pääsiäispäivä",
    "2025-05-01, vappu",
    "2025-05-29, helatorstai",
    "2024-05-09, helatorstai",
    "2025-06-20, juhannusaatto",
    "2025-06-21, juhannuspäivä",
    "2024-06-21, juhannusaatto",
    "2024-06-22, juhannuspäivä",
    "2026-06-19, juhannusaatto",
    "2026-06-20, juhannuspäivä",
    "2025-11-01, pyhäinpäivä",
    "2024-11-02, pyhäinpäivä",
    "2026-10-31, pyhäinpäivä",
    "2025-12-06, itsenäisyyspäivä",
    "2025-12-24, jouluaatto",
    "2025-12-25, joulupäivä",
    "2025-12-26, tapaninpäivä",
    "2008-05-01, vappu ja helatorstai",
  })
  void holidays(LocalDate date, String name) {
    assertTrue(FinnishHolidays.isHoliday(date), date + " should be " + name);
    assertEquals(name, FinnishHolidays.holidays(date.getYear()).get(date));
  }

  /** Near misses: kiirastorstai, the day after vappu, juhannus of the wrong week, Boxing-week. */
  @ParameterizedTest
  @CsvSource({
    "2025-04-17", "2025-05-02", "2025-06-19", "2025-06-27", "2025-06-13", "2025-10-31",
    "2025-11-03", "2025-12-23", "2025-12-31", "2024-03-28", "2025-06-09",
  })
  void workingDaysAreNotHolidays(LocalDate date) {
    assertFalse(FinnishHolidays.isHoliday(date), date.toString());
  }

  @Test
  void fourteenDaysAYearUnlessTwoCoincide() {
    for (int year = 1900; year <= 2100; year++) {
      int expected = FinnishHolidays.easterSunday(year).getMonthValue() == 3
              && FinnishHolidays.easterSunday(year).getDayOfMonth() == 23
          ? 13
          : 14;
      assertEquals(expected, FinnishHolidays.holidays(year).size(), "year " + year);
    }
  }
}
