package fi.mailaudit.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;

/**
 * A promised follow-up as the agent words it and the date it resolves to (SPEC §5.4 promises,
 * seed 003 "Jos asiakkaalle luvataan jotain, se pidetään"). {@code date} is null for
 * "mahdollisimman pian", which counts only half as a timeframe and cannot be kept or broken.
 */
record Deadline(String phrase, LocalDate date) {

  /** The ways a Finnish agent names a deadline. */
  enum Kind {
    TOMORROW,
    NEXT_WEEK_START,
    FRIDAY,
    END_OF_WEEK,
    DATE,
    ASAP
  }

  /**
   * The deadline of {@code kind} promised on {@code day}; a kind that would read oddly that day
   * ("huomenna" on a Friday, "tämän viikon lopulla" on a Thursday) becomes "ensi viikon alussa".
   */
  static Deadline of(Kind kind, LocalDate day, Random rng) {
    DayOfWeek dow = day.getDayOfWeek();
    return switch (kind) {
      case TOMORROW -> WorkCalendar.workday(day.plusDays(1))
          ? new Deadline(rng.nextBoolean() ? "huomenna klo 12 mennessä" : "huomenna", day.plusDays(1))
          : of(Kind.NEXT_WEEK_START, day, rng);
      case NEXT_WEEK_START -> new Deadline("ensi viikon alussa",
          day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(1));
      case FRIDAY -> new Deadline("perjantaihin mennessä",
          day.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)));
      case END_OF_WEEK -> dow.getValue() <= 3
          ? new Deadline("tämän viikon lopulla", day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)))
          : of(Kind.NEXT_WEEK_START, day, rng);
      case DATE -> on(day.plusDays(6 + rng.nextInt(5)));
      case ASAP -> new Deadline("mahdollisimman pian", null);
    };
  }

  /** "15.3. mennessä": the Finnish day-month form, no year, no leading zeros. */
  static Deadline on(LocalDate date) {
    return new Deadline(date.getDayOfMonth() + "." + date.getMonthValue() + ". mennessä", date);
  }

  String label() {
    return date == null ? "" : date.toString();
  }
}
