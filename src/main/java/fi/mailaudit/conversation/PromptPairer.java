package fi.mailaudit.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs each human agent reply of a thread with the customer message it answers (SPEC §4,
 * issue 3 item 4), so that the rules can compare the reply with its prompt (register, questions,
 * thanks).
 *
 * <p>The prompt is the customer message the reply's In-Reply-To names, when that is a customer
 * message of the thread: the client recorded what the agent pressed "reply" on. Otherwise it is
 * the latest customer message sent before the reply. Decision: the latest, not the oldest
 * unanswered one, because when a customer writes twice before an answer the second message is the
 * one on top of the agent's screen and the one quoted, and it usually restates or adds to the
 * first; SPEC §5.1 B4 then checks the questions of that message. A reply with no customer message
 * before it (the agent wrote first) has no prompt. Messages without a date cannot be placed and get
 * a prompt only through In-Reply-To.
 */
public final class PromptPairer {
  private static final Comparator<ThreadMessage> DATE_ORDER =
      Comparator.comparing(ThreadMessage::sentAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ThreadMessage::messageKey);

  private PromptPairer() {}

  /** One pair per human agent reply of the thread, in date order. */
  public static List<PromptPair> pair(List<ThreadMessage> thread) {
    List<ThreadMessage> ordered = new ArrayList<>(thread);
    ordered.sort(DATE_ORDER);
    Map<String, ThreadMessage> customerById = new HashMap<>();
    for (ThreadMessage m : ordered) {
      if (m.isCustomerMessage() && m.messageId() != null) {
        customerById.putIfAbsent(m.messageId(), m);
      }
    }
    List<PromptPair> pairs = new ArrayList<>();
    ThreadMessage latestCustomer = null;
    for (ThreadMessage m : ordered) {
      if (m.isCustomerMessage() && m.sentAt() != null) {
        latestCustomer = m;
      } else if (m.isHumanAgentReply()) {
        pairs.add(pairOf(m, named(m, customerById), before(m, latestCustomer)));
      }
    }
    return pairs;
  }

  private static ThreadMessage named(ThreadMessage reply, Map<String, ThreadMessage> customerById) {
    return reply.inReplyTo().stream()
        .map(customerById::get)
        .filter(p -> p != null)
        .findFirst()
        .orElse(null);
  }

  /** The latest customer message, if it is strictly earlier than the reply. */
  private static ThreadMessage before(ThreadMessage reply, ThreadMessage latestCustomer) {
    Instant at = reply.sentAt();
    return latestCustomer != null && at != null && latestCustomer.sentAt().isBefore(at)
        ? latestCustomer
        : null;
  }

  private static PromptPair pairOf(ThreadMessage reply, ThreadMessage named, ThreadMessage latest) {
    if (named != null) {
      return new PromptPair(
          reply.messageKey(), named.messageKey(), named.messageId(), PromptPair.Basis.IN_REPLY_TO);
    }
    if (latest != null) {
      return new PromptPair(
          reply.messageKey(), latest.messageKey(), latest.messageId(), PromptPair.Basis.LATEST_BEFORE);
    }
    return new PromptPair(reply.messageKey(), null, null, PromptPair.Basis.NONE);
  }
}
