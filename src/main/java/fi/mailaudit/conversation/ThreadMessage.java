package fi.mailaudit.conversation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One message of a built thread, as {@link PromptPairer} and {@link ResponseTimes} read it.
 *
 * @param messageKey the {@code message_key}
 * @param messageId the Message-ID without angle brackets, null when absent
 * @param inReplyTo In-Reply-To ids, never null
 * @param role the sender's role
 * @param direction the message's direction
 * @param autoReply true for an auto-reply or auto-acknowledgement (SPEC §5.3), which is never a
 *     human answer nor a customer's question
 * @param sentAt the Date, null when absent (such a message takes no part in timing)
 * @param expectsReply false for a customer's closing thanks ({@link ClosingThanks}), which leaves no
 *     one waiting when it gets no reply; true otherwise
 */
public record ThreadMessage(
    String messageKey,
    String messageId,
    List<String> inReplyTo,
    Role role,
    Direction direction,
    boolean autoReply,
    Instant sentAt,
    boolean expectsReply)
    implements Serializable {

  public ThreadMessage {
    inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
  }

  /** A message that expects a reply when it is a customer's: the usual case. */
  public ThreadMessage(String messageKey, String messageId, List<String> inReplyTo, Role role,
      Direction direction, boolean autoReply, Instant sentAt) {
    this(messageKey, messageId, inReplyTo, role, direction, autoReply, sentAt, true);
  }

  /** A customer's own message: the kind that asks something and starts the response clock. */
  public boolean isCustomerMessage() {
    return role == Role.CUSTOMER && direction == Direction.INBOUND && !autoReply;
  }

  /**
   * A human agent's reply to a customer: an agent's outbound, non-automatic message. Internal
   * mail and the company's no-reply system never answer a customer (issue 3 items 1 and 6).
   */
  public boolean isHumanAgentReply() {
    return role == Role.AGENT && direction == Direction.OUTBOUND && !autoReply;
  }
}
