package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure cores of the thread stage: one thread's summary, and the link order of routing. */
class ThreadSummarizerTest {
  private static final ThreadSummarizer SUMMARIZER =
      new ThreadSummarizer(new ResponseTimes(BusinessClock.finnishDefault()));

  @Test
  void agentInitiatedThreadHasNoClockAndTakesTheFirstMessagesQuarter() {
    // A campaign mail on 31 March 23:30 UTC is already Q2 in Helsinki; the customer never answers.
    ThreadSummary t = SUMMARIZER.summarize(List.of(
        message("m1", "2026-03-31T23:30:00Z", "2026-Q2", "agent", "outbound", false, "fi")));
    assertNull(t.firstCustomerMessageAt());
    assertNull(t.firstResponseMinutes());
    assertFalse(t.unanswered());
    assertNull(t.language(), "no customer message, no thread language");
    assertEquals("2026-Q2", t.quarter());
    assertEquals(1, t.agentReplyCount(), "as in replies: an agent's first word is a reply without prompt");
  }

  @Test
  void customersQuarterWinsOverAnEarlierUndatedMessage() {
    ThreadSummary t = SUMMARIZER.summarize(List.of(
        message("m1", null, Quarters.UNKNOWN, "agent", "internal", false, "fi"),
        message("m2", "2026-07-01T06:00:00Z", "2026-Q3", "customer", "inbound", false, "sv")));
    assertEquals("2026-Q3", t.quarter());
    assertEquals("sv", t.language());
    assertEquals(1, t.customerMessageCount());
    assertEquals(2, t.messageCount());
  }

  @Test
  void customersOwnAutoReplyIsNotACustomerMessage() {
    ThreadSummary t = SUMMARIZER.summarize(List.of(
        message("m1", "2026-07-01T06:00:00Z", "2026-Q3", "customer", "inbound", true, "fi")));
    assertEquals(0, t.customerMessageCount());
    assertEquals(1, t.autoReplyCount());
    assertNull(t.firstCustomerMessageAt());
  }

  @Test
  void emptyOrMixedThreadIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SUMMARIZER.summarize(List.of()));
    AuditedMessage other = message("m2", null, Quarters.UNKNOWN, "agent", "internal", false, "fi").withThreadId("t_other");
    assertThrows(IllegalArgumentException.class, () -> SUMMARIZER.summarize(List.of(
        message("m1", null, Quarters.UNKNOWN, "agent", "internal", false, "fi"), other)));
  }

  @Test
  void linkOrderIsInReplyToThenReferencesNewestFirst() {
    AuditedMessage m = new AuditedMessage("k", "fwd@energia.fi", null, "f", "eml", "0", null, null,
        Quarters.UNKNOWN, "internal", "agent", null, null, null, null, null, "fi", false, 0, null, 0,
        0, 0, "text/plain", null, List.of("b@x"), List.of("a@x", "b@x"), "", true, null);
    assertEquals(List.of("b@x", "b@x", "a@x"), ThreadGroups.linkOrder(m));
    AuditedMessage bare = new AuditedMessage("k2", null, null, "f", "eml", "0", null, null,
        Quarters.UNKNOWN, "internal", "agent", null, null, null, null, null, "und", false, 0, null,
        0, 0, 0, "none", null, null, null, null, true, null);
    assertEquals(List.of(), ThreadGroups.linkOrder(bare), "absent headers are empty lists, not null");
  }

  static AuditedMessage message(String key, String utc, String quarter, String role,
      String direction, boolean auto, String language) {
    return new AuditedMessage(key, key + "@energia.example.fi", "t_1", "file:/vienti", "eml", "0",
        null, utc == null ? null : Instant.parse(utc), quarter, direction, role,
        role.equals("agent") ? "liisa.lahtinen@energia.example.fi" : null, null, null, null,
        role.equals("customer") ? "p_asiakas" : null, language, auto, 3, "Lasku", 0, 100, 0,
        "text/plain", auto ? "out_of_office" : null, List.of(), List.of(), "lasku", true, null);
  }
}
