package fi.mailaudit.conversation;

import java.io.Serializable;

/**
 * What the rules stage reads of a message and no table ever holds (SPEC §5: rules score the
 * author's own text; SPEC §6: {@code messages} carries no body). Carried inside {@link
 * AuditedMessage} from the conversation stage to the rules stage so the bodies need no second read
 * or join; only the human mail between the company and its customers carries it, and the quoted
 * history is left behind (see {@link #of}).
 *
 * @param sections the author's own text split as {@link QuoteSplitter} does; {@code quoted} is ""
 *     when the body quoted anything, so {@link BodySections#hasQuote()} still answers
 * @param authorFirstName the author's first name ({@link CustomerNameFinder}), for a customer's
 *     message; null when unknown or for an agent's
 */
public record MessageText(BodySections sections, String authorFirstName) implements Serializable {

  public MessageText {
    if (sections == null) {
      throw new IllegalArgumentException("sections are required; use BodySections.EMPTY");
    }
  }

  /**
   * The text a rule may read. The quoted history is dropped: no rule reads it (SPEC §4 "only the
   * new text an author wrote is scored") and in a long thread it is most of a body's bytes, which
   * would otherwise sit in every persisted copy of the messages until the rules have run.
   */
  public static MessageText of(BodySections sections, String authorFirstName) {
    BodySections own =
        new BodySections(
            sections.greeting(),
            sections.newText(),
            sections.wish(),
            sections.closing(),
            sections.signature(),
            sections.disclaimer(),
            sections.hasQuote() ? "" : null,
            sections.hasInlineReplies());
    return new MessageText(own, authorFirstName);
  }
}
