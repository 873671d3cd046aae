package fi.mailaudit.metrics;

import fi.mailaudit.conversation.ThreadSummary;
import fi.mailaudit.rules.RuleColumns;
import java.io.Serializable;
import java.util.Map;

/**
 * What one thread adds to its units: response times, unanswered, promises, cancellation score.
 *
 * <p>Attribution (SPEC §5.4 gives none, so decided here): a thread belongs to the agent who first
 * answered it, and to that agent's department and company, as {@code threads.agent_email} says. A
 * thread nobody answered has no such agent; the archive does not say which mailbox it reached
 * (ThreadSummary keeps no mailbox), so it counts for no agent, for department {@link
 * UnitKey#UNKNOWN}, and for the run's company when the run's scored replies name exactly one (the usual
 * audit of one firm), else for company {@link UnitKey#UNKNOWN}. Leaving such threads out would make every
 * unanswered rate look better than it is, the opposite of what seed 002 asks the audit to show.
 *
 * @param quarter the thread's quarter
 * @param agentEmail the first responder, null when none
 * @param department the first responder's department, null when none or unknown
 * @param company the first responder's company, else the run's only company, else null
 * @param customerThread whether a customer wrote in the thread (only those can be unanswered)
 * @param unanswered {@code threads.unanswered}
 * @param responseMinutes {@code first_response_minutes}, null when unanswered
 * @param responseBusinessMinutes {@code first_response_business_minutes}
 * @param promisesKept {@code promises_kept}, 0 when null
 * @param promisesBroken {@code promises_broken}, 0 when null
 * @param promisesMade {@code promises_made}, 0 when null
 * @param cancellationScore {@code cancellation_score}, null when no cancellation
 */
public record ThreadFacts(
    String quarter,
    String agentEmail,
    String department,
    String company,
    boolean customerThread,
    boolean unanswered,
    Double responseMinutes,
    Double responseBusinessMinutes,
    int promisesKept,
    int promisesBroken,
    int promisesMade,
    Integer cancellationScore)
    implements Serializable {

  /** The facts of a thread with its rule flags; {@code onlyCompany} is null unless the run saw one. */
  public static ThreadFacts of(ThreadSummary t, Map<String, Object> flags, String onlyCompany) {
    String company = t.company() != null ? t.company() : t.agentEmail() == null ? onlyCompany : null;
    return new ThreadFacts(t.quarter(), t.agentEmail(), t.department(), company,
        t.customerMessageCount() > 0, t.unanswered(), t.firstResponseMinutes(),
        t.firstResponseBusinessMinutes(), count(flags, RuleColumns.PROMISES_KEPT),
        count(flags, RuleColumns.PROMISES_BROKEN), count(flags, RuleColumns.PROMISES_MADE),
        flags.get(RuleColumns.CANCELLATION_SCORE) instanceof Number n ? n.intValue() : null);
  }

  private static int count(Map<String, Object> flags, String column) {
    return flags.get(column) instanceof Number n ? n.intValue() : 0;
  }
}
