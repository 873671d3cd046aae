package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.SparkTestSession;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The thread stage on a shared local Spark session, from parsed messages through the conversation
 * stage: an energy company's customer service (company domain energia.example.fi), March 2026.
 */
class ThreadStageTest {
  private static final String COMPANY = "energia.example.fi";
  private static final Pseudonymizer PSEUDONYMS =
      new Pseudonymizer("testiavain-ei-tuotantoon-1234567890".getBytes(StandardCharsets.UTF_8));
  private static final ThreadStage.Settings SETTINGS =
      new ThreadStage.Settings(
          new BusinessClock(BusinessClock.DEFAULT_ZONE, LocalTime.of(8, 0), LocalTime.of(16, 0),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
          ThreadBuilder.DEFAULT_WINDOW);

  private static Map<String, AuditedMessage> messages;
  private static Map<String, ThreadSummary> threads;

  @BeforeAll
  static void run() {
    List<ReadResult> input = List.of(
        // Friday 15:00: Matti asks; the reply comes on Monday from a client that dropped References.
        mail("matti-1@gmail.example.com", "2026-03-13T13:00:00Z",
            from("Matti Virtanen", "matti.virtanen@gmail.example.com"), "asiakaspalvelu@" + COMPANY,
            "Laskun eräpäivä", "Hei,\n\nvoisitteko siirtää maaliskuun laskun eräpäivää kahdella viikolla? "
                + "Palkka tulee vasta kuun lopussa.\n\nTerveisin\nMatti Virtanen", Map.of()),
        // Pekka's out-of-office answers at once: it must not stop the clock.
        mail("ooo-1@" + COMPANY, "2026-03-13T13:00:40Z",
            from("Pekka Nieminen", "pekka.nieminen@" + COMPANY), "matti.virtanen@gmail.example.com",
            "Automaattinen vastaus: Laskun eräpäivä",
            "Olen lomalla 20.3. asti. Kiireellisissä asioissa ota yhteyttä asiakaspalveluun.",
            Map.of("auto-submitted", List.of("auto-replied")), "matti-1@gmail.example.com"),
        // Liisa forwards it internally; its References name Matti's mail, so it joins his thread.
        mail("fwd-1@" + COMPANY, "2026-03-13T13:30:00Z",
            from("Liisa Lahtinen", "liisa.lahtinen@" + COMPANY), "laskutus@" + COMPANY,
            "VL: Laskun eräpäivä", "Voitko tarkistaa, onnistuuko siirto?\n\n-----Alkuperäinen viesti-----\n"
                + "Lähettäjä: Matti Virtanen\nAihe: Laskun eräpäivä\n\nvoisitteko siirtää", Map.of(),
            "matti-1@gmail.example.com"),
        // Monday 09:30, no In-Reply-To, no References: found by subject and customer.
        mail("reply-1@" + COMPANY, "2026-03-16T07:30:00Z",
            from("Liisa Lahtinen", "liisa.lahtinen@" + COMPANY), "matti.virtanen@gmail.example.com",
            "VS: Laskun eräpäivä", "Hei Matti,\n\nsiirsimme laskun eräpäivän 31.3. asti.\n\n"
                + "Ystävällisin terveisin\nLiisa Lahtinen\nEnergia Oy\n\n"
                + "> voisitteko siirtää maaliskuun laskun eräpäivää kahdella viikolla?", Map.of()),
        // Another customer, the same subject the next day: a thread of her own, unanswered.
        mail("maija-1@elisa.example.fi", "2026-03-17T08:00:00Z",
            from("Maija Korhonen", "maija.korhonen@elisa.example.fi"), "asiakaspalvelu@" + COMPANY,
            "Laskun eräpäivä", "Hei! Laskussani on väärä eräpäivä, se on jo mennyt. Mitä teen?",
            Map.of()),
        // An English customer: counted, not scored.
        mail("john-1@example.org", "2026-03-18T09:00:00Z",
            from("John Smith", "john.smith@example.org"), "asiakaspalvelu@" + COMPANY,
            "Invoice question", "Hello, I cannot find my invoice in the online service. "
                + "Could you please send it to me again?", Map.of()));
    MessageAuditor.Settings auditor = new MessageAuditor.Settings(
        new RoleResolver(Set.of(COMPANY), Roster.empty(), BusinessClock.DEFAULT_ZONE),
        PSEUDONYMS, BusinessClock.DEFAULT_ZONE);
    var read = SparkTestSession.context().parallelize(input, 2);
    var threaded = ThreadStage.assignThreads(ConversationStage.uniqueMessages(read, auditor, 3), SETTINGS).cache();
    messages = threaded.collect().stream()
        .collect(Collectors.toMap(AuditedMessage::messageId, Function.identity()));
    threads = ThreadStage.summarize(threaded, SETTINGS).collect().stream()
        .collect(Collectors.toMap(ThreadSummary::threadId, Function.identity()));
  }

  @Test
  void everyMessageComesOutOnceWithAThreadId() {
    assertEquals(6, messages.size());
    messages.values().forEach(m -> assertTrue(m.threadId().startsWith("t_"), m.messageId()));
  }

  @Test
  void replyWithoutReferencesOutOfOfficeAndInternalForwardJoinTheCustomersThread() {
    String matti = messages.get("matti-1@gmail.example.com").threadId();
    for (String id : List.of("ooo-1@" + COMPANY, "fwd-1@" + COMPANY, "reply-1@" + COMPANY)) {
      assertEquals(matti, messages.get(id).threadId(), id);
    }
    assertNull(messages.get("fwd-1@" + COMPANY).customerPseudonym(), "internal mail has no customer");
  }

  @Test
  void sameSubjectFromAnotherCustomerIsAnotherThread() {
    assertNotEquals(messages.get("matti-1@gmail.example.com").threadId(),
        messages.get("maija-1@elisa.example.fi").threadId());
    assertEquals(3, new LinkedHashSet<>(messages.values().stream().map(AuditedMessage::threadId).toList()).size(),
        "Matti's four messages share one thread; Maija and John have one each");
    assertEquals(3, threads.size());
  }

  @Test
  void languagesAreOfTheNewText() {
    assertEquals("fi", messages.get("matti-1@gmail.example.com").language());
    assertEquals("fi", messages.get("reply-1@" + COMPANY).language());
    assertEquals("fi", messages.get("maija-1@elisa.example.fi").language());
    assertEquals("en", messages.get("john-1@example.org").language());
  }

  @Test
  void onlyTheOutOfOfficeIsAnAutoReply() {
    for (AuditedMessage m : messages.values()) {
      assertEquals(m.messageId().startsWith("ooo-"), m.isAutoReply(), m.messageId());
    }
    assertEquals("out_of_office", messages.get("ooo-1@" + COMPANY).autoReplyKind());
  }

  @Test
  void wordCountLeavesOutGreetingSignatureAndQuote() {
    AuditedMessage reply = messages.get("reply-1@" + COMPANY);
    // "siirsimme laskun eräpäivän 31.3. asti." — 31 and 3 are two runs of digits.
    assertEquals(6, reply.wordCount());
  }

  @Test
  void customersThreadIsTimedAcrossTheWeekend() {
    ThreadSummary t = threads.get(messages.get("matti-1@gmail.example.com").threadId());
    assertEquals(Instant.parse("2026-03-13T13:00:00Z"), t.firstCustomerMessageAt());
    assertEquals(Instant.parse("2026-03-16T07:30:00Z"), t.firstResponseAt());
    // Fri 15:00 → Mon 09:30 Helsinki: 2 d 18 h 30 min on the wall clock; open Fri 15–16, Mon 8–9:30.
    assertEquals(2 * 24 * 60 + 18 * 60 + 30, t.firstResponseMinutes(), 1e-9);
    assertEquals(60 + 90, t.firstResponseBusinessMinutes(), 1e-9);
    assertFalse(t.unanswered());
    assertEquals(4, t.messageCount());
    assertEquals(1, t.customerMessageCount());
    assertEquals(1, t.agentReplyCount());
    assertEquals(1, t.autoReplyCount());
    assertEquals("liisa.lahtinen@" + COMPANY, t.agentEmail());
    assertEquals(SenderIdentity.UNKNOWN, t.department());
    assertEquals("fi", t.language());
    assertEquals(PSEUDONYMS.pseudonym("matti.virtanen@gmail.example.com"), t.customerPseudonym());
    assertEquals("2026-Q1", t.quarter());
  }

  @Test
  void customerWithoutReplyIsUnanswered() {
    ThreadSummary t = threads.get(messages.get("maija-1@elisa.example.fi").threadId());
    assertTrue(t.unanswered());
    assertNull(t.firstResponseAt());
    assertNull(t.firstResponseMinutes());
    assertNull(t.firstResponseBusinessMinutes());
    assertNull(t.agentEmail());
    assertEquals(1, t.messageCount());
    assertEquals("en", threads.get(messages.get("john-1@example.org").threadId()).language());
  }

  @Test
  void emptyInputGivesNoThreads() {
    var none = SparkTestSession.context().<AuditedMessage>emptyRDD();
    var threaded = ThreadStage.assignThreads(none, SETTINGS);
    assertEquals(0, threaded.count());
    assertEquals(0, ThreadStage.summarize(threaded, SETTINGS).count());
  }

  private static Address from(String name, String email) {
    return new Address(name, email);
  }

  static ParsedMessage mail(String id, String utc, Address from, String to, String subject,
      String body, Map<String, List<String>> extraHeaders, String... references) {
    Map<String, List<String>> headers = new LinkedHashMap<>(extraHeaders);
    headers.put("subject", List.of(subject));
    return new ParsedMessage(
        new SourceRef("file:/arkisto/asiakaspalvelu.mbox", InputFormat.MBOX, "@" + id.hashCode(), null),
        id, List.of(references).isEmpty() ? List.of() : List.of(references[references.length - 1]),
        List.of(references), from, List.of(new Address(null, to)), List.of(), Instant.parse(utc),
        subject, headers, body, "text/plain", List.of(), body.getBytes(StandardCharsets.UTF_8).length);
  }
}
