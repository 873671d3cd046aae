package fi.mailaudit.rules;

import fi.mailaudit.rules.Deadline.Kind;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first resolvable deadline in a sentence (SPEC §5.3 timeframe and §5.4 promises, seed
 * 003: "huomenna", "ensi viikon alussa", "tämän viikon lopulla"; issue 4: "perjantaihin mennessä",
 * "15.3. mennessä", "kahden arkipäivän kuluessa", "klo 12 mennessä"). Dates and clock times are a
 * grammar of digits and inflected words rather than a lexicon, so they are regular expressions on
 * the lower-cased sentence; the words they accept are those of the seed and the issue. Vague times
 * ("mahdollisimman pian", "pian", "lähipäivinä", "parin päivän sisällä") are not resolvable and
 * are deliberately not matched.
 */
final class DeadlineFinder {
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of("maanantai", DayOfWeek.MONDAY, "tiistai", DayOfWeek.TUESDAY, "keskiviikko",
          DayOfWeek.WEDNESDAY, "torstai", DayOfWeek.THURSDAY, "perjantai", DayOfWeek.FRIDAY,
          "lauantai", DayOfWeek.SATURDAY, "sunnuntai", DayOfWeek.SUNDAY);
  private static final List<String> NUMBERS =
      List.of("yhden", "kahden", "kolmen", "neljän", "viiden", "kuuden", "seitsemän", "kahdeksan",
          "yhdeksän", "kymmenen");
  private static final String B = "(?<![\\p{L}\\d])";
  private static final String E = "(?![\\p{L}\\d])";

  /** Longer, more specific forms first: the first pattern that matches decides the kind. */
  private static final List<Map.Entry<Pattern, Kind>> PHRASES =
      List.of(
          entry("ensi viikon (?:alussa|alusta|alkupuolella)", Kind.START_OF_NEXT_WEEK),
          entry("(?:ensi viikolla|ensi viikon (?:aikana|lopulla|loppuun|loppupuolella))",
              Kind.NEXT_WEEK),
          entry("(?:tämän viikon (?:lopulla|loppuun|aikana|loppupuolella)|tällä viikolla|"
              + "viikon (?:loppuun mennessä|lopulla)|loppuviikosta|ennen viikonloppua)",
              Kind.END_OF_THIS_WEEK),
          entry("(?:ensi kuussa|ensi kuun aikana|ensi kuun loppuun)", Kind.END_OF_NEXT_MONTH),
          entry("(?:tämän kuun|kuun|kuukauden) (?:loppuun|lopulla)", Kind.END_OF_MONTH),
          entry("ylihuomen\\p{L}*", Kind.DAY_AFTER_TOMORROW),
          entry("(?:huomen\\p{L}*|huomis\\p{L}*)", Kind.TOMORROW),
          entry("(?:tänään|tänä päivänä|päivän aikana|tämän päivän aikana)", Kind.TODAY));

  private static final Pattern WEEKDAY =
      Pattern.compile(B + "(ensi viikon |ensi )?(maanantai|tiistai|keskiviikko|torstai|perjantai|"
          + "lauantai|sunnuntai)(\\p{L}*)");
  /** "15.3.", "15.3.2026"; not a clock time "klo 12.30." (checked by the caller). */
  private static final Pattern DATE = Pattern.compile(B + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?");
  private static final Pattern CLOCK =
      Pattern.compile(B + "(?:klo|kello)\\.?\\s*(\\d{1,2})(?:[.:](\\d{2}))?" + E);
  private static final Pattern WITHIN =
      Pattern.compile(B + "(\\d{1,2}|" + String.join("|", NUMBERS) + ")?\\s*"
          + "(arkipäivän|työpäivän|pankkipäivän|päivän|vuorokauden|viikon|tunnin)\\s+"
          + "(?:kuluessa|sisällä|sisään|aikana)" + E);

  /** One deadline found: the expression and its span in the sentence. */
  record Found(Deadline deadline, int start, int end) {}

  /** The first resolvable deadline of a sentence, with a clock time if one is given; or null. */
  Found find(String sentence) {
    String text = sentence.toLowerCase(Locale.ROOT);
    Found day = day(text);
    Matcher clock = CLOCK.matcher(text);
    LocalTime time = clock.find() ? time(clock) : null;
    if (day == null) {
      return time == null ? null
          : new Found(Deadline.of(Kind.TIME_ONLY).at(time), clock.start(), clock.end());
    }
    if (time == null || day.deadline().kind() == Kind.WITHIN_HOURS) {
      return day;
    }
    return new Found(day.deadline().at(time), Math.min(day.start(), clock.start()),
        Math.max(day.end(), clock.end()));
  }

  private Found day(String text) {
    Found best = null;
    for (Map.Entry<Pattern, Kind> p : PHRASES) {
      Matcher m = p.getKey().matcher(text);
      if (m.find()) {
        best = earlier(best, new Found(Deadline.of(p.getValue()), m.start(), m.end()));
      }
    }
    Matcher w = WEEKDAY.matcher(text);
    // "maanantaisin" is a habit (on Mondays), not a deadline.
    while (w.find()) {
      if (!w.group(3).endsWith("sin")) {
        Kind kind = "ensi viikon ".equals(w.group(1)) ? Kind.NEXT_WEEK_DAY : Kind.WEEKDAY;
        Deadline d = new Deadline(kind, 0, WEEKDAYS.get(w.group(2)), null, 0, null);
        best = earlier(best, new Found(d, w.start(), w.end()));
        break;
      }
    }
    best = earlier(best, date(text));
    Matcher n = WITHIN.matcher(text);
    if (n.find()) {
      best = earlier(best, within(n));
    }
    return best;
  }

  private static Found date(String text) {
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 6), m.start());
      if (before.matches(".*(?:klo|kello)\\.?\\s*$")) {
        continue;
      }
      try {
        MonthDay md = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        int year = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new Found(new Deadline(Kind.DATE, 0, null, md, year, null), m.start(), m.end());
      } catch (DateTimeException e) {
        continue; // "35.14." is no date; a version number or an amount, not a deadline
      }
    }
    return null;
  }

  private static Found within(Matcher m) {
    int amount = m.group(1) == null ? 1
        : m.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(1))
        : NUMBERS.indexOf(m.group(1)) + 1;
    Deadline d = switch (m.group(2)) {
      case "arkipäivän", "työpäivän", "pankkipäivän" ->
          new Deadline(Kind.WITHIN_WORKING_DAYS, amount, null, null, 0, null);
      case "päivän" -> new Deadline(Kind.WITHIN_DAYS, amount, null, null, 0, null);
      case "vuorokauden" -> new Deadline(Kind.WITHIN_HOURS, 24 * amount, null, null, 0, null);
      case "viikon" -> new Deadline(Kind.WITHIN_DAYS, 7 * amount, null, null, 0, null);
      default -> new Deadline(Kind.WITHIN_HOURS, amount, null, null, 0, null);
    };
    return new Found(d, m.start(), m.end());
  }

  private static LocalTime time(Matcher m) {
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
  }

  private static Found earlier(Found a, Found b) {
    if (b == null) {
      return a;
    }
    return a == null || b.start() < a.start() ? b : a;
  }

  private static Map.Entry<Pattern, Kind> entry(String regex, Kind kind) {
    return Map.entry(Pattern.compile(B + regex + E), kind);
  }
}
