/**
 * Stage 3, conversation: from parsed messages to an audited record of who wrote what to whom.
 * {@link fi.mailaudit.conversation.MessageAuditor} (pure) gives each message its roles and
 * direction ({@link fi.mailaudit.conversation.RoleResolver}, roster), customer pseudonym, key,
 * quarter, language, auto-reply kind and the word count of its new text
 * ({@link fi.mailaudit.conversation.QuoteSplitter}); duplicates fold by key.
 * {@link fi.mailaudit.conversation.ThreadBuilder} rebuilds conversations from headers and, as a
 * fallback, subject + customer + time window; {@link fi.mailaudit.conversation.ResponseTimes}
 * measures first response in wall-clock and Finnish business minutes. The Spark adapters are
 * {@link fi.mailaudit.conversation.ConversationStage} and
 * {@link fi.mailaudit.conversation.ThreadStage}.
 */
package fi.mailaudit.conversation;
