package fi.mailaudit.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * First response time and unanswered customer messages of a thread (SPEC §5.4, issue 3 item 6).
 *
 * <p>The clock starts at the thread's first customer message and stops at the first human agent
 * reply after it ({@link ThreadMessage#isHumanAgentReply()}): auto-replies, the company's no-reply
 * system and internal forwards never stop it. A customer message is unanswered when no human agent
 * reply follows it in the thread (seed 002: "Palautteeseen vastataan aina, niinhän?"); a thread is
 * unanswered when one of its customer messages is. Note that a customer's closing "Kiitos!" left
 * without reply counts too: SPEC §5.2's {@code thanks_reception = no_reply} tells those apart.
 * Messages without a date take no part: they cannot be placed before or after anything.
 */
public final class ResponseTimes implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final BusinessClock clock;

  /** Measures business minutes with the given clock. */
  public ResponseTimes(BusinessClock clock) {
    this.clock = clock;
  }

  /** The time facts of one thread's messages (any order). */
  public ThreadTimes of(List<ThreadMessage> thread) {
    List<ThreadMessage> dated = new ArrayList<>();
    for (ThreadMessage m : thread) {
      if (m.sentAt() != null) {
        dated.add(m);
      }
    }
    dated.sort(
        Comparator.comparing(ThreadMessage::sentAt).thenComparing(ThreadMessage::messageKey));
    Optional<ThreadMessage> first = dated.stream().filter(ThreadMessage::isCustomerMessage).findFirst();
    if (first.isEmpty()) {
      return new ThreadTimes(null, null, null, null, false, List.of());
    }
    ThreadMessage question = first.get();
    Optional<ThreadMessage> answer =
        dated.stream()
            .filter(ThreadMessage::isHumanAgentReply)
            .filter(m -> m.sentAt().isAfter(question.sentAt()))
            .findFirst();
    List<String> unanswered = unanswered(dated);
    return new ThreadTimes(
        question.sentAt(),
        answer.map(ThreadMessage::messageKey).orElse(null),
        answer.map(a -> BusinessClock.wallClockMinutes(question.sentAt(), a.sentAt())).orElse(null),
        answer.map(a -> clock.businessMinutes(question.sentAt(), a.sentAt())).orElse(null),
        !unanswered.isEmpty(),
        unanswered);
  }

  /** Customer messages after the last human agent reply (the list is in date order). */
  /**
   * Customer messages with no later human agent reply. The thread's first customer message always
   * counts; a later one only when it expects a reply (a closing "Kiitos, nyt toimii!" does not).
   */
  private static List<String> unanswered(List<ThreadMessage> dated) {
    List<String> waiting = new ArrayList<>();
    boolean first = true;
    for (ThreadMessage m : dated) {
      if (m.isHumanAgentReply()) {
        waiting.clear();
      } else if (m.isCustomerMessage()) {
        if (first || m.expectsReply()) {
          waiting.add(m.messageKey());
        }
        first = false;
      }
    }
    return waiting;
  }
}
