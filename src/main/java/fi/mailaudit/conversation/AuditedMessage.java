package fi.mailaudit.conversation;

import java.io.Serializable;
import java.time.Instant;

/**
 * One unique message as the {@code messages} table holds it (SPEC §6): who wrote it in which role,
 * when, where it came from; customers only as pseudonyms. Built by the conversation stage.
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
    int duplicateCount)
    implements Serializable {

  public AuditedMessage withThreadId(String id) {
    return new AuditedMessage(
        messageKey, messageId, id, sourceFile, sourceFormat, location, folder, sentAt, quarter,
        direction, senderRole, agentEmail, agentName, department, company, customerPseudonym,
        language, isAutoReply, wordCount, subject, attachmentCount, sizeBytes, duplicateCount);
  }

  public AuditedMessage withDuplicateCount(int count) {
    return new AuditedMessage(
        messageKey, messageId, threadId, sourceFile, sourceFormat, location, folder, sentAt,
        quarter, direction, senderRole, agentEmail, agentName, department, company,
        customerPseudonym, language, isAutoReply, wordCount, subject, attachmentCount, sizeBytes,
        count);
  }
}
