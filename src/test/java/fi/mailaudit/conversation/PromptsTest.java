package fi.mailaudit.conversation;

import static fi.mailaudit.conversation.ThreadSummarizerTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PromptsTest {

  @Test
  void eachHumanReplyGetsTheCustomerMessageBeforeIt() {
    List<AuditedMessage> thread = List.of(
        message("kysymys", "2026-06-15T07:00:00Z", "2026-Q2", "customer", "inbound", false, "fi"),
        message("lomalla", "2026-06-15T07:00:05Z", "2026-Q2", "agent", "outbound", true, "fi"),
        message("vastaus", "2026-06-15T09:00:00Z", "2026-Q2", "agent", "outbound", false, "fi"),
        message("jatko", "2026-06-15T10:00:00Z", "2026-Q2", "customer", "inbound", false, "fi"),
        message("välitys", "2026-06-15T10:05:00Z", "2026-Q2", "agent", "internal", false, "fi"),
        message("vastaus2", "2026-06-15T11:00:00Z", "2026-Q2", "agent", "outbound", false, "fi"));
    Map<String, String> prompts = Prompts.attach(thread).stream()
        .filter(m -> m.promptMessageKey() != null)
        .collect(Collectors.toMap(AuditedMessage::messageKey, AuditedMessage::promptMessageKey));
    assertEquals(Map.of("vastaus", "kysymys", "vastaus2", "jatko"), prompts);
  }

  @Test
  void anAgentsOpeningMessageAnswersNoOne() {
    List<AuditedMessage> out = Prompts.attach(List.of(
        message("tiedote", "2026-06-15T07:00:00Z", "2026-Q2", "agent", "outbound", false, "fi")));
    assertNull(out.get(0).promptMessageKey());
    assertEquals(List.of(), Prompts.attach(List.of()));
  }
}
