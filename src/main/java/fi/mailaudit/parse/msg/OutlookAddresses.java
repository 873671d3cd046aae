package fi.mailaudit.parse.msg;

import fi.mailaudit.parse.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/**
 * Turns MAPI senders and recipients, and RFC 5322 address headers, into {@link Address} values.
 * Exchange stores internal senders as X.500 distinguished names ("/O=EXCHANGELABS/OU=…/CN=…",
 * address type EX): those are not e-mail addresses, so the SMTP address is used when the store has
 * one, else the e-mail is null and the DN survives as the name only when there is no display name.
 */
final class OutlookAddresses {
  private OutlookAddresses() {}

  static Address fromMapi(OutlookRecipient r) {
    if (r == null) {
      return null;
    }
    String email = smtp(r.smtpAddress());
    if (email == null && !"EX".equalsIgnoreCase(r.addressType())) {
      email = smtp(r.address());
    }
    String name = blankToNull(unquote(r.name()));
    if (name == null && email == null) {
      name = blankToNull(r.address());
    }
    return name == null && email == null ? null : new Address(name, email);
  }

  static List<Address> fromMapi(List<OutlookRecipient> recipients, int kind) {
    List<Address> out = new ArrayList<>();
    for (OutlookRecipient r : recipients) {
      Address a = r.kind() == kind ? fromMapi(r) : null;
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /** The mailboxes of an address-list header value, groups flattened (RFC 5322 §3.4). */
  static List<Address> fromHeader(String rawValue) {
    List<Address> out = new ArrayList<>();
    if (rawValue == null || rawValue.isBlank()) {
      return out;
    }
    AddressList list = LenientAddressParser.DEFAULT.parseAddressList(rawValue);
    for (org.apache.james.mime4j.dom.address.Address a : list) {
      if (a instanceof Mailbox m) {
        out.add(of(m));
      } else if (a instanceof Group g) {
        g.getMailboxes().forEach(m -> out.add(of(m)));
      }
    }
    return out;
  }

  private static Address of(Mailbox m) {
    String name = blankToNull(m.getName());
    return new Address(name == null ? null : TransportHeaders.decode(name), smtp(m.getAddress()));
  }

  /** A plausible SMTP address in lower case, or null (X.500 DNs, display names, blanks). */
  static String smtp(String value) {
    String v = blankToNull(unquote(value));
    if (v == null || v.startsWith("/") || v.indexOf('@') <= 0 || v.indexOf(' ') >= 0) {
      return null;
    }
    return v.toLowerCase(Locale.ROOT);
  }

  /** Outlook quotes one-off addresses typed by hand: 'lfcnassif@gmail.com' (testPST.pst). */
  private static String unquote(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.length() >= 2
        && (v.charAt(0) == '\'' || v.charAt(0) == '"')
        && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
