package fi.mailaudit.conversation;

import java.io.Serializable;
import java.time.Instant;

/**
 * One conversation as the {@code threads} table holds it (SPEC §6), the columns issue 3 can fill.
 * Built by {@link ThreadSummarizer}; the rule columns of later issues (thanks, promises,
 * cancellations) are not here yet.
 *
 * @param threadId the {@code thread_id} {@link ThreadBuilder} gave
 * @param quarter the quarter of the first customer message, else of the first message, in the
 *     company's zone; {@link Quarters#UNKNOWN} when no message is dated
 * @param firstCustomerMessageAt see {@link ThreadTimes}
 * @param firstResponseAt when the first human agent reply was sent, null when none
 * @param firstResponseMinutes see {@link ThreadTimes}
 * @param firstResponseBusinessMinutes see {@link ThreadTimes}
 * @param unanswered see {@link ThreadTimes}
 * @param messageCount unique messages in the thread, internal and automatic ones included
 * @param customerMessageCount the customer's own messages ({@link ThreadMessage#isCustomerMessage})
 * @param agentReplyCount human agent messages to the customer ({@link ThreadMessage#isHumanAgentReply}),
 *     an agent-initiated first message included: {@link PromptPairer} makes it a reply without a
 *     prompt, so this count matches the thread's rows in {@code replies} that are not auto-replies
 * @param autoReplyCount automatic messages, whoever's
 * @param agentEmail the first responder, null when the thread has no human agent reply
 * @param department the first responder's department
 * @param company the first responder's company
 * @param language the language of the first customer message, null when there is none
 * @param customerPseudonym the thread's customer, null for internal or system-only threads
 */
public record ThreadSummary(
    String threadId,
    String quarter,
    Instant firstCustomerMessageAt,
    Instant firstResponseAt,
    Double firstResponseMinutes,
    Double firstResponseBusinessMinutes,
    boolean unanswered,
    int messageCount,
    int customerMessageCount,
    int agentReplyCount,
    int autoReplyCount,
    String agentEmail,
    String department,
    String company,
    String language,
    String customerPseudonym)
    implements Serializable {}
