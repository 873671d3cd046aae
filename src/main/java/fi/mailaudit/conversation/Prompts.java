package fi.mailaudit.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every human agent reply its prompt, the customer message it answers (SPEC §4), by running
 * {@link PromptPairer} over each thread of a list of already threaded messages. Pure; the thread
 * stage calls it on each group right after the threads are built, so it costs no extra shuffle.
 */
final class Prompts {
  private Prompts() {}

  static List<AuditedMessage> attach(List<AuditedMessage> threaded) {
    Map<String, List<AuditedMessage>> byThread = new LinkedHashMap<>();
    for (AuditedMessage m : threaded) {
      byThread.computeIfAbsent(m.threadId(), k -> new ArrayList<>()).add(m);
    }
    Map<String, String> promptOfReply = new HashMap<>();
    for (List<AuditedMessage> thread : byThread.values()) {
      List<ThreadMessage> messages = thread.stream().map(ThreadSummarizer::toThreadMessage).toList();
      for (PromptPair pair : PromptPairer.pair(messages)) {
        if (pair.promptMessageKey() != null) {
          promptOfReply.put(pair.replyMessageKey(), pair.promptMessageKey());
        }
      }
    }
    List<AuditedMessage> out = new ArrayList<>(threaded.size());
    for (AuditedMessage m : threaded) {
      String prompt = promptOfReply.get(m.messageKey());
      out.add(prompt == null ? m : m.withPrompt(prompt));
    }
    return out;
  }
}
