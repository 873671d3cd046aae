package fi.mailaudit.parse.rfc822;

import java.util.ArrayList;
import java.util.List;

/**
 * Message ids from Message-ID, In-Reply-To and References (RFC 5322 §3.6.4), without the angle
 * brackets. Real headers carry comments, phrases ("your message of …"), missing brackets and
 * stray whitespace inside ids; ids in brackets win, bare tokens with an {@code @} are the fallback.
 */
final class MessageIds {
  private MessageIds() {}

  static List<String> parse(String value) {
    List<String> ids = new ArrayList<>(2);
    if (value == null || value.isBlank()) {
      return ids;
    }
    int from = 0;
    while (true) {
      int open = value.indexOf('<', from);
      int close = open < 0 ? -1 : value.indexOf('>', open + 1);
      if (close < 0) {
        break;
      }
      addId(ids, value.substring(open + 1, close));
      from = close + 1;
    }
    if (ids.isEmpty()) {
      for (String token : value.split("[\\s,]+")) {
        if (token.indexOf('@') > 0) {
          addId(ids, token);
        }
      }
    }
    return ids;
  }

  /** The first id of a header, or null. */
  static String first(String value) {
    List<String> ids = parse(value);
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    // A Message-ID without brackets or @ is still the sender's id for this message.
    String bare = value == null ? "" : value.strip();
    return bare.isEmpty() || bare.indexOf(' ') >= 0 ? null : bare;
  }

  private static void addId(List<String> ids, String raw) {
    StringBuilder id = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!Character.isWhitespace(c) && c != '<' && c != '>' && c != '"') {
        id.append(c);
      }
    }
    if (id.length() > 0) {
      ids.add(id.toString());
    }
  }
}
