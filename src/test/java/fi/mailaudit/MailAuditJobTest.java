package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.output.Columns;
import fi.mailaudit.output.Manifest;
import fi.mailaudit.output.OutputDirectory;
import fi.mailaudit.output.OutputTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on a folder of hand-written Finnish EML files and one broken file: parse, roles,
 * threads, Parquet, manifest. Everything is read back from what the run committed.
 */
class MailAuditJobTest {
  @TempDir static Path work;

  private static Manifest manifest;
  private static Map<String, Row> messagesById;
  private static List<Row> threads;
  private static List<Row> rejects;
  private static Map<String, Row> repliesById;

  @BeforeAll
  static void runJob() throws IOException {
    Path input = Files.createDirectories(work.resolve("vienti"));
    eml(input, "01-kysymys.eml", """
        From: Matti Virtanen <matti.virtanen@gmail.example.com>
        To: asiakaspalvelu@energia.example.fi
        Subject: Laskun =?UTF-8?Q?er=C3=A4p=C3=A4iv=C3=A4?=
        Date: Fri, 13 Mar 2026 15:00:00 +0200
        Message-ID: <kysymys-1@gmail.example.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: 8bit

        Hei,

        voisitteko siirtää maaliskuun laskun eräpäivää kahdella viikolla? Palkka tulee vasta kuun lopussa.

        Terveisin
        Matti Virtanen
        """);
    eml(input, "02-poissa.eml", """
        From: Pekka Nieminen <pekka.nieminen@energia.example.fi>
        To: matti.virtanen@gmail.example.com
        Subject: Automaattinen vastaus: Laskun eräpäivä
        Date: Fri, 13 Mar 2026 15:00:40 +0200
        Message-ID: <poissa-1@energia.example.fi>
        In-Reply-To: <kysymys-1@gmail.example.com>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: 8bit

        Olen lomalla 20.3. asti. Kiireellisissä asioissa ota yhteyttä asiakaspalveluun.
        """);
    eml(input, "03-vastaus.eml", """
        From: Liisa Lahtinen <liisa.lahtinen@energia.example.fi>
        To: Matti Virtanen <matti.virtanen@gmail.example.com>
        Subject: VS: Laskun eräpäivä
        Date: Mon, 16 Mar 2026 09:30:00 +0200
        Message-ID: <vastaus-1@energia.example.fi>
        In-Reply-To: <kysymys-1@gmail.example.com>
        References: <kysymys-1@gmail.example.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: 8bit

        Hei Matti,

        siirsimme laskun eräpäivän 31.3. asti.

        Ystävällisin terveisin
        Liisa Lahtinen
        Energia Oy

        > voisitteko siirtää maaliskuun laskun eräpäivää kahdella viikolla?
        """);
    eml(input, "04-svenska.eml", """
        From: Anna Lindqvist <anna.lindqvist@example.ax>
        To: asiakaspalvelu@energia.example.fi
        Subject: Fakturan
        Date: Tue, 17 Mar 2026 10:00:00 +0200
        Message-ID: <fraga-1@example.ax>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8
        Content-Transfer-Encoding: 8bit

        Hej! Jag har inte fått min faktura för februari. Kan ni skicka den till mig igen?

        Med vänliga hälsningar
        Anna Lindqvist
        """);
    Files.write(input.resolve("05-rikki.eml"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 13, 10});
    Path key = Files.writeString(work.resolve("avain.txt"), "testiavain-ei-tuotantoon-1234567890");
    String output = work.resolve("tulos").toString();
    AuditOptions options = OptionsParser.parse(List.of("--input", input.toString(), "--output", output,
        "--company-domain", "energia.example.fi", "--pseudonym-key-file", key.toString(),
        "--master", "local[2]"));
    new MailAuditJob(options, System.err).run();

    OutputDirectory dir = OutputDirectory.open(output, new Configuration());
    manifest = dir.readManifest();
    var spark = SparkTestSession.get();
    messagesById = spark.read().parquet(dir.tablePath(OutputTable.MESSAGES)).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs(Columns.MESSAGE_ID), r -> r));
    threads = spark.read().parquet(dir.tablePath(OutputTable.THREADS)).collectAsList();
    rejects = spark.read().parquet(dir.tablePath(OutputTable.REJECTS)).collectAsList();
    repliesById = spark.read().parquet(dir.tablePath(OutputTable.REPLIES)).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs(Columns.MESSAGE_ID), r -> r));
  }

  @Test
  void repliesTableScoresTheHumanReplyAndCountsIt() {
    assertEquals(2, repliesById.size(), "Liisa's reply and Pekka's out-of-office");
    Row reply = repliesById.get("vastaus-1@energia.example.fi");
    assertTrue(reply.<Boolean>getAs(Columns.SCORED));
    assertEquals("kysymys-1@gmail.example.com", reply.getAs(Columns.PROMPT_MESSAGE_ID));
    assertEquals("named", reply.getAs(Columns.GREETING_KIND));
    assertEquals(false, reply.getAs(Columns.THANKS));
    assertEquals(1, reply.<Integer>getAs(Columns.QUESTIONS_ASKED));
    Row auto = repliesById.get("poissa-1@energia.example.fi");
    assertFalse(auto.<Boolean>getAs(Columns.SCORED));
    assertNull(auto.getAs(Columns.GREETING_KIND));
    assertEquals(1, manifest.counts().scored());
    assertEquals(OutputTable.REPLIES.schemaVersion(), manifest.schemaVersions().get("replies"));
  }

  @Test
  void manifestAccountsForEveryItem() {
    Manifest.Counts c = manifest.counts();
    assertEquals(5, c.found());
    assertEquals(4, c.parsed());
    assertEquals(1, c.rejected());
    assertEquals(c.found(), c.parsed() + c.rejected());
    assertEquals(4, c.unique());
    assertEquals(1, c.notFinnish(), "the Swedish customer message; the auto-reply is not counted");
    for (Manifest.InputEntry entry : manifest.inputs()) {
      assertEquals(entry.found(), entry.parsed() + entry.rejected(), entry.path());
    }
    assertEquals(OutputTable.THREADS.schemaVersion(), manifest.schemaVersions().get("threads"));
  }

  @Test
  void brokenFileIsARejectWithItsName() {
    assertEquals(1, rejects.size());
    assertTrue(rejects.get(0).<String>getAs(Columns.SOURCE_FILE).endsWith("05-rikki.eml"));
  }

  @Test
  void messagesCarryThreadLanguageAndAutoReplyFlag() {
    assertEquals(4, messagesById.size());
    Row question = messagesById.get("kysymys-1@gmail.example.com");
    Row auto = messagesById.get("poissa-1@energia.example.fi");
    Row reply = messagesById.get("vastaus-1@energia.example.fi");
    Row swedish = messagesById.get("fraga-1@example.ax");
    assertEquals(question.<String>getAs(Columns.THREAD_ID), reply.getAs(Columns.THREAD_ID));
    assertEquals(question.<String>getAs(Columns.THREAD_ID), auto.getAs(Columns.THREAD_ID));
    assertFalse(swedish.<String>getAs(Columns.THREAD_ID).equals(question.getAs(Columns.THREAD_ID)));
    assertEquals("fi", question.getAs(Columns.LANGUAGE));
    assertEquals("sv", swedish.getAs(Columns.LANGUAGE));
    assertTrue(auto.<Boolean>getAs(Columns.IS_AUTO_REPLY));
    assertFalse(reply.<Boolean>getAs(Columns.IS_AUTO_REPLY));
    assertEquals("Laskun eräpäivä", question.getAs(Columns.SUBJECT));
    assertEquals("2026-Q1", question.getAs(Columns.QUARTER));
    assertNull(question.getAs(Columns.AGENT_EMAIL));
  }

  @Test
  void threadsTableTimesTheReplyAndFlagsTheUnanswered() {
    assertEquals(2, threads.size());
    Row matti = byThread(messagesById.get("kysymys-1@gmail.example.com").getAs(Columns.THREAD_ID));
    assertEquals(3, matti.<Integer>getAs(Columns.MESSAGE_COUNT));
    assertEquals(2 * 24 * 60 + 18 * 60 + 30, matti.<Double>getAs(Columns.FIRST_RESPONSE_MINUTES), 1e-9);
    assertEquals(60 + 90, matti.<Double>getAs(Columns.FIRST_RESPONSE_BUSINESS_MINUTES), 1e-9);
    assertFalse(matti.<Boolean>getAs(Columns.UNANSWERED));
    assertEquals("liisa.lahtinen@energia.example.fi", matti.getAs(Columns.AGENT_EMAIL));
    assertEquals(0, matti.<Integer>getAs(Columns.PROMISES_MADE), "the reply promises nothing");
    assertFalse(matti.<Boolean>getAs(Columns.CUSTOMER_THANKED), "Matti asked, he did not thank");
    assertNull(matti.getAs(Columns.THANKS_RECEPTION));
    Row anna = byThread(messagesById.get("fraga-1@example.ax").getAs(Columns.THREAD_ID));
    assertTrue(anna.<Boolean>getAs(Columns.UNANSWERED));
    assertNull(anna.getAs(Columns.FIRST_RESPONSE_MINUTES));
    assertEquals("sv", anna.getAs(Columns.LANGUAGE));
    assertNull(anna.getAs(Columns.CUSTOMER_THANKED), "Swedish: the Finnish rules did not read it");
    assertEquals("2026-Q1", anna.getAs(Columns.QUARTER));
  }

  private static Row byThread(String threadId) {
    return threads.stream().filter(r -> threadId.equals(r.getAs(Columns.THREAD_ID))).findFirst().orElseThrow();
  }

  private static void eml(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
  }
}
