package fi.mailaudit.rules;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One agent reply to a customer with what the rules found, as the {@code replies} table holds it
 * (SPEC §6). The flags keep the rules' column names ({@link RuleColumns}), so the table adapter
 * fills its columns by name and a new rule's flags need no code between the rule and the table.
 *
 * @param messageKey the reply's {@code message_key}
 * @param messageId the reply's Message-ID, null when absent
 * @param threadId the reply's thread
 * @param promptMessageKey the customer message it answers, null when none was paired
 * @param promptMessageId that message's Message-ID, null when absent or unpaired
 * @param agentEmail the agent who wrote it
 * @param department the agent's department, null when the roster has none
 * @param company the agent's company
 * @param sentAt when it was sent, null when undated
 * @param language the reply's language code
 * @param quarter the reply's quarter (the partition)
 * @param scored whether the Finnish rules read it: false for auto-replies and other languages
 * @param flags rule column → value (String, Boolean, Integer or Double; null = not applicable);
 *     empty when not scored
 * @param evidence rule → matched text, secrets masked; "rule_error" when a rule failed on the text
 */
public record ScoredReply(
    String messageKey,
    String messageId,
    String threadId,
    String promptMessageKey,
    String promptMessageId,
    String agentEmail,
    String department,
    String company,
    Instant sentAt,
    String language,
    String quarter,
    boolean scored,
    Map<String, Object> flags,
    Map<String, String> evidence)
    implements Serializable {

  /** Evidence key of a rule that threw on the reply's text: the reply is then not scored. */
  public static final String RULE_ERROR = "rule_error";

  public ScoredReply {
    // LinkedHashMap, not Map.copyOf: null values mean "not applicable" and must survive.
    flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  /** The same reply with other flags (a promise's outcome is known only once the thread is). */
  public ScoredReply withFlags(Map<String, Object> newFlags) {
    return new ScoredReply(messageKey, messageId, threadId, promptMessageKey, promptMessageId, agentEmail,
        department, company, sentAt, language, quarter, scored, newFlags, evidence);
  }
}
