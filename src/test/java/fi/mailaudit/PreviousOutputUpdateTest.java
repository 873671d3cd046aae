package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.ActionableErrorsTest.Outcome;
import fi.mailaudit.output.Columns;
import fi.mailaudit.output.Manifest;
import fi.mailaudit.output.OutputDirectory;
import fi.mailaudit.output.OutputTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 items 3 and 5 end to end, in-process through {@link MailAudit#run}: a second run into a
 * previous output replaces the quarters it computes and keeps the others; entries that cannot be
 * read (a folder named like a mail, a dangling link) do not crash the run; the pseudonym key and the
 * customer's clear address are in no byte of the output and no decoded row.
 */
class PreviousOutputUpdateTest {
  private static final String KEY = "paivitystesti-avain-ei-tuotantoon-91";

  @TempDir static Path work;
  private static Path output;
  private static Outcome first;
  private static Outcome second;
  private static Map<String, TreeSet<String>> afterFirst;
  private static Map<String, TreeSet<String>> afterSecond;
  private static Map<String, List<String>> unitsAfterFirst;
  private static Map<String, List<String>> unitsAfterSecond;
  private static Manifest manifest;

  @BeforeAll
  static void twoRuns() throws IOException {
    Path key = Files.writeString(work.resolve("avain.key"), KEY + "\n");
    output = work.resolve("tulos");
    // First run: a Q1 and a Q2 conversation.
    Path january = Files.createDirectories(work.resolve("vienti-1"));
    AuditMail.write(january, "q1-kysymys.eml", AuditMail.question("tammi-1", "2026-01-20T10:00:00+02:00"));
    AuditMail.write(january, "q1-vastaus.eml", AuditMail.answer("tammi-1", "2026-01-20T13:00:00+02:00"));
    AuditMail.write(january, "q2-kysymys.eml", AuditMail.question("huhti-1", "2026-04-14T10:00:00+03:00"));
    first = run(january, key);
    afterFirst = messageIdsByQuarter();
    unitsAfterFirst = unitRowsByTableAndQuarter();
    // Second run: a different Q2 conversation, and two entries nobody can read as mail.
    Path may = Files.createDirectories(work.resolve("vienti-2"));
    AuditMail.write(may, "q2-kysymys.eml", AuditMail.question("touko-1", "2026-05-05T10:00:00+03:00"));
    AuditMail.write(may, "q2-vastaus.eml", AuditMail.answer("touko-1", "2026-05-05T11:00:00+03:00"));
    Files.createDirectories(may.resolve("kansio.eml"));
    Files.createSymbolicLink(may.resolve("kadonnut.eml"), work.resolve("ei-ole-olemassa.eml"));
    second = run(may, key);
    afterSecond = messageIdsByQuarter();
    unitsAfterSecond = unitRowsByTableAndQuarter();
    manifest = OutputDirectory.open(output.toString(), new Configuration()).readManifest();
  }

  @Test
  void bothRunsSucceed() {
    assertEquals(0, first.exit(), first.describe());
    assertEquals(0, second.exit(), second.describe());
  }

  @Test
  void theFirstRunWroteBothQuarters() {
    assertEquals(Map.of("2026-Q1", set("tammi-1@gmail.example.com", "vastaus-tammi-1@energia.example.fi"),
        "2026-Q2", set("huhti-1@gmail.example.com")), afterFirst);
  }

  @Test
  void theSecondRunReplacedItsQuarterAndKeptTheOther() {
    assertEquals(Map.of("2026-Q1", set("tammi-1@gmail.example.com", "vastaus-tammi-1@energia.example.fi"),
        "2026-Q2", set("touko-1@gmail.example.com", "vastaus-touko-1@energia.example.fi")), afterSecond);
    assertEquals(List.of("2026-Q2"), manifest.quartersWritten());
  }

  /**
   * The unit tables follow their quarters like the message tables: the re-run quarter's cards are
   * the second run's alone (its unanswered question is gone with the first export's Q2), the other
   * quarter's cards are kept byte for byte, not recomputed from nothing nor dropped.
   */
  @Test
  void theUnitTablesOfTheKeptQuarterAreKeptAndTheReRunQuarterIsReplaced() {
    List<String> unitTables = List.of("agent_quarter", "department_quarter", "company_quarter");
    for (String table : unitTables) {
      assertEquals(unitsAfterFirst.get(table + " 2026-Q1"), unitsAfterSecond.get(table + " 2026-Q1"), table);
      assertTrue(unitsAfterFirst.containsKey(table + " 2026-Q1"), table + " had a Q1 row: " + unitsAfterFirst.keySet());
    }
    assertEquals(List.of("customer_threads=1 unanswered_rate=1.0"), unitsAfterFirst.get("company_quarter 2026-Q2"));
    assertEquals(List.of("customer_threads=1 unanswered_rate=0.0"), unitsAfterSecond.get("company_quarter 2026-Q2"));
    assertEquals(1, unitsAfterSecond.get("agent_quarter 2026-Q2").size(), "one agent answered in the new Q2");
  }

  /**
   * {@code --quarters} limits what a run writes even when its input holds more: re-auditing Q1 from
   * the first export, which also holds the old Q2 question, leaves the second run's Q2 alone.
   */
  @Test
  void aRunLimitedToOneQuarterReplacesOnlyThatQuarter() throws IOException {
    Path copy = work.resolve("vain-q1");
    try (Stream<Path> files = Files.walk(output)) {
      for (Path from : files.toList()) {
        Files.copy(from, copy.resolve(output.relativize(from).toString()));
      }
    }
    Outcome o = ActionableErrorsTest.mailaudit("run", "--input", work.resolve("vienti-1").toString(),
        "--output", copy.toString(), "--company-domain", AuditMail.COMPANY_DOMAIN,
        "--pseudonym-key-file", work.resolve("avain.key").toString(), "--quarters", "2026-Q1",
        "--master", "local[2]", "--no-input-hash");
    assertEquals(0, o.exit(), o.describe());
    OutputDirectory dir = OutputDirectory.open(copy.toString(), new Configuration());
    assertEquals(List.of("2026-Q1"), dir.readManifest().quartersWritten());
    Map<String, TreeSet<String>> ids = new TreeMap<>();
    for (Row row : SparkTestSession.get().read().parquet(dir.tablePath(OutputTable.MESSAGES)).collectAsList()) {
      ids.computeIfAbsent(row.getAs(Columns.QUARTER), q -> new TreeSet<>()).add(row.getAs(Columns.MESSAGE_ID));
    }
    assertEquals(afterSecond, ids);
  }

  /**
   * A folder named like a mail is walked as a (empty) folder and a dangling link is passed over:
   * neither crashes the run, and the manifest accounts for exactly the mail that exists. (Running
   * as root, as CI does, chmod 000 would not bind, hence these two kinds of unreadable entry.)
   */
  @Test
  void entriesThatCannotBeReadAsMailDoNotCrashTheRun() {
    // The dangling link is listed (unsupported, found 0) so the manifest accounts for it.
    assertEquals(List.of("kadonnut.eml", "q2-kysymys.eml", "q2-vastaus.eml"),
        manifest.inputs().stream().map(i -> i.path().substring(i.path().lastIndexOf('/') + 1)).toList());
    assertEquals("unsupported", manifest.inputs().get(0).format());
    assertEquals(0, manifest.inputs().get(0).found());
    assertEquals(2, manifest.counts().found());
    assertEquals(manifest.counts().found(), manifest.counts().parsed() + manifest.counts().rejected());
  }

  @Test
  void theManifestRecordsThatCustomersWerePseudonymized() {
    assertEquals(false, manifest.config().get("keep_customer_identities"));
    assertFalse(second.err().contains("--keep-customer-identities"), second.describe());
  }

  @Test
  void neitherTheKeyNorTheCustomerIsInAnyByteOfTheOutput() throws IOException {
    List<String> secrets = List.of(KEY, AuditMail.CUSTOMER_ADDRESS, "040 123 4567");
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
          assertFalse(bytes.contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
              secret + " in " + output.relativize(file));
        }
      }
    }
  }

  /** The opt-in needs no key, and is said on the console and recorded in the manifest. */
  @Test
  void keepingCustomerIdentitiesIsAnExplicitOptInRecordedInTheManifest() throws IOException {
    Path clear = work.resolve("selvakielinen");
    Outcome o = ActionableErrorsTest.mailaudit("run", "--input", work.resolve("vienti-1").toString(),
        "--output", clear.toString(), "--company-domain", AuditMail.COMPANY_DOMAIN, "--keep-customer-identities",
        "--master", "local[2]", "--no-input-hash");
    assertEquals(0, o.exit(), o.describe());
    assertTrue(o.err().lines().anyMatch(l -> l.startsWith("[mailaudit] WARNING: --keep-customer-identities")),
        o.describe());
    Manifest clearManifest = OutputDirectory.open(clear.toString(), new Configuration()).readManifest();
    assertEquals(true, clearManifest.config().get("keep_customer_identities"));
  }

  /** Parquet pages are compressed: a byte scan alone proves nothing, so every decoded row is read. */
  @Test
  void neitherTheKeyNorTheCustomerIsInAnyDecodedRow() {
    OutputDirectory dir = openOutput();
    int rows = 0;
    for (OutputTable table : OutputTable.values()) {
      for (Row row : SparkTestSession.get().read().schema(table.schema()).parquet(dir.tablePath(table)).collectAsList()) {
        rows++;
        String text = row.toString();
        for (String secret : List.of(KEY, AuditMail.CUSTOMER_ADDRESS, "040 123 4567", "0401234567", "Matti", "Virtanen")) {
          assertFalse(text.contains(secret), secret + " in " + table.dirName() + ": " + text);
        }
      }
    }
    assertTrue(rows >= 4, "the scan read the tables: " + rows + " rows");
  }

  private static Outcome run(Path input, Path key) {
    return ActionableErrorsTest.mailaudit("run", "--input", input.toString(), "--output", output.toString(),
        "--company-domain", AuditMail.COMPANY_DOMAIN, "--pseudonym-key-file", key.toString(),
        "--master", "local[2]", "--no-input-hash");
  }

  private static Map<String, TreeSet<String>> messageIdsByQuarter() {
    Map<String, TreeSet<String>> byQuarter = new TreeMap<>();
    for (Row row : SparkTestSession.get().read().parquet(openOutput().tablePath(OutputTable.MESSAGES)).collectAsList()) {
      byQuarter.computeIfAbsent(row.getAs(Columns.QUARTER), q -> new TreeSet<>()).add(row.getAs(Columns.MESSAGE_ID));
    }
    return byQuarter;
  }

  /**
   * Each unit table's rows per quarter, as text: agent and department rows whole, company rows by
   * their thread figures (which tell the two exports' Q2 apart).
   */
  private static Map<String, List<String>> unitRowsByTableAndQuarter() {
    Map<String, List<String>> rows = new TreeMap<>();
    for (OutputTable table : List.of(OutputTable.AGENT_QUARTER, OutputTable.DEPARTMENT_QUARTER, OutputTable.COMPANY_QUARTER)) {
      for (Row row : SparkTestSession.get().read().schema(table.schema()).parquet(openOutput().tablePath(table))
          .collectAsList()) {
        String text = table == OutputTable.COMPANY_QUARTER && "2026-Q2".equals(row.getAs(Columns.QUARTER))
            ? Columns.CUSTOMER_THREADS + "=" + row.getAs(Columns.CUSTOMER_THREADS) + " "
                + Columns.UNANSWERED_RATE + "=" + row.getAs(Columns.UNANSWERED_RATE)
            : row.toString();
        rows.computeIfAbsent(table.dirName() + " " + row.getAs(Columns.QUARTER), k -> new ArrayList<>()).add(text);
      }
    }
    rows.values().forEach(list -> list.sort(null));
    return rows;
  }

  private static OutputDirectory openOutput() {
    try {
      return OutputDirectory.open(output.toString(), new Configuration());
    } catch (IOException e) {
      throw new AssertionError("no output at " + output + "\n" + first.describe() + "\n"
          + (second == null ? "" : second.describe()), e);
    }
  }

  private static TreeSet<String> set(String... values) {
    return new TreeSet<>(new ArrayList<>(List.of(values)));
  }
}
