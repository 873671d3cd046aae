package fi.mailaudit.conversation;

import java.io.Serializable;

/**
 * The thread {@link ThreadBuilder} put a message in.
 *
 * @param messageKey the message
 * @param threadId the {@code thread_id}: derived from the thread's root message key only, so a
 *     rerun on the same input gives the same id
 * @param rootMessageKey the earliest message of the thread (by date, then key)
 * @param joinedBySubject true when the message joined its thread through the subject fallback,
 *     not through its headers
 */
public record ThreadAssignment(
    String messageKey, String threadId, String rootMessageKey, boolean joinedBySubject)
    implements Serializable {}
