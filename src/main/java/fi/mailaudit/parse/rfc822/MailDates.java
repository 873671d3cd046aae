package fi.mailaudit.parse.rfc822;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.tika.parser.mailcommons.MailDateParser;

/**
 * The message's sent time. Tika's {@link MailDateParser} is used because it reads the non-RFC
 * dates Apple Mail and Outlook write ("16 May 2016 at 09:30:32  GMT+1", tika
 * testRFC822_date_utf8) that mime4j's strict parser rejects.
 */
final class MailDates {
  private MailDates() {}

  /** The Date header, else the latest Received date (RFC 5321 §4.4), else null. */
  static Instant sentAt(String date, List<String> received) {
    Instant parsed = parse(date);
    if (parsed != null || received == null) {
      return parsed;
    }
    Instant latest = null;
    for (String hop : received) {
      int semicolon = hop.lastIndexOf(';');
      Instant at = semicolon < 0 ? null : parse(hop.substring(semicolon + 1));
      if (at != null && (latest == null || at.isAfter(latest))) {
        latest = at;
      }
    }
    return latest;
  }

  static Instant parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      Date date = MailDateParser.parseDateLenient(value.strip());
      return date == null ? null : date.toInstant();
    } catch (RuntimeException e) {
      // SPEC: an unparsable date is a missing date, not a reject; the message is still audited.
      return null;
    }
  }
}
