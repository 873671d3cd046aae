package fi.mailaudit.conversation;

import java.io.Serializable;

/**
 * An agent reply and the customer message it answers: its prompt (SPEC §4, {@code replies.
 * prompt_message_key}).
 *
 * @param replyMessageKey the agent's reply
 * @param promptMessageKey the customer message it answers, null when it answers none (the agent
 *     wrote first)
 * @param promptMessageId that message's Message-ID, null when absent or no prompt
 * @param basis how the prompt was found
 */
public record PromptPair(
    String replyMessageKey, String promptMessageKey, String promptMessageId, Basis basis)
    implements Serializable {

  /** How a prompt was found. */
  public enum Basis {
    /** The reply's In-Reply-To names a customer message of the thread. */
    IN_REPLY_TO,
    /** The latest customer message before the reply, by date. */
    LATEST_BEFORE,
    /** No customer message precedes the reply. */
    NONE
  }
}
