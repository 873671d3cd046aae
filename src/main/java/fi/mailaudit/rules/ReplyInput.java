package fi.mailaudit.rules;

import fi.mailaudit.conversation.AutoReply;
import fi.mailaudit.conversation.BodySections;
import java.time.Instant;
import java.util.List;

/**
 * What a rule sees of one agent reply: the reply's sections, the customer message it answers (its
 * prompt, SPEC §4) and what the conversation stage knows about the customer. Thread-level rules
 * (thanks reception, seed 001) also take a customer message with no reply at all.
 *
 * @param reply the agent reply's sections; null only for a customer message that got no reply
 * @param prompt the customer message the reply answers; null when the pairing found none
 * @param customerFirstName the customer's first name from {@code CustomerNameFinder}, or null
 * @param products the company's product and service names (SPEC §3, rule B2); never null
 * @param language the reply's language code ("fi"); the Finnish rules score "fi" only
 * @param sentAt when the reply was sent; promise deadlines ("huomenna", seed 003) resolve against
 *     it; null when unknown (the promise is still found, its deadline stays null)
 * @param autoReply what the conversation stage found about the reply being automatic; null or
 *     {@link AutoReply#HUMAN} for a human reply (auto-reply quality, seed 003 §3; echo, seed 002)
 */
public record ReplyInput(
    BodySections reply,
    BodySections prompt,
    String customerFirstName,
    List<String> products,
    String language,
    Instant sentAt,
    AutoReply autoReply) {

  /** An input without send time and auto-reply facts (the form the first rules were built on). */
  public ReplyInput(
      BodySections reply, BodySections prompt, String customerFirstName, List<String> products, String language) {
    this(reply, prompt, customerFirstName, products, language, null, null);
  }

  public ReplyInput {
    products = products == null ? List.of() : List.copyOf(products);
    if (reply == null && prompt == null) {
      throw new IllegalArgumentException("a rule input needs a reply, a prompt, or both");
    }
  }

  /** A Finnish reply to a prompt, no product list. */
  public static ReplyInput of(BodySections reply, BodySections prompt, String customerFirstName) {
    return new ReplyInput(reply, prompt, customerFirstName, List.of(), "fi", null, null);
  }

  /** A customer message that the company never answered (seed 002 "Palautteeseen vastataan aina"). */
  public static ReplyInput unanswered(BodySections prompt, String customerFirstName) {
    return new ReplyInput(null, prompt, customerFirstName, List.of(), "fi", null, null);
  }

  /** This input with the reply's send time (promise deadlines resolve against it). */
  public ReplyInput withSentAt(Instant sent) {
    return new ReplyInput(reply, prompt, customerFirstName, products, language, sent, autoReply);
  }

  /** This input with the conversation stage's auto-reply finding for the reply. */
  public ReplyInput withAutoReply(AutoReply found) {
    return new ReplyInput(reply, prompt, customerFirstName, products, language, sentAt, found);
  }

  /** Whether the reply is an automatic reply to the customer (out-of-office, acknowledgement). */
  public boolean isAutoReply() {
    return autoReply != null && autoReply.isReply();
  }

  /** Whether there is an agent reply. */
  public boolean hasReply() {
    return reply != null;
  }

  /** Whether there is a customer message this reply answers. */
  public boolean hasPrompt() {
    return prompt != null;
  }
}
