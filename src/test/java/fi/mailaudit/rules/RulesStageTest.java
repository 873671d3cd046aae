package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.SparkTestSession;
import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.conversation.BusinessClock;
import fi.mailaudit.conversation.ConversationStage;
import fi.mailaudit.conversation.MessageAuditor;
import fi.mailaudit.conversation.Pseudonymizer;
import fi.mailaudit.conversation.RoleResolver;
import fi.mailaudit.conversation.Roster;
import fi.mailaudit.conversation.ThreadBuilder;
import fi.mailaudit.conversation.ThreadStage;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.output.Columns;
import fi.mailaudit.output.RepliesTable;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules stage on the shared local Spark session, from parsed mail through the conversation and
 * thread stages to {@code replies} rows: a fibre operator's customer service (kuitu.example.fi),
 * one Finnish thread where the customer's thanks is brushed off (seed 001), an out-of-office
 * auto-reply, and a Swedish exchange that is counted but not scored.
 */
class RulesStageTest {
  private static final String COMPANY = "kuitu.example.fi";
  private static final String MATTI = "matti.virtanen@gmail.example.com";

  private static Map<String, ScoredReply> replies;
  private static Map<String, Row> rows;
  private static Map<String, ThreadScores> threads;

  @BeforeAll
  static void run() {
    List<ReadResult> input = List.of(
        mail("kysymys@gmail.example.com", "2026-03-10T08:00:00Z", "Matti Virtanen", MATTI,
            "asiakaspalvelu@" + COMPANY, "Nettiyhteys katkeilee", """
            Hei,

            nettiyhteys katkeilee joka ilta kahdeksan jälkeen. Voisitteko tarkistaa linjan?

            Terveisin
            Matti Virtanen""", null),
        mail("poissa@" + COMPANY, "2026-03-10T08:00:30Z", "Pekka Nieminen", "pekka.nieminen@" + COMPANY,
            MATTI, "Automaattinen vastaus: Nettiyhteys katkeilee",
            "Olen lomalla 20.3. asti. Kiireellisissä asioissa ota yhteyttä asiakaspalveluun.",
            "kysymys@gmail.example.com"),
        mail("vastaus@" + COMPANY, "2026-03-10T10:00:00Z", "Liisa Lahtinen", "liisa.lahtinen@" + COMPANY,
            MATTI, "VS: Nettiyhteys katkeilee", """
            Hei Matti,

            kiitos viestistäsi! Tarkistin linjan, ja siinä oli vika, jonka korjasimme tänään.

            Ystävällisin terveisin
            Liisa Lahtinen
            Kuitu Oy

            > Voisitteko tarkistaa linjan?""", "kysymys@gmail.example.com"),
        mail("kiitos@gmail.example.com", "2026-03-10T12:00:00Z", "Matti Virtanen", MATTI,
            "asiakaspalvelu@" + COMPANY, "VS: Nettiyhteys katkeilee",
            "Kiitos paljon nopeasta avusta! Yhteys toimii taas.\n\nMatti", "vastaus@" + COMPANY),
        mail("eipa@" + COMPANY, "2026-03-10T13:00:00Z", "Liisa Lahtinen", "liisa.lahtinen@" + COMPANY,
            MATTI, "VS: Nettiyhteys katkeilee", "Eipä mitään, tätähän varten täällä ollaan.\n\nLiisa",
            "kiitos@gmail.example.com"),
        mail("fraga@example.ax", "2026-03-11T09:00:00Z", "Anna Lindqvist", "anna.lindqvist@example.ax",
            "asiakaspalvelu@" + COMPANY, "Fakturan",
            "Hej! Jag har inte fått min faktura för februari. Kan ni skicka den till mig igen?", null),
        mail("svar@" + COMPANY, "2026-03-11T10:00:00Z", "Liisa Lahtinen", "liisa.lahtinen@" + COMPANY,
            "anna.lindqvist@example.ax", "SV: Fakturan",
            "Hej Anna! Tack för ditt meddelande. Vi har skickat fakturan till dig på nytt i dag.",
            "fraga@example.ax"));
    MessageAuditor.Settings auditor = new MessageAuditor.Settings(
        new RoleResolver(Set.of(COMPANY), Roster.empty(), BusinessClock.DEFAULT_ZONE),
        new Pseudonymizer("testiavain-ei-tuotantoon-1234567890".getBytes(StandardCharsets.UTF_8)),
        BusinessClock.DEFAULT_ZONE);
    ThreadStage.Settings threadSettings = new ThreadStage.Settings(
        new BusinessClock(BusinessClock.DEFAULT_ZONE, LocalTime.of(8, 0), LocalTime.of(16, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
        ThreadBuilder.DEFAULT_WINDOW);
    JavaRDD<AuditedMessage> threaded = ThreadStage.assignThreads(
        ConversationStage.uniqueMessages(SparkTestSession.context().parallelize(input, 2), auditor, 2),
        threadSettings);
    JavaRDD<ThreadScores> scores =
        RulesStage.score(threaded, new RulesStage.Settings(List.of("Kuitu 1000"))).cache();
    replies = new HashMap<>();
    threads = new HashMap<>();
    for (ThreadScores s : scores.collect()) {
      threads.put(s.threadId(), s);
      s.replies().forEach(r -> replies.put(r.messageId(), r));
    }
    rows = new HashMap<>();
    var frame = SparkTestSession.get().createDataFrame(
        scores.flatMap(s -> s.replies().iterator()).map(RepliesTable::toRow), RepliesTable.SCHEMA);
    frame.collectAsList().forEach(r -> rows.put(r.getAs(Columns.MESSAGE_ID), r));
  }

  @Test
  void everyAgentMailToACustomerIsARowAndOnlyFinnishHumanRepliesAreScored() {
    assertEquals(Set.of("poissa@" + COMPANY, "vastaus@" + COMPANY, "eipa@" + COMPANY, "svar@" + COMPANY),
        replies.keySet());
    assertFalse(replies.get("poissa@" + COMPANY).scored(), "an out-of-office is not scored");
    assertFalse(replies.get("svar@" + COMPANY).scored(), "Swedish is counted, not scored");
    assertTrue(replies.get("vastaus@" + COMPANY).scored());
    assertTrue(replies.get("eipa@" + COMPANY).scored());
    Row swedish = rows.get("svar@" + COMPANY);
    assertFalse(swedish.<Boolean>getAs(Columns.SCORED));
    assertNull(swedish.getAs(Columns.GREETING_KIND));
    assertNull(swedish.getAs(Columns.THANKS));
  }

  @Test
  void namedGreetingAndThanksForTheContactReachTheirColumns() {
    Row reply = rows.get("vastaus@" + COMPANY);
    assertEquals("kysymys@gmail.example.com", reply.getAs(Columns.PROMPT_MESSAGE_ID));
    assertEquals("named", reply.getAs(Columns.GREETING_KIND));
    assertEquals(0, reply.<Integer>getAs(Columns.B1_POINTS));
    assertTrue(reply.<Boolean>getAs(Columns.THANKS));
    assertTrue(reply.<Boolean>getAs(Columns.THANKS_FOR_CONTACT));
    assertEquals(1, reply.<Integer>getAs(Columns.QUESTIONS_ASKED));
    assertEquals(1, reply.<Integer>getAs(Columns.QUESTIONS_ADDRESSED));
    // "kiitos viestistäsi": the reply uses sinuttelu (RegisterRule, B3).
    assertEquals("informal", reply.getAs(Columns.REPLY_REGISTER));
    scala.collection.Map<String, String> evidence = reply.getAs(Columns.EVIDENCE);
    assertEquals("Hei [asiakas],", evidence.apply(RuleColumns.GREETING_KIND), "the customer's name is masked");
    assertTrue(evidence.apply(RuleColumns.THANKS_FOR_CONTACT).contains("kiitos viestistäsi"));
  }

  @Test
  void aBrushedOffThanksIsDismissiveOnTheReplyAndTheThread() {
    Row brushOff = rows.get("eipa@" + COMPANY);
    assertEquals("none", brushOff.getAs(Columns.GREETING_KIND));
    assertEquals(2, brushOff.<Integer>getAs(Columns.B1_POINTS));
    assertEquals(2, brushOff.<Integer>getAs(Columns.BINGO_POINTS), "B1 2 + B4 0 so far");
    assertTrue(brushOff.<Boolean>getAs(Columns.CUSTOMER_THANKED));
    assertEquals("dismissive", brushOff.getAs(Columns.THANKS_RECEPTION));
    ThreadScores thread = threads.get(replies.get("eipa@" + COMPANY).threadId());
    assertEquals(Boolean.TRUE, thread.threadFlags().get(RuleColumns.CUSTOMER_THANKED));
    assertEquals("dismissive", thread.threadFlags().get(RuleColumns.THANKS_RECEPTION));
  }

  @Test
  void aSwedishThreadHasNoThanksColumnsAndNoEvidenceNamesAnAddress() {
    ThreadScores swedish = threads.get(replies.get("svar@" + COMPANY).threadId());
    assertEquals(Map.of(), swedish.threadFlags());
    for (Row row : rows.values()) {
      scala.collection.Map<String, String> evidence = row.getAs(Columns.EVIDENCE);
      evidence.values().foreach(text -> {
        assertFalse(text.contains("@"), text);
        return null;
      });
    }
  }

  private static ParsedMessage mail(String id, String utc, String name, String from, String to,
      String subject, String body, String inReplyTo) {
    List<String> refs = inReplyTo == null ? List.of() : List.of(inReplyTo);
    Map<String, List<String>> headers = new HashMap<>(Map.of("subject", List.of(subject)));
    if (subject.startsWith("Automaattinen vastaus")) {
      headers.put("auto-submitted", List.of("auto-replied"));
    }
    return new ParsedMessage(
        new SourceRef("file:/arkisto/kuitu.mbox", InputFormat.MBOX, "@" + id.hashCode(), null),
        id, refs, refs, new Address(name, from), List.of(new Address(null, to)), List.of(),
        Instant.parse(utc), subject, headers, body, "text/plain", List.of(),
        body.getBytes(StandardCharsets.UTF_8).length);
  }
}
