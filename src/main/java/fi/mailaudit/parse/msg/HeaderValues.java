package fi.mailaudit.parse.msg;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;

/** Parsers for the structured header values the parsed message carries as fields. */
final class HeaderValues {
  private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");

  private HeaderValues() {}

  /**
   * The message ids of a Message-ID, In-Reply-To or References value, without angle brackets (RFC
   * 5322 §3.6.4). Outlook sometimes stores PR_IN_REPLY_TO_ID bare, so an unbracketed value that
   * looks like an id ({@code left@right}) is taken as one.
   */
  static List<String> messageIds(String value) {
    List<String> ids = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return ids;
    }
    Matcher m = BRACKETED.matcher(value);
    while (m.find()) {
      ids.add(m.group(1));
    }
    if (ids.isEmpty()) {
      for (String token : value.strip().split("[\\s,]+")) {
        if (token.indexOf('@') > 0) {
          ids.add(token);
        }
      }
    }
    return ids;
  }

  static String firstMessageId(String value) {
    List<String> ids = messageIds(value);
    return ids.isEmpty() ? null : ids.get(0);
  }

  /** A Date value as an instant, through mime4j's lenient RFC 5322 parser; null when unparsable. */
  static Instant date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      ParsedField field = LenientFieldParser.parse("Date: " + value.strip());
      if (field instanceof DateTimeField dateField && dateField.getDate() != null) {
        return dateField.getDate().toInstant();
      }
    } catch (MimeException e) {
      // Unparsable Date: the caller falls back to the MAPI submit time, which is the same instant.
      return null;
    }
    return null;
  }
}
