package fi.mailaudit.conversation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The response-time facts of one thread, the time columns of the {@code threads} table (SPEC §6).
 *
 * @param firstCustomerMessageAt {@code first_customer_message_at}: the earliest dated customer
 *     message, null when the thread has none (agent-initiated or internal)
 * @param firstResponseMessageKey the first human agent reply after it, null when none
 * @param firstResponseMinutes {@code first_response_minutes}: elapsed minutes to that reply, null
 *     when none
 * @param firstResponseBusinessMinutes {@code first_response_business_minutes}: opening-hours
 *     minutes to that reply, null when none
 * @param unanswered {@code unanswered}: some customer message has no later human agent reply
 * @param unansweredMessageKeys those customer messages, in date order
 */
public record ThreadTimes(
    Instant firstCustomerMessageAt,
    String firstResponseMessageKey,
    Double firstResponseMinutes,
    Double firstResponseBusinessMinutes,
    boolean unanswered,
    List<String> unansweredMessageKeys)
    implements Serializable {

  public ThreadTimes {
    unansweredMessageKeys = List.copyOf(unansweredMessageKeys);
  }
}
