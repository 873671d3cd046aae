package fi.mailaudit.conversation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One unique message as the {@code messages} table holds it (SPEC §6): who wrote it in which role,
 * when, where it came from; customers only as pseudonyms. Built by the conversation stage.
 *
 * <p>{@code inReplyTo}, {@code references}, {@code normalizedSubject} and {@code expectsReply} are
 * not written to {@code messages}: the thread stage reads them ({@link ThreadStage}); nor is {@code
 * text}, which only the rules stage reads. The customer key of thread separation is {@code customerPseudonym}: a keyed
 * function of the address, so two messages share it exactly when they share the customer.
 *
 * @param language {@link LanguageDetector} code of the new text: fi, sv, en, other, und
 * @param wordCount words of the new text only (quotes, signature and disclaimer left out)
 * @param bodySource which part the body came from (text/plain, text/html, application/rtf, none)
 * @param autoReplyKind {@link AutoReply.Kind} in lower case, null for human mail
 * @param inReplyTo In-Reply-To ids without angle brackets, never null
 * @param references References ids, oldest first, never null
 * @param normalizedSubject {@link SubjectNormalizer#normalize} of the subject, never null
 * @param expectsReply false for a customer's closing thanks ({@link ClosingThanks}); not written
 * @param promptMessageKey for a human agent reply, the key of the customer message it answers
 *     ({@link PromptPairer}); null for other messages and for replies that answer none
 * @param text the own text the rules stage reads ({@link MessageText}); not written to any table;
 *     null for internal and system mail, which no rule scores
 */
public record AuditedMessage(
    String messageKey,
    String messageId,
    String threadId,
    String sourceFile,
    String sourceFormat,
    String location,
    String folder,
    Instant sentAt,
    String quarter,
    String direction,
    String senderRole,
    String agentEmail,
    String agentName,
    String department,
    String company,
    String customerPseudonym,
    String language,
    boolean isAutoReply,
    int wordCount,
    String subject,
    int attachmentCount,
    long sizeBytes,
    int duplicateCount,
    String bodySource,
    String autoReplyKind,
    List<String> inReplyTo,
    List<String> references,
    String normalizedSubject,
    boolean expectsReply,
    String promptMessageKey,
    MessageText text)
    implements Serializable {

  public AuditedMessage {
    inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
    references = references == null ? List.of() : List.copyOf(references);
    normalizedSubject = normalizedSubject == null ? "" : normalizedSubject;
  }

  /** A message without text for the rules (internal and system mail, tests of other stages). */
  public AuditedMessage(
      String messageKey, String messageId, String threadId, String sourceFile, String sourceFormat,
      String location, String folder, Instant sentAt, String quarter, String direction,
      String senderRole, String agentEmail, String agentName, String department, String company,
      String customerPseudonym, String language, boolean isAutoReply, int wordCount, String subject,
      int attachmentCount, long sizeBytes, int duplicateCount, String bodySource,
      String autoReplyKind, List<String> inReplyTo, List<String> references,
      String normalizedSubject, boolean expectsReply, String promptMessageKey) {
    this(messageKey, messageId, threadId, sourceFile, sourceFormat, location, folder, sentAt,
        quarter, direction, senderRole, agentEmail, agentName, department, company,
        customerPseudonym, language, isAutoReply, wordCount, subject, attachmentCount, sizeBytes,
        duplicateCount, bodySource, autoReplyKind, inReplyTo, references, normalizedSubject,
        expectsReply, promptMessageKey, null);
  }

  /** The sender's role as the enum the thread stage computes with. */
  public Role role() {
    return Role.valueOf(senderRole.toUpperCase(Locale.ROOT));
  }

  /** The direction as the enum the thread stage computes with. */
  public Direction directionKind() {
    return Direction.valueOf(direction.toUpperCase(Locale.ROOT));
  }

  public AuditedMessage withThreadId(String id) {
    return copy(id, duplicateCount, promptMessageKey);
  }

  public AuditedMessage withDuplicateCount(int count) {
    return copy(threadId, count, promptMessageKey);
  }

  public AuditedMessage withPrompt(String promptKey) {
    return copy(threadId, duplicateCount, promptKey);
  }

  /** This message carrying the own text the rules read. */
  public AuditedMessage withText(MessageText ownText) {
    return new AuditedMessage(
        messageKey, messageId, threadId, sourceFile, sourceFormat, location, folder, sentAt, quarter,
        direction, senderRole, agentEmail, agentName, department, company, customerPseudonym,
        language, isAutoReply, wordCount, subject, attachmentCount, sizeBytes, duplicateCount,
        bodySource, autoReplyKind, inReplyTo, references, normalizedSubject, expectsReply,
        promptMessageKey, ownText);
  }

  private AuditedMessage copy(String id, int count, String prompt) {
    return new AuditedMessage(
        messageKey, messageId, id, sourceFile, sourceFormat, location, folder, sentAt, quarter,
        direction, senderRole, agentEmail, agentName, department, company, customerPseudonym,
        language, isAutoReply, wordCount, subject, attachmentCount, sizeBytes, count,
        bodySource, autoReplyKind, inReplyTo, references, normalizedSubject, expectsReply, prompt,
        text);
  }
}
