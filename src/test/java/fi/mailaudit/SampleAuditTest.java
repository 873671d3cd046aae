package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.output.Columns;
import fi.mailaudit.output.OutputDirectory;
import fi.mailaudit.output.OutputTable;
import fi.mailaudit.sampledata.CorpusFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end run on {@code sample-data/} (the README's first command) compared with the ground
 * truth its generator wrote in {@code sample-data/labels/}: who wrote each message, in which
 * language, whether it is an auto-reply, which conversation it belongs to, which threads went
 * unanswered. The labels are the generator's intent, written before any of this code existed.
 */
class SampleAuditTest {
  @TempDir static Path tmp;
  private static OutputDirectory output;
  private static Map<String, Row> messagesById;
  private static Map<String, Row> threadsById;
  private static Map<String, Row> repliesByKey;
  private static List<Map<String, String>> messageLabels;
  private static List<Map<String, String>> threadLabels;

  @BeforeAll
  static void runTheSample() throws IOException {
    Path out = tmp.resolve("out");
    AuditOptions options = OptionsParser.parse(List.of("--config", "sample-data/audit.yaml",
        "--output", out.toString(), "--master", "local[2]"));
    new MailAuditJob(options, new PrintStream(PrintStream.nullOutputStream())).run();
    output = OutputDirectory.open(out.toString(), new org.apache.hadoop.conf.Configuration());
    var spark = SparkTestSession.get();
    messagesById = new HashMap<>();
    for (Row row : spark.read().parquet(output.tablePath(OutputTable.MESSAGES)).collectAsList()) {
      messagesById.put(row.getAs(Columns.MESSAGE_ID), row);
    }
    threadsById = new HashMap<>();
    for (Row row : spark.read().parquet(output.tablePath(OutputTable.THREADS)).collectAsList()) {
      threadsById.put(row.getAs(Columns.THREAD_ID), row);
    }
    repliesByKey = new HashMap<>();
    for (Row row : spark.read().parquet(output.tablePath(OutputTable.REPLIES)).collectAsList()) {
      repliesByKey.put(row.getAs(Columns.MESSAGE_KEY), row);
    }
    messageLabels = csv(Path.of("sample-data/labels/messages.csv"));
    threadLabels = csv(Path.of("sample-data/labels/threads.csv"));
  }

  @Test
  void everyLabelledMessageIsReadOnceWithItsRole() throws IOException {
    var manifest = output.readManifest();
    assertEquals(manifest.counts().found(), manifest.counts().parsed() + manifest.counts().rejected());
    assertEquals(0, manifest.counts().rejected());
    assertEquals(messageLabels.stream().map(l -> l.get("message_id")).distinct().count(), messagesById.size());
    List<String> wrong = new ArrayList<>();
    for (Map<String, String> label : messageLabels) {
      Row row = messagesById.get(label.get("message_id"));
      if (row == null || !label.get("sender_role").equals(row.getAs(Columns.SENDER_ROLE))) {
        wrong.add(label.get("message_id") + " " + label.get("sender_role") + " → " + (row == null ? "missing" : row.getAs(Columns.SENDER_ROLE)));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void languagesAndAutoRepliesMatchTheLabels() {
    List<String> wrong = new ArrayList<>();
    for (Map<String, String> label : messageLabels) {
      Row row = messagesById.get(label.get("message_id"));
      boolean autoReply = Boolean.parseBoolean(label.get("is_auto_reply"));
      if (autoReply != (Boolean) row.getAs(Columns.IS_AUTO_REPLY)) {
        wrong.add("auto-reply " + label.get("subject") + ": " + autoReply);
      }
      String language = row.getAs(Columns.LANGUAGE);
      if (!"system".equals(label.get("sender_role")) && !label.get("language").equals(language)) {
        wrong.add("language " + label.get("subject") + ": " + label.get("language") + " → " + language);
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** Pairwise: two messages share a thread_id exactly when the generator put them in one thread. */
  @Test
  void conversationsAreRebuiltAsWritten() {
    Map<String, String> truth = new TreeMap<>();
    for (Map<String, String> label : messageLabels) {
      if (!"system".equals(label.get("sender_role"))) {
        truth.put(label.get("message_id"), label.get("thread_key"));
      }
    }
    List<String> ids = new ArrayList<>(truth.keySet());
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        boolean sameTruth = truth.get(ids.get(i)).equals(truth.get(ids.get(j)));
        boolean sameOurs = String.valueOf((Object) messagesById.get(ids.get(i)).getAs(Columns.THREAD_ID))
            .equals(messagesById.get(ids.get(j)).getAs(Columns.THREAD_ID));
        if (sameTruth != sameOurs) {
          wrong.add(truth.get(ids.get(i)) + "/" + truth.get(ids.get(j)) + (sameTruth ? " split" : " merged"));
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** Every human agent reply to a customer answers an earlier customer message of its own thread. */
  /** SPEC §5.5: the sample's registration mail sends a password in clear; it is found. */
  @Test
  void thePasswordSentInClearIsFound() {
    long findings = SparkTestSession.get().read().parquet(output.tablePath(OutputTable.REPLIES))
        .filter(org.apache.spark.sql.functions.col(Columns.PASSWORD_IN_CLEAR).equalTo(true)).count();
    assertTrue(findings >= 1, "password findings: " + findings);
  }

  /**
   * The customers' full names as their mail programs wrote them in {@code From:} ("Kerttu Mäkelä"),
   * encoded words decoded (RFC 2047). The full name, not the surname alone: customers and agents
   * share surnames (Virtanen), and an agent's name is rightly in the output.
   */
  /**
   * SPEC §3, §5.5, issue 6 item 3: no password, customer address or customer name of the input
   * appears anywhere in the output. Parquet pages are compressed, so the tables are scanned decoded, row by row, as a BI
   * tool would read them; the manifest and any other file as text.
   */
  @Test
  void noPasswordCustomerAddressOrNameIsWrittenAnywhere() throws IOException {
    List<String> secrets = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)salasana(?:si)?(?: on)?: *(\\S{6,})")
        .matcher(java.nio.file.Files.readString(Path.of("sample-data/archives/asiakaspalvelu-jaettu.mbox"),
            java.nio.charset.StandardCharsets.ISO_8859_1));
    while (m.find()) {
      secrets.add(m.group(1));
    }
    assertTrue(!secrets.isEmpty(), "the sample holds a password to look for");
    secrets.addAll(SampleCustomers.addresses());
    List<String> names = SampleCustomers.fullNames();
    assertTrue(names.size() >= 10, "customer names found in the sample's From lines: " + names.size());
    secrets.addAll(names);
    List<String> leaks = new ArrayList<>();
    for (OutputTable table : OutputTable.values()) {
      for (String row : SparkTestSession.get().read().schema(table.schema()).parquet(output.tablePath(table))
          .toJSON().collectAsList()) {
        secrets.stream().filter(row::contains).forEach(secret -> leaks.add(table.dirName() + ": " + secret.charAt(0) + "…"));
      }
    }
    try (var files = java.nio.file.Files.walk(Path.of(java.net.URI.create(output.root())))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        String text = java.nio.file.Files.readString(file);
        secrets.stream().filter(text::contains).forEach(secret -> leaks.add(file.getFileName() + ": " + secret.charAt(0) + "…"));
      }
    }
    assertTrue(secrets.size() > 20, "secrets looked for: " + secrets.size());
    assertEquals(List.of(), leaks);
  }

  /**
   * Issue 5: the unit tables hold the sample's three quarters, three departments and eight agents
   * (sample-data/roster.csv), and they add up: per quarter the agents' scored replies are their
   * departments' and their company's, and the company's are the replies table's.
   */
  @Test
  void unitTablesCoverEveryQuarterAgentAndDepartmentAndAddUp() {
    var spark = SparkTestSession.get();
    List<Row> agents = spark.read().parquet(output.tablePath(OutputTable.AGENT_QUARTER)).collectAsList();
    List<Row> departments = spark.read().parquet(output.tablePath(OutputTable.DEPARTMENT_QUARTER)).collectAsList();
    List<Row> companies = spark.read().parquet(output.tablePath(OutputTable.COMPANY_QUARTER)).collectAsList();
    assertEquals(java.util.Set.of("2026-Q1", "2026-Q2", "2026-Q3"), quarters(companies));
    assertEquals(quarters(companies), quarters(agents));
    assertEquals(8, agents.stream().map(r -> r.getAs(Columns.AGENT_EMAIL)).distinct().count());
    assertEquals(3, departments.stream().map(r -> (String) r.getAs(Columns.DEPARTMENT))
        .filter(d -> !"unknown".equals(d)).distinct().count());
    Map<String, Long> scoredReplies = new TreeMap<>();
    repliesByKey.values().stream().filter(r -> (Boolean) r.getAs(Columns.SCORED))
        .forEach(r -> scoredReplies.merge(r.getAs(Columns.QUARTER), 1L, Long::sum));
    assertEquals(scoredReplies, scoredPerQuarter(companies));
    assertEquals(scoredPerQuarter(companies), scoredPerQuarter(departments));
    assertEquals(scoredPerQuarter(companies), scoredPerQuarter(agents));
    // The sample's first quarter holds only its opening days: too few replies to judge, and marked so.
    for (Row company : companies) {
      String quarter = company.getAs(Columns.QUARTER);
      boolean enough = (Integer) company.getAs(Columns.REPLIES_SCORED) >= fi.mailaudit.metrics.CardRules.DEFAULT_MIN_SCORED_REPLIES;
      assertEquals(enough, (Boolean) company.getAs(Columns.SUFFICIENT_DATA), quarter);
      assertEquals(enough, company.getAs(Columns.BINGO_BAND) != null, quarter);
    }
    // SPEC §5.5: the sample's password mail is a finding of its company.
    assertTrue(companies.stream().mapToInt(r -> (Integer) r.getAs(Columns.PASSWORD_FINDINGS)).sum() >= 1);
    // One company is audited: threads nobody answered and the shared address outside the roster
    // count for it, not for an "unknown" company nor for a company named by the mail domain.
    assertEquals(java.util.Set.of("Saimaan Kuitu Oy"),
        companies.stream().map(r -> (String) r.getAs(Columns.COMPANY)).collect(java.util.stream.Collectors.toSet()));
    assertEquals(java.util.Set.of("Saimaan Kuitu Oy"),
        departments.stream().map(r -> (String) r.getAs(Columns.COMPANY)).collect(java.util.stream.Collectors.toSet()));
    for (Row company : companies.stream().filter(r -> (Boolean) r.getAs(Columns.SUFFICIENT_DATA)).toList()) {
      assertTrue(company.getAs(Columns.FIRST_RESPONSE_MEDIAN_MINUTES) != null, company.toString());
      assertTrue((Double) company.getAs(Columns.UNANSWERED_RATE) > 0, company.toString());
    }
    assertEquals(2, companies.stream().filter(r -> (Boolean) r.getAs(Columns.SUFFICIENT_DATA)).count(),
        "Q2 and Q3 are judged: " + scoredPerQuarter(companies));
  }

  /**
   * {@code show replies --format csv} gives the evidence map as JSON, so the notebooks and a
   * spreadsheet can read it back (the JVM's rendering of a map cannot be parsed).
   */
  @Test
  void showWritesNestedColumnsAsJsonInCsv() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int exit = new fi.mailaudit.report.ShowCommand(new PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8))
        .run(List.of("replies", "--output", output.root(), "--format", "csv",
            "--columns", Columns.MESSAGE_KEY + "," + Columns.EVIDENCE));
    assertEquals(0, exit);
    List<String> lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertEquals(Columns.MESSAGE_KEY + "," + Columns.EVIDENCE, lines.get(0));
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    int maps = 0;
    for (String line : lines.subList(1, lines.size())) {
      // message_key is a hex digest, so the first comma ends it; the rest is the quoted JSON cell
      String cell = line.substring(line.indexOf(',') + 1);
      if (!cell.isEmpty()) {
        String evidence = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertTrue(json.readTree(evidence).isObject(), evidence);
        maps++;
      }
    }
    assertTrue(maps > 50, "evidence maps read back: " + maps);
  }

  private static java.util.Set<String> quarters(List<Row> rows) {
    return rows.stream().map(r -> (String) r.getAs(Columns.QUARTER)).collect(java.util.stream.Collectors.toSet());
  }

  private static Map<String, Long> scoredPerQuarter(List<Row> rows) {
    Map<String, Long> out = new TreeMap<>();
    rows.forEach(r -> out.merge(r.getAs(Columns.QUARTER), (long) (Integer) r.getAs(Columns.REPLIES_SCORED), Long::sum));
    return out;
  }

  @Test
  void everyAgentReplyIsPairedWithTheCustomerMessageItAnswers() {
    Map<String, Row> byKey = new HashMap<>();
    messagesById.values().forEach(r -> byKey.put(r.getAs(Columns.MESSAGE_KEY), r));
    List<String> wrong = new ArrayList<>();
    int paired = 0;
    for (Row reply : messagesById.values()) {
      boolean humanReply = "agent".equals(reply.getAs(Columns.SENDER_ROLE))
          && "outbound".equals(reply.getAs(Columns.DIRECTION)) && !(Boolean) reply.getAs(Columns.IS_AUTO_REPLY);
      String promptKey = reply.getAs(Columns.PROMPT_MESSAGE_KEY);
      if (!humanReply) {
        if (promptKey != null) {
          wrong.add("not a human reply but paired: " + reply.getAs(Columns.SUBJECT));
        }
        continue;
      }
      boolean customerBefore = messagesById.values().stream().anyMatch(m ->
          "customer".equals(m.getAs(Columns.SENDER_ROLE)) && !(Boolean) m.getAs(Columns.IS_AUTO_REPLY)
              && m.getAs(Columns.THREAD_ID).equals(reply.getAs(Columns.THREAD_ID))
              && ((java.time.Instant) m.getAs(Columns.SENT_AT)).isBefore(reply.getAs(Columns.SENT_AT)));
      Row prompt = promptKey == null ? null : byKey.get(promptKey);
      if (!customerBefore) {
        continue; // the agent opened the conversation: nothing to answer
      }
      paired++;
      if (prompt == null || !"customer".equals(prompt.getAs(Columns.SENDER_ROLE))
          || !prompt.getAs(Columns.THREAD_ID).equals(reply.getAs(Columns.THREAD_ID))
          || !((java.time.Instant) prompt.getAs(Columns.SENT_AT)).isBefore(reply.getAs(Columns.SENT_AT))) {
        wrong.add(reply.getAs(Columns.SUBJECT) + " → " + (prompt == null ? "no prompt" : prompt.getAs(Columns.SUBJECT)));
      }
    }
    assertTrue(paired >= 60, "replies paired: " + paired);
    assertEquals(List.of(), wrong);
  }

  @Test
  void unansweredThreadsAreFound() {
    Map<String, String> threadOfKey = new HashMap<>();
    for (Map<String, String> label : messageLabels) {
      Row row = messagesById.get(label.get("message_id"));
      threadOfKey.putIfAbsent(label.get("thread_key"), row.getAs(Columns.THREAD_ID));
    }
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Map<String, String> label : threadLabels) {
      if (label.get("expected_unanswered").isEmpty()) {
        continue;
      }
      Row thread = threadsById.get(threadOfKey.get(label.get("thread_key")));
      if (thread == null) {
        continue; // internal and system threads have no customer: not in the customer metrics
      }
      checked++;
      boolean expected = Boolean.parseBoolean(label.get("expected_unanswered"));
      if (expected != (Boolean) thread.getAs(Columns.UNANSWERED)) {
        wrong.add(label.get("thread_key") + " " + label.get("kind") + ": expected unanswered=" + expected);
      }
    }
    assertTrue(checked >= 60, "threads checked: " + checked);
    assertEquals(List.of(), wrong);
  }

  /** One replies row per agent mail to a customer; the human Finnish ones are scored. */
  @Test
  void everyAgentReplyHasARepliesRowScoredWhenHumanAndFinnish() throws IOException {
    List<String> wrong = new ArrayList<>();
    int agentMail = 0;
    for (Row m : messagesById.values()) {
      if (!"agent".equals(m.getAs(Columns.SENDER_ROLE)) || !"outbound".equals(m.getAs(Columns.DIRECTION))) {
        continue;
      }
      agentMail++;
      Row reply = repliesByKey.get(m.<String>getAs(Columns.MESSAGE_KEY));
      boolean scorable = !(Boolean) m.getAs(Columns.IS_AUTO_REPLY) && "fi".equals(m.getAs(Columns.LANGUAGE));
      if (reply == null) {
        wrong.add("no replies row: " + m.getAs(Columns.SUBJECT));
      } else if (scorable != (Boolean) reply.getAs(Columns.SCORED)) {
        wrong.add("scored=" + reply.getAs(Columns.SCORED) + ": " + m.getAs(Columns.SUBJECT));
      } else if (scorable && reply.getAs(Columns.GREETING_KIND) == null) {
        wrong.add("scored without greeting_kind: " + m.getAs(Columns.SUBJECT));
      }
    }
    assertTrue(agentMail >= 60, "agent replies: " + agentMail);
    long companySystemMail = messagesById.values().stream().filter(m -> "system".equals(m.getAs(Columns.SENDER_ROLE))
        && "outbound".equals(m.getAs(Columns.DIRECTION))).count();
    // The company's own system mail to customers gets an unscored row: it is checked for passwords.
    assertEquals(agentMail + companySystemMail, repliesByKey.size(), "internal and foreign mail have no replies rows");
    assertEquals(repliesByKey.values().stream().filter(r -> r.<Boolean>getAs(Columns.SCORED)).count(),
        output.readManifest().counts().scored());
    assertEquals(List.of(), wrong);
  }

  /** Issue 4's hidden check: no customer address anywhere in the evidence. */
  @Test
  void noEvidenceNamesACustomerAddress() {
    List<String> addresses = messageLabels.stream().filter(l -> "customer".equals(l.get("sender_role")))
        .map(l -> l.get("sender_email").toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    assertTrue(addresses.size() >= 20, "customer addresses in the labels: " + addresses.size());
    List<String> leaks = new ArrayList<>();
    int evidence = 0;
    for (Row reply : repliesByKey.values()) {
      scala.collection.Map<String, String> map = reply.getAs(Columns.EVIDENCE);
      for (String text : scala.jdk.javaapi.CollectionConverters.asJava(map).values()) {
        evidence++;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        addresses.stream().filter(lower::contains).forEach(a -> leaks.add(a + " in " + text));
      }
    }
    assertTrue(evidence >= 100, "evidence texts: " + evidence);
    assertEquals(List.of(), leaks);
  }

  /** The label rows as maps by column name (the generator's own RFC 4180 reader). */
  static List<Map<String, String>> csv(Path file) throws IOException {
    List<List<String>> rows = CorpusFiles.csv(file);
    List<String> header = rows.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> values : rows.subList(1, rows.size())) {
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < values.size() ? values.get(i) : "");
      }
      out.add(row);
    }
    return out;
  }
}
