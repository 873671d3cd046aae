package fi.mailaudit.conversation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns the messages of one thread into its {@link ThreadSummary}: {@link ResponseTimes} for the
 * clock, counts by role, the first responder's unit and the first customer message's language.
 * Pure; {@link ThreadStage} runs it once per thread.
 */
final class ThreadSummarizer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The same order as {@link ResponseTimes}: date, then key; undated messages last. */
  private static final Comparator<AuditedMessage> DATE_ORDER =
      Comparator.comparing(AuditedMessage::sentAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(AuditedMessage::messageKey);

  private final ResponseTimes responseTimes;

  ThreadSummarizer(ResponseTimes responseTimes) {
    this.responseTimes = responseTimes;
  }

  /**
   * The summary of one thread's messages (any order, all with the same thread id).
   *
   * @throws IllegalArgumentException for an empty thread or one mixing thread ids
   */
  ThreadSummary summarize(List<AuditedMessage> thread) {
    if (thread.isEmpty()) {
      throw new IllegalArgumentException("a thread has at least one message");
    }
    List<AuditedMessage> ordered = new ArrayList<>(thread);
    ordered.sort(DATE_ORDER);
    String threadId = ordered.get(0).threadId();
    List<ThreadMessage> messages = new ArrayList<>(ordered.size());
    int customer = 0;
    int agent = 0;
    int auto = 0;
    AuditedMessage firstCustomer = null;
    for (AuditedMessage m : ordered) {
      if (!Objects.equals(threadId, m.threadId())) {
        throw new IllegalArgumentException(
            "thread " + threadId + " also holds a message of thread " + m.threadId());
      }
      ThreadMessage t = toThreadMessage(m);
      messages.add(t);
      customer += t.isCustomerMessage() ? 1 : 0;
      agent += t.isHumanAgentReply() ? 1 : 0;
      auto += m.isAutoReply() ? 1 : 0;
      if (firstCustomer == null && t.isCustomerMessage() && m.sentAt() != null) {
        firstCustomer = m;
      }
    }
    ThreadTimes times = responseTimes.of(messages);
    AuditedMessage responder = byKey(ordered, times.firstResponseMessageKey());
    return new ThreadSummary(
        threadId,
        (firstCustomer != null ? firstCustomer : ordered.get(0)).quarter(),
        times.firstCustomerMessageAt(),
        responder == null ? null : responder.sentAt(),
        times.firstResponseMinutes(),
        times.firstResponseBusinessMinutes(),
        times.unanswered(),
        ordered.size(),
        customer,
        agent,
        auto,
        responder == null ? null : responder.agentEmail(),
        responder == null ? null : responder.department(),
        responder == null ? null : responder.company(),
        firstCustomer == null ? null : firstCustomer.language(),
        ordered.stream().map(AuditedMessage::customerPseudonym).filter(Objects::nonNull).findFirst().orElse(null));
  }

  static ThreadMessage toThreadMessage(AuditedMessage m) {
    return new ThreadMessage(m.messageKey(), m.messageId(), m.inReplyTo(), m.role(),
        m.directionKind(), m.isAutoReply(), m.sentAt(), m.expectsReply());
  }

  private static AuditedMessage byKey(List<AuditedMessage> messages, String key) {
    if (key == null) {
      return null;
    }
    return messages.stream().filter(m -> m.messageKey().equals(key)).findFirst().orElse(null);
  }
}
