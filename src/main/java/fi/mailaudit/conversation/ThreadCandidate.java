package fi.mailaudit.conversation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What {@link ThreadBuilder} needs of one unique message: keys, header links, the normalised
 * subject and whose conversation it belongs to. Small on purpose, so a Spark partition of
 * candidates fits in memory.
 *
 * @param messageKey the stable {@code message_key} (after dedupe), unique within one build
 * @param messageId the Message-ID without angle brackets, null when absent
 * @param inReplyTo In-Reply-To ids, never null (empty when absent)
 * @param references References ids, oldest first, never null (empty when absent)
 * @param normalizedSubject {@link SubjectNormalizer#normalize} of the subject
 * @param customerKey the customer the message was from or to (a pseudonym or an address; the
 *     builder only compares them), null for internal and system mail
 * @param sentAt the Date, null when absent
 */
public record ThreadCandidate(
    String messageKey,
    String messageId,
    List<String> inReplyTo,
    List<String> references,
    String normalizedSubject,
    String customerKey,
    Instant sentAt)
    implements Serializable {

  public ThreadCandidate {
    if (messageKey == null) {
      throw new IllegalArgumentException("a thread candidate needs a message key");
    }
    inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
    references = references == null ? List.of() : List.copyOf(references);
    normalizedSubject = normalizedSubject == null ? "" : normalizedSubject;
  }
}
