package fi.mailaudit.rules;

import fi.mailaudit.conversation.AuditedMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles the promises of one thread (seed 003: "Jos asiakkaalle luvataan jotain, se pidetään";
 * SPEC §5.4): each reply whose {@link PromiseRule} found a resolvable deadline is kept when the
 * company wrote again in the thread by then, broken when it did not, open when the archive ends
 * before the deadline. Gives each reply its {@code promise_outcome} and the thread its counts.
 */
final class PromiseLedger {
  static final String PROMISE_OUTCOME = RuleColumns.PROMISE_OUTCOME;

  private final Instant archiveEnd;

  /** @param archiveEnd the latest message time of the whole run: after it nothing can be known */
  PromiseLedger(Instant archiveEnd) {
    this.archiveEnd = archiveEnd;
  }

  /**
   * The replies with their outcomes, and the thread's promise counts added to {@code threadFlags}.
   *
   * @param replies the thread's scored replies
   * @param companyTimes the send times of the company's human replies in the thread
   */
  List<ScoredReply> settle(List<ScoredReply> replies, List<Instant> companyTimes, Map<String, Object> threadFlags) {
    int made = 0;
    int kept = 0;
    int broken = 0;
    int open = 0;
    List<ScoredReply> out = new ArrayList<>(replies.size());
    for (ScoredReply reply : replies) {
      Instant deadline = deadline(reply);
      if (deadline == null) {
        out.add(reply);
        continue;
      }
      List<Instant> later = companyTimes.stream()
          .filter(t -> reply.sentAt() != null && t.isAfter(reply.sentAt())).toList();
      PromiseOutcome outcome = PromiseOutcome.of(deadline, later, archiveEnd);
      made++;
      switch (outcome) {
        case KEPT -> kept++;
        case BROKEN -> broken++;
        case OPEN -> open++;
      }
      Map<String, Object> flags = new LinkedHashMap<>(reply.flags());
      flags.put(PROMISE_OUTCOME, outcome.column());
      out.add(reply.withFlags(flags));
    }
    // Counted only where the rules read a reply: a Swedish thread's promises are unknown, not 0.
    if (replies.stream().anyMatch(ScoredReply::scored)) {
      threadFlags.put(RuleColumns.PROMISES_MADE, made);
      threadFlags.put(RuleColumns.PROMISES_KEPT, kept);
      threadFlags.put(RuleColumns.PROMISES_BROKEN, broken);
      threadFlags.put(RuleColumns.PROMISES_OPEN, open);
    }
    return out;
  }

  /** The times of the company's human replies in a thread: what can keep a promise. */
  static List<Instant> companyTimes(List<AuditedMessage> ordered) {
    return ordered.stream()
        .filter(m -> ThreadScorer.isAgentMail(m) && !m.isAutoReply() && m.sentAt() != null)
        .map(AuditedMessage::sentAt)
        .toList();
  }

  private static Instant deadline(ScoredReply reply) {
    Object at = reply.flags().get(RuleColumns.PROMISE_DEADLINE);
    return Boolean.TRUE.equals(reply.flags().get(RuleColumns.PROMISE)) && at != null
        ? Instant.parse(at.toString()) : null;
  }
}
