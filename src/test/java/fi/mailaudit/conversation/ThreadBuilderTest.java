package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThreadBuilderTest {
  private static final String MATTI = "c_matti";
  private static final String LIISA = "c_liisa";
  private static final Instant MONDAY = Instant.parse("2025-03-10T07:15:00Z");

  /** A message {@code hours} after Monday morning; ids are keys with "@lumivalo.fi". */
  private static ThreadCandidate msg(
      String key, String subject, String customer, int hours, List<String> inReplyTo, List<String> refs) {
    return new ThreadCandidate(
        key,
        key + "@mail.lumivalo.fi",
        inReplyTo.stream().map(k -> k + "@mail.lumivalo.fi").toList(),
        refs.stream().map(k -> k + "@mail.lumivalo.fi").toList(),
        SubjectNormalizer.normalize(subject),
        customer,
        MONDAY.plus(Duration.ofHours(hours)));
  }

  private static ThreadCandidate bare(String key, String subject, String customer, int hours) {
    return new ThreadCandidate(
        key, null, List.of(), List.of(), SubjectNormalizer.normalize(subject), customer,
        MONDAY.plus(Duration.ofHours(hours)));
  }

  private static Map<String, ThreadAssignment> build(List<ThreadCandidate> messages) {
    Map<String, ThreadAssignment> byKey = new HashMap<>();
    new ThreadBuilder().build(messages).forEach(t -> byKey.put(t.messageKey(), t));
    assertEquals(messages.size(), byKey.size());
    return byKey;
  }

  @Test
  void emptyInputGivesNoThreads() {
    assertTrue(new ThreadBuilder().build(List.of()).isEmpty());
  }

  @Test
  void headerChainIsOneThreadNamedAfterItsRoot() {
    Map<String, ThreadAssignment> t =
        build(
            List.of(
                msg("a3", "Re: Re: VL: Tilaus 12345", MATTI, 30, List.of("a2"), List.of("a1", "a2")),
                msg("a1", "Tilaus 12345", MATTI, 0, List.of(), List.of()),
                msg("a2", "Re: Tilaus 12345", MATTI, 2, List.of("a1"), List.of("a1"))));
    String id = ThreadBuilder.threadId("a1");
    for (String key : List.of("a1", "a2", "a3")) {
      assertEquals(id, t.get(key).threadId(), key);
      assertEquals("a1", t.get(key).rootMessageKey());
      assertFalse(t.get(key).joinedBySubject());
    }
    assertTrue(id.matches("t_[0-9a-f]{20}"), id);
  }

  @Test
  void replyWhoseClientDroppedReferencesJoinsBySubject() {
    Map<String, ThreadAssignment> t =
        build(
            List.of(
                bare("q", "Lasku erääntynyt", MATTI, 0),
                bare("r", "VS: Lasku erääntynyt", MATTI, 5),
                msg("s", "VS: VS: Lasku erääntynyt", MATTI, 26, List.of("x"), List.of())));
    assertEquals(t.get("q").threadId(), t.get("r").threadId());
    assertTrue(t.get("r").joinedBySubject());
    // s names a parent missing from the archive: nothing joins it by header, so the subject does
    assertEquals(t.get("q").threadId(), t.get("s").threadId());
    assertTrue(t.get("s").joinedBySubject());
  }

  @Test
  void replyWithoutHeadersJoinsEvenWhenTheCustomersAnswerLinksToIt() {
    // Outlook dropped In-Reply-To on the agent's reply; the customer's answer names that reply.
    Map<String, ThreadAssignment> t =
        build(
            List.of(
                bare("kysymys", "Wifi ei kuulu yläkertaan", MATTI, 0),
                msg("vastaus", "VS: Wifi ei kuulu yläkertaan", MATTI, 1, List.of(), List.of()),
                msg("jatko", "Re: Wifi ei kuulu yläkertaan", MATTI, 2, List.of("vastaus"), List.of("vastaus")),
                msg("toinen", "VS: Wifi ei kuulu yläkertaan", MATTI, 3, List.of("jatko"), List.of("vastaus", "jatko"))));
    for (String key : List.of("vastaus", "jatko", "toinen")) {
      assertEquals(t.get("kysymys").threadId(), t.get(key).threadId(), key);
    }
    assertTrue(t.get("vastaus").joinedBySubject());
  }

  @Test
  void twoCustomersWithTheSameSubjectNeverShareAThread() {
    Map<String, ThreadAssignment> t =
        build(
            List.of(
                bare("matti-1", "Lasku erääntynyt", MATTI, 0),
                bare("liisa-1", "Lasku erääntynyt", LIISA, 1),
                bare("agent-to-matti", "VS: Lasku erääntynyt", MATTI, 3),
                bare("agent-to-liisa", "VS: Lasku erääntynyt", LIISA, 4)));
    assertEquals(t.get("matti-1").threadId(), t.get("agent-to-matti").threadId());
    assertEquals(t.get("liisa-1").threadId(), t.get("agent-to-liisa").threadId());
    assertNotEquals(t.get("matti-1").threadId(), t.get("liisa-1").threadId());
  }

  @Test
  void carelessReplyToAnotherCustomersMailStaysWithItsOwnCustomer() {
    // The agent answered Liisa by pressing "reply" on Matti's mail and changing the recipient.
    Map<String, ThreadAssignment> t =
        build(
            List.of(
                msg("matti-1", "Lasku erääntynyt", MATTI, 0, List.of(), List.of()),
                msg("liisa-1", "Lasku erääntynyt", LIISA, 1, List.of(), List.of()),
                msg("to-liisa", "VS: Lasku erääntynyt", LIISA, 3, List.of("matti-1"), List.of("matti-1")),
                msg("matti-2", "VS: Lasku erääntynyt", MATTI, 5, List.of("matti-1"), List.of("matti-1"))));
    assertEquals(t.get("liisa-1").threadId(), t.get("to-liisa").threadId());
    assertTrue(t.get("to-liisa").joinedBySubject());
    assertEquals(t.get("matti-1").threadId(), t.get("matti-2").threadId());
    assertNotEquals(t.get("matti-1").threadId(), t.get("liisa-1").threadId());
  }

  @Test
  void repliesToAMissingRootMeetThroughItsId() {
    Map<String, ThreadAssignment> t =
        build(
            List.of(
                msg("b2", "Re: Osoitteenmuutos", MATTI, 1, List.of("b1"), List.of("b1")),
                msg("b3", "Re: Re: Osoitteenmuutos", null, 2, List.of(), List.of("b1", "b2")),
                msg("b4", "Osoitteenmuutos / uusi", MATTI, 3, List.of("b1"), List.of())));
    assertEquals(t.get("b2").threadId(), t.get("b3").threadId());
    assertEquals(t.get("b2").threadId(), t.get("b4").threadId());
    assertEquals("b2", t.get("b4").rootMessageKey());
  }

  @Test
  void loopingAndSelfReferencesAreHarmless() {
    Map<String, ThreadAssignment> t =
        build(
            List.of(
                msg("c1", "Palautus", MATTI, 0, List.of("c2"), List.of("c1", "c2")),
                msg("c2", "Re: Palautus", MATTI, 1, List.of("c1"), List.of("c2", "c1", "c2")),
                msg("c3", "Re: Palautus", MATTI, 2, List.of("c3"), List.of("c3"))));
    assertEquals(t.get("c1").threadId(), t.get("c2").threadId());
    // c3 only names itself: no header link, so it joins by subject
    assertEquals(t.get("c1").threadId(), t.get("c3").threadId());
    assertTrue(t.get("c3").joinedBySubject());
  }

  @Test
  void subjectFallbackHonoursTheWindowFromTheLatestMessage() {
    List<ThreadCandidate> messages =
        List.of(
            bare("d1", "Kysymys sopimuksesta", MATTI, 0),
            bare("d2", "VS: Kysymys sopimuksesta", MATTI, 13 * 24),
            bare("d3", "VS: Kysymys sopimuksesta", MATTI, 27 * 24),
            bare("d4", "VS: Kysymys sopimuksesta", MATTI, 42 * 24));
    Map<String, ThreadAssignment> t = build(messages);
    assertEquals(t.get("d1").threadId(), t.get("d2").threadId());
    assertEquals(t.get("d1").threadId(), t.get("d3").threadId());
    assertEquals("d4", t.get("d4").rootMessageKey());
    List<ThreadAssignment> narrow = new ThreadBuilder(Duration.ofDays(7)).build(messages);
    assertEquals(4, narrow.stream().map(ThreadAssignment::threadId).distinct().count());
  }

  @Test
  void noFallbackWithoutSubjectCustomerOrDate() {
    List<ThreadCandidate> messages =
        List.of(
            bare("e1", "", MATTI, 0),
            bare("e2", "Re:", MATTI, 1),
            bare("e3", "Tarjous", null, 2),
            bare("e4", "Re: Tarjous", null, 3),
            new ThreadCandidate("e5", null, null, null, "tarjous", MATTI, null),
            bare("e6", "Tarjous", MATTI, 4));
    assertEquals(6, new ThreadBuilder().build(messages).stream().map(ThreadAssignment::threadId).distinct().count());
  }

  @Test
  void threadIdsDoNotDependOnInputOrder() {
    List<ThreadCandidate> messages = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String customer = i % 3 == 0 ? MATTI : LIISA;
      messages.add(
          i % 4 == 0
              ? bare("k" + i, "VS: Tilaus " + (i % 5), customer, i)
              : msg("k" + i, "Re: Tilaus " + (i % 5), customer, i, List.of("k" + (i / 2)), List.of()));
    }
    Map<String, ThreadAssignment> first = build(messages);
    Collections.shuffle(messages, new Random(20250620));
    assertEquals(first, build(messages));
    assertTrue(first.values().stream().map(ThreadAssignment::threadId).distinct().count() > 1);
  }

  @Test
  void duplicateKeysAreRefused() {
    List<ThreadCandidate> twice = List.of(bare("f", "Lasku", MATTI, 0), bare("f", "Lasku", MATTI, 1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ThreadBuilder().build(twice));
    assertEquals("message key f occurs twice", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ThreadBuilder(Duration.ofDays(-1)));
  }
}
