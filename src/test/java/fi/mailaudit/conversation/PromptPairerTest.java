package fi.mailaudit.conversation;

import static fi.mailaudit.conversation.ThreadMessages.agent;
import static fi.mailaudit.conversation.ThreadMessages.autoReply;
import static fi.mailaudit.conversation.ThreadMessages.customer;
import static fi.mailaudit.conversation.ThreadMessages.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.PromptPair.Basis;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptPairerTest {

  private static PromptPair pair(String reply, String prompt, Basis basis) {
    return new PromptPair(reply, prompt, prompt == null ? null : prompt + "@posti.example.fi", basis);
  }

  @Test
  void emptyThreadHasNoPairs() {
    assertTrue(PromptPairer.pair(List.of()).isEmpty());
  }

  @Test
  void inReplyToWinsOverTheLatestCustomerMessage() {
    // Matti asked about the invoice, then about delivery; the agent answered the invoice mail.
    List<ThreadMessage> thread =
        List.of(
            customer("lasku", "2025-03-10T09:00"),
            customer("toimitus", "2025-03-10T11:00"),
            agent("vastaus", "2025-03-10T13:00", "lasku"));
    assertEquals(List.of(pair("vastaus", "lasku", Basis.IN_REPLY_TO)), PromptPairer.pair(thread));
  }

  @Test
  void withoutHeadersTheLatestEarlierCustomerMessageIsThePrompt() {
    List<ThreadMessage> thread =
        List.of(
            agent("toinen-vastaus", "2025-03-12T10:00"),
            customer("kysymys", "2025-03-10T09:00"),
            customer("tarkennus", "2025-03-10T09:40"),
            agent("vastaus", "2025-03-10T14:00"),
            customer("jatkokysymys", "2025-03-11T16:30"));
    assertEquals(
        List.of(
            pair("vastaus", "tarkennus", Basis.LATEST_BEFORE),
            pair("toinen-vastaus", "jatkokysymys", Basis.LATEST_BEFORE)),
        PromptPairer.pair(thread));
  }

  @Test
  void inReplyToAnAgentMessageFallsBackToTheLatestCustomerMessage() {
    List<ThreadMessage> thread =
        List.of(
            customer("kysymys", "2025-03-10T09:00"),
            agent("eka", "2025-03-10T10:00", "kysymys"),
            agent("korjaus", "2025-03-10T10:05", "eka"));
    assertEquals(
        List.of(pair("eka", "kysymys", Basis.IN_REPLY_TO), pair("korjaus", "kysymys", Basis.LATEST_BEFORE)),
        PromptPairer.pair(thread));
  }

  @Test
  void onlyHumanAgentRepliesArePairedAndOnlyHumanCustomerMailIsAPrompt() {
    List<ThreadMessage> thread =
        List.of(
            agent("tiedote", "2025-03-10T08:00"),
            customer("kysymys", "2025-03-10T09:00"),
            autoReply("kuittaus", Role.AGENT, Direction.OUTBOUND, "2025-03-10T09:01"),
            of("sisäinen", Role.AGENT, Direction.INTERNAL, false, "2025-03-10T09:30", "kysymys"),
            of("järjestelmä", Role.SYSTEM, Direction.OUTBOUND, false, "2025-03-10T09:31"),
            autoReply("lomalla", Role.CUSTOMER, Direction.INBOUND, "2025-03-10T09:45"),
            agent("vastaus", "2025-03-10T10:00"),
            agent("päiväämätön", null));
    assertEquals(
        List.of(
            pair("tiedote", null, Basis.NONE),
            pair("vastaus", "kysymys", Basis.LATEST_BEFORE),
            pair("päiväämätön", null, Basis.NONE)),
        PromptPairer.pair(thread));
  }
}
