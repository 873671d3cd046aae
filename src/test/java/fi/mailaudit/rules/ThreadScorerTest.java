package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.conversation.MessageText;
import fi.mailaudit.conversation.QuoteSplitter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules stage's core on single threads, no Spark: the thread's thanks columns and their edges. */
class ThreadScorerTest {
  private static final ThreadScorer SCORER = new ThreadScorer(RuleSet.finnish(), List.of());

  @Test
  void theEmptyThreadHasNoRepliesAndNoCustomerThanks() {
    ThreadScores s = SCORER.score("t_0", List.of());
    assertEquals(List.of(), s.replies());
    assertEquals(Map.of(RuleColumns.CUSTOMER_THANKED, false), s.threadFlags());
  }

  @Test
  void thanksWithoutAnyReplyIsNoReply() {
    ThreadScores s = SCORER.score("t_1", List.of(
        customer("k1", "2026-03-10T08:00:00Z", "fi", "Paketti tuli perille tänään. Kiitos nopeasta toimituksesta!")));
    assertEquals(true, s.threadFlags().get(RuleColumns.CUSTOMER_THANKED));
    assertEquals("no_reply", s.threadFlags().get(RuleColumns.THANKS_RECEPTION));
  }

  /** Near miss (seed 001): thanks in advance for help to come is not thanks for service given. */
  @Test
  void thanksInAdvanceIsNoThanks() {
    ThreadScores s = SCORER.score("t_2", List.of(
        customer("k2", "2026-03-10T08:00:00Z", "fi", "Voisitteko lähettää laskun uudelleen? Kiitos jo etukäteen avusta!")));
    assertEquals(false, s.threadFlags().get(RuleColumns.CUSTOMER_THANKED));
    assertTrue(s.threadFlags().containsKey(RuleColumns.THANKS_RECEPTION));
  }

  @Test
  void anEnglishCustomerIsNotScored() {
    ThreadScores s = SCORER.score("t_3", List.of(
        customer("k3", "2026-03-10T08:00:00Z", "en", "Thank you so much, everything works now!")));
    assertEquals(Map.of(), s.threadFlags());
    assertFalse(s.threadFlags().containsKey(RuleColumns.CUSTOMER_THANKED));
  }

  private static AuditedMessage customer(String key, String utc, String language, String body) {
    return new AuditedMessage(key, key + "@gmail.example.com", "t", "file:/vienti", "eml", "0", null,
        Instant.parse(utc), "2026-Q1", "inbound", "customer", null, null, null, null, "c_1", language,
        false, 10, "Tilaus", 0, 100, 0, "text/plain", null, List.of(), List.of(), "tilaus", true, null,
        MessageText.of(QuoteSplitter.split(body), "Maija"));
  }
}
