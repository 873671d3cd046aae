package fi.mailaudit.parse.rfc822;

import fi.mailaudit.parse.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * From / To / Cc values to {@link Address}es. The list is split here first (at top-level commas and
 * semicolons, outside quotes, angle brackets and comments, dropping RFC 5322 group names) because
 * mime4j's lenient list parser runs a junk entry into its neighbours; each entry then goes to
 * mime4j's mailbox parser, which decodes encoded-word display names. An entry without an {@code @}
 * ("xyz", "Saved by Windows Internet Explorer 7", an Exchange DN) is kept as a name only.
 */
final class Addresses {
  private Addresses() {}

  /** @param value the unfolded, charset-decoded header value, encoded words still encoded */
  static List<Address> parse(String value) {
    List<Address> out = new ArrayList<>(2);
    if (value == null || value.isBlank()) {
      return out;
    }
    for (String entry : split(value)) {
      Address address = parseEntry(entry.strip());
      if (address != null) {
        out.add(address);
      }
    }
    return out;
  }

  static List<String> split(String value) {
    List<String> entries = new ArrayList<>(2);
    StringBuilder current = new StringBuilder(value.length());
    boolean quoted = false;
    int angle = 0;
    int comment = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < value.length()) {
          current.append(c).append(value.charAt(++i));
          continue;
        }
        quoted = c != '"';
      } else if (c == '"' && comment == 0) {
        quoted = true;
      } else if (c == '(') {
        comment++;
      } else if (c == ')' && comment > 0) {
        comment--;
      } else if (c == '<' && comment == 0) {
        angle++;
      } else if (c == '>' && angle > 0 && comment == 0) {
        angle--;
      } else if (angle == 0 && comment == 0) {
        if (c == ',' || c == ';') {
          entries.add(current.toString());
          current.setLength(0);
          continue;
        }
        if (c == ':' && current.indexOf("@") < 0) {
          // "Asiakaspalvelu: a@x, b@y;" – the group's name is no mailbox (RFC 5322 §3.4).
          current.setLength(0);
          continue;
        }
      }
      current.append(c);
    }
    entries.add(current.toString());
    return entries;
  }

  private static Address parseEntry(String entry) {
    if (entry.isEmpty()) {
      return null;
    }
    if (entry.indexOf('@') < 0) {
      Address local = localAddress(entry);
      if (local != null) {
        return local;
      }
      String name = HeaderValues.decodeWords(unwrap(entry));
      return name.isEmpty() ? null : new Address(name, null);
    }
    Mailbox mailbox = LenientAddressParser.DEFAULT.parseMailbox(entry);
    if (mailbox == null || mailbox.getDomain() == null || mailbox.getDomain().isEmpty()) {
      return new Address(HeaderValues.decodeWords(unwrap(entry)), null);
    }
    String name = mailbox.getName();
    name = name == null || name.isBlank() ? null : name.strip();
    return new Address(name, mailbox.getAddress().toLowerCase(Locale.ROOT));
  }

  /**
   * {@code Moderator-Address <moderator>}: a local-part-only address in angle brackets (RFC 822
   * allowed local delivery addresses) is still an address; a DN or junk with spaces or slashes in
   * the brackets ({@code <Saved by Windows Internet Explorer 7>}) is not.
   */
  private static Address localAddress(String entry) {
    int open = entry.lastIndexOf('<');
    if (open < 0 || !entry.endsWith(">")) {
      return null;
    }
    String local = entry.substring(open + 1, entry.length() - 1).strip();
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '+')) {
        return null;
      }
    }
    if (local.isEmpty()) {
      return null;
    }
    String name = HeaderValues.decodeWords(unwrap(entry.substring(0, open)));
    return new Address(name.isEmpty() ? null : name, local.toLowerCase(Locale.ROOT));
  }

  /**
   * The name of a name-only entry: the phrase before an address-less {@code <…>} when there is one
   * (GroupWise's {@code "Novell GroupWise" <$$$.$$$>}), else the entry without quotes or brackets.
   */
  private static String unwrap(String entry) {
    String s = entry.strip();
    int open = s.indexOf('<');
    if (open > 0 && s.endsWith(">") && !s.substring(0, open).isBlank()) {
      s = s.substring(0, open).strip();
    }
    while (s.length() >= 2
        && (s.charAt(0) == '<' && s.endsWith(">") || s.charAt(0) == '"' && s.endsWith("\""))) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
