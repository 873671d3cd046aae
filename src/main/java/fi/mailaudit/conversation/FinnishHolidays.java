package fi.mailaudit.conversation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finnish public holidays and the de facto non-working eves (jouluaatto, juhannusaatto) for any
 * Gregorian year, as the business clock needs them (issue 3 item 6). The movable ones follow
 * Easter (Gregorian computus) and the "Saturday between" rules of the Finnish calendar law
 * (laki kirkollisista juhlapäivistä / vuosilomalaki practice): juhannuspäivä is the Saturday of
 * 20–26 June, pyhäinpäivä the Saturday of 31 October – 6 November.
 */
public final class FinnishHolidays {
  private static final Map<Integer, Map<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

  private FinnishHolidays() {}

  /** True when the date is a Finnish public holiday or a de facto non-working eve. */
  public static boolean isHoliday(LocalDate date) {
    return holidays(date.getYear()).containsKey(date);
  }

  /** The holidays of a year, date → Finnish name, in date order; unmodifiable. */
  public static Map<LocalDate, String> holidays(int year) {
    return CACHE.computeIfAbsent(year, FinnishHolidays::compute);
  }

  /**
   * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every
   * Gregorian year; Finland's Lutheran church uses the Gregorian date.
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static Map<LocalDate, String> compute(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    fixed(days, year, 1, 1, "uudenvuodenpäivä");
    fixed(days, year, 1, 6, "loppiainen");
    LocalDate easter = easterSunday(year);
    add(days, easter.minusDays(2), "pitkäperjantai");
    add(days, easter, "pääsiäispäivä");
    add(days, easter.plusDays(1), "2. pääsiäispäivä");
    fixed(days, year, 5, 1, "vappu");
    add(days, easter.plusDays(39), "helatorstai");
    LocalDate midsummerDay = saturdayFrom(year, MonthDay.of(6, 20));
    add(days, midsummerDay.minusDays(1), "juhannusaatto");
    add(days, midsummerDay, "juhannuspäivä");
    add(days, saturdayFrom(year, MonthDay.of(10, 31)), "pyhäinpäivä");
    fixed(days, year, 12, 6, "itsenäisyyspäivä");
    fixed(days, year, 12, 24, "jouluaatto");
    fixed(days, year, 12, 25, "joulupäivä");
    fixed(days, year, 12, 26, "tapaninpäivä");
    return Collections.unmodifiableMap(days);
  }

  private static void fixed(Map<LocalDate, String> days, int year, int month, int day, String name) {
    add(days, LocalDate.of(year, month, day), name);
  }

  /** Two holidays can fall on one day: Easter on 23 March puts helatorstai on vappu (2008). */
  private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
    days.merge(date, name, (a, b) -> a + " ja " + b);
  }

  /** The first Saturday on or after the given day: the law's "Saturday between X and X+6". */
  private static LocalDate saturdayFrom(int year, MonthDay first) {
    return first.atYear(year).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
  }
}
