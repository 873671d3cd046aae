package fi.mailaudit.conversation;

import fi.mailaudit.parse.Address;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gives each message its {@code sender_role} and {@code direction} (SPEC §3–§4, issue 3 item 1)
 * from the From, To and Cc mailboxes, the {@code --company-domain}s and the {@code --roster}.
 *
 * <p>A mailbox is, in this order: {@link Role#SYSTEM} when its local part is a machine's
 * ({@link SystemSenders}); {@link Role#AGENT} when the roster has a row for it valid on the
 * message's local date (the roster overrides domains, so an agent writing from another domain is
 * still an agent); {@link Role#AGENT} with department {@code unknown} when its domain is a company
 * domain or a subdomain of one (an agent who left the roster still writes from the company);
 * otherwise {@link Role#CUSTOMER}. Mailboxes without an address: an Exchange X.500 DN
 * ({@code /O=…/OU=…}, what PST Sent Items often hold instead of the sender's SMTP address) is the
 * company's own directory, so an agent of department {@code unknown}; a message with no From at
 * all is {@link Role#SYSTEM} (drafts and generated items: a customer message without a sender
 * would start a response clock nobody can answer); any other display name alone is a customer.
 *
 * <p>Direction: a customer's message is inbound. An agent's is outbound when a customer is among
 * the recipients, else internal (agent ↔ agent, kept out of customer metrics). A system message is
 * treated by where it comes from: the company's own no-reply system (company domain) behaves like
 * an agent (outbound to customers, else internal), a foreign one (a remote mailer-daemon, a
 * supplier's no-reply) is inbound. System messages never count as a customer message or a
 * response in {@link ResponseTimes}.
 */
public final class RoleResolver implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> companyDomains;
  /** Company domain → the company the roster names there, else the domain itself. */
  private final Map<String, String> companyOfDomain;
  private final Roster roster;
  private final ZoneId zone;

  /**
   * @param companyDomains the company's mail domains (case-insensitive, subdomains included)
   * @param roster the roster, {@link Roster#empty()} when none was given
   * @param zone the zone in which a message's date is read against the roster's validity dates
   */
  public RoleResolver(Set<String> companyDomains, Roster roster, ZoneId zone) {
    List<String> domains = new ArrayList<>();
    for (String domain : companyDomains) {
      String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
      if (d.startsWith("@")) {
        d = d.substring(1);
      }
      if (d.isEmpty() || d.contains("@") || !d.contains(".")) {
        throw new IllegalArgumentException("company domain '" + domain + "' is not a mail domain");
      }
      domains.add(d);
    }
    this.companyDomains = List.copyOf(domains);
    Map<String, String> companies = new HashMap<>();
    for (String d : domains) {
      companies.put(d, roster.companyOfDomain(d).orElse(d));
    }
    this.companyOfDomain = Map.copyOf(companies);
    this.roster = roster;
    this.zone = zone;
  }

  /** Roles and direction of one message. {@code sentAt} may be null (no Date header). */
  public MessageRoles classify(Address from, List<Address> to, List<Address> cc, Instant sentAt) {
    LocalDate day = sentAt == null ? null : sentAt.atZone(zone).toLocalDate();
    SenderIdentity sender = identify(from, day);
    if (sender.role() == Role.CUSTOMER) {
      return new MessageRoles(sender, Direction.INBOUND, emailOf(from));
    }
    if (sender.role() == Role.SYSTEM && companyDomainOf(emailOf(from)) == null) {
      return new MessageRoles(sender, Direction.INBOUND, null);
    }
    Optional<String> customer =
        Stream.concat(nullSafe(to).stream(), nullSafe(cc).stream())
            .filter(a -> a != null && a.email() != null)
            .filter(a -> identify(a, day).role() == Role.CUSTOMER)
            .map(RoleResolver::emailOf)
            .findFirst();
    return customer
        .map(c -> new MessageRoles(sender, Direction.OUTBOUND, c))
        .orElseGet(() -> new MessageRoles(sender, Direction.INTERNAL, null));
  }

  /** Who a mailbox is on a local date (null: undated, the roster's latest row is used). */
  public SenderIdentity identify(Address mailbox, LocalDate day) {
    String email = emailOf(mailbox);
    if (mailbox == null || SystemSenders.isSystem(email)) {
      return SenderIdentity.of(Role.SYSTEM);
    }
    Optional<RosterEntry> row = roster.lookup(email, day);
    if (row.isPresent()) {
      RosterEntry r = row.get();
      return new SenderIdentity(Role.AGENT, email, r.agentName(), r.department(), r.company());
    }
    String domain = companyDomainOf(email);
    if (domain != null) {
      String name = mailbox.name() == null || mailbox.name().isBlank() ? null : mailbox.name().strip();
      // An address the roster does not list still writes for the company the roster names there
      // (in the sample, the shared address that mails a password), not for a company of its own.
      return new SenderIdentity(Role.AGENT, email, name, SenderIdentity.UNKNOWN, companyOfDomain.get(domain));
    }
    if (email == null && isExchangeDn(mailbox.name())) {
      String company = companyDomains.size() == 1 ? companyDomains.get(0) : SenderIdentity.UNKNOWN;
      return new SenderIdentity(Role.AGENT, null, null, SenderIdentity.UNKNOWN, company);
    }
    return SenderIdentity.of(Role.CUSTOMER);
  }

  private static boolean isExchangeDn(String name) {
    return name != null && name.strip().toLowerCase(Locale.ROOT).startsWith("/o=");
  }

  /** The configured company domain the address is in (itself or a subdomain), or null. */
  private String companyDomainOf(String email) {
    if (email == null) {
      return null;
    }
    String host = email.substring(email.lastIndexOf('@') + 1);
    for (String domain : companyDomains) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return domain;
      }
    }
    return null;
  }

  private static String emailOf(Address mailbox) {
    return mailbox == null || mailbox.email() == null
        ? null
        : mailbox.email().strip().toLowerCase(Locale.ROOT);
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
