package fi.mailaudit.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * How the thread stage cuts the messages into independent {@link ThreadBuilder} calls, and one
 * such call. Pure; {@link ThreadStage} does the routing in Spark.
 *
 * <p>Customer mail is grouped by its customer key: the builder never joins two customers' sets,
 * so no thread can span two groups and the grouping is exact. Mail without a customer (internal
 * forwards, the company's own no-reply notices to colleagues, foreign system mail) would then lose
 * its header links into customer threads, so it is routed to the customer whose message it names
 * first, in the builder's own order ({@link #linkOrder}): In-Reply-To, then References newest
 * first. What names no customer message goes to one shared {@link #NO_CUSTOMER} group, where its
 * links among itself still work. The price: a chain that reaches a customer only through another
 * customer-less message (an internal reply to an internal forward whose References were dropped)
 * stays in the shared group, as its own thread. Clients copy References down a chain (RFC 5322
 * §3.6.4), so the customer's id is usually named directly. The shared group is one builder call:
 * the builder handles a million messages in about 3 s and 0.5 GB (see {@link ThreadBuilder}).
 */
final class ThreadGroups {
  /** The group key of customer-less mail that names no customer message. Not a pseudonym. */
  static final String NO_CUSTOMER = "\u0000no-customer";

  private ThreadGroups() {}

  /** The ids a customer-less message links to, in the order the builder tries them. */
  static List<String> linkOrder(AuditedMessage m) {
    List<String> ids = new ArrayList<>(m.inReplyTo());
    for (int r = m.references().size() - 1; r >= 0; r--) {
      ids.add(m.references().get(r));
    }
    return ids;
  }

  /** One builder call: the messages of one group with their thread ids set, in input order. */
  static List<AuditedMessage> assign(ThreadBuilder builder, Iterable<AuditedMessage> group) {
    List<AuditedMessage> messages = new ArrayList<>();
    group.forEach(messages::add);
    List<ThreadCandidate> candidates = new ArrayList<>(messages.size());
    for (AuditedMessage m : messages) {
      candidates.add(new ThreadCandidate(m.messageKey(), m.messageId(), m.inReplyTo(),
          m.references(), m.normalizedSubject(), m.customerPseudonym(), m.sentAt()));
    }
    List<ThreadAssignment> assignments = builder.build(candidates);
    List<AuditedMessage> threaded = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      threaded.add(messages.get(i).withThreadId(assignments.get(i).threadId()));
    }
    return threaded;
  }
}
