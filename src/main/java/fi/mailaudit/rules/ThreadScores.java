package fi.mailaudit.rules;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules found in one thread: a {@link ScoredReply} per agent reply to the customer, and
 * the thread's own rule columns ({@code customer_thanked}, {@code thanks_reception}, SPEC §6
 * {@code threads}) under their {@link RuleColumns} names, null = not applicable.
 *
 * @param threadId the thread
 * @param replies the agent replies in time order, scored or not
 * @param threadFlags thread rule column → value; a column absent here is written as null
 */
public record ThreadScores(String threadId, List<ScoredReply> replies, Map<String, Object> threadFlags)
    implements Serializable {

  /**
   * The thread columns of a thread without any customer message (internal or system mail only, or
   * a company's own first message nobody answered): the customer did not thank.
   */
  public static final Map<String, Object> NO_CUSTOMER_MESSAGE = Map.of(RuleColumns.CUSTOMER_THANKED, false);

  public ThreadScores {
    replies = List.copyOf(replies);
    threadFlags = Collections.unmodifiableMap(new LinkedHashMap<>(threadFlags));
  }
}
