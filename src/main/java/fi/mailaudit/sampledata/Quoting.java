package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Addr;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * How mail clients put the previous message under a reply (SPEC §4 quotes): Outlook in Finnish
 * (Lähettäjä:/Lähetetty:/Vastaanottaja:/Aihe: or -----Alkuperäinen viesti-----), Gmail in Finnish
 * ("ma 15.6.2026 klo 10.12 Matti ... kirjoitti:" and {@code >} lines) and Thunderbird in English
 * ("On ... wrote:"). The formats are the clients' own, so quote stripping meets real shapes.
 */
final class Quoting {
  /** The quoting habits of the clients in the corpus. */
  enum Style {
    NONE,
    OUTLOOK_FI,
    OUTLOOK_ORIGINAL,
    GMAIL_FI,
    THUNDERBIRD_EN
  }

  private static final String[] WEEKDAY = {"maanantai", "tiistai", "keskiviikko", "torstai",
      "perjantai", "lauantai", "sunnuntai"};
  private static final String[] WEEKDAY_SHORT = {"ma", "ti", "ke", "to", "pe", "la", "su"};
  private static final String[] MONTH_PARTITIVE = {"tammikuuta", "helmikuuta", "maaliskuuta",
      "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta",
      "marraskuuta", "joulukuuta"};

  private Quoting() {}

  static String quote(Style style, Addr from, Addr to, ZonedDateTime sent, String subject,
      String text) {
    return switch (style) {
      case NONE -> "";
      case OUTLOOK_FI -> "________________________________\n" + outlookHeaders(from, to, sent, subject)
          + "\n" + text;
      case OUTLOOK_ORIGINAL -> "-----Alkuperäinen viesti-----\n" + outlookHeaders(from, to, sent, subject)
          + "\n" + text;
      case GMAIL_FI -> String.format(Locale.ROOT, "%s %d.%d.%d klo %d.%02d %s <%s> kirjoitti:\n",
          WEEKDAY_SHORT[sent.getDayOfWeek().getValue() - 1], sent.getDayOfMonth(),
          sent.getMonthValue(), sent.getYear(), sent.getHour(), sent.getMinute(), from.name(),
          from.email()) + prefixed(text);
      case THUNDERBIRD_EN -> String.format(Locale.ROOT, "On %d.%d.%d %d.%02d, %s wrote:\n",
          sent.getDayOfMonth(), sent.getMonthValue(), sent.getYear(), sent.getHour(),
          sent.getMinute(), from.name()) + prefixed(text);
    };
  }

  private static String outlookHeaders(Addr from, Addr to, ZonedDateTime sent, String subject) {
    return "Lähettäjä: " + from.name() + " <" + from.email() + ">\n"
        + String.format(Locale.ROOT, "Lähetetty: %s %d. %s %d %d.%02d\n",
            WEEKDAY[sent.getDayOfWeek().getValue() - 1], sent.getDayOfMonth(),
            MONTH_PARTITIVE[sent.getMonthValue() - 1], sent.getYear(), sent.getHour(), sent.getMinute())
        + "Vastaanottaja: " + to.name() + " <" + to.email() + ">\n"
        + "Aihe: " + subject + "\n";
  }

  private static String prefixed(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      b.append(line.isEmpty() ? ">" : "> " + line).append('\n');
    }
    return b.toString();
  }
}
