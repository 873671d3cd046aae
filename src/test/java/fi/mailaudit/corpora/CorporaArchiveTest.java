package fi.mailaudit.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.mailaudit.corpora.ArchiveFacts.Check;
import fi.mailaudit.corpora.ArchiveFacts.Fact;
import fi.mailaudit.corpora.ExpectedFacts.Row;
import fi.mailaudit.ingest.InputFile;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.pst.PstPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every non-EML row of shared/corpora/expected.tsv (mbox in its LF / CRLF / CR / 0-byte variants,
 * mboxcl2, mboxrd, Maildir, MH, EMLX, MSG, TNEF, PST) through the job's read path: discovery, the
 * read planner with tiny mbox ranges and small PST slices, and ArchiveReader per task. Kinds that
 * only exist in a peer's model are in {@link #NOT_ASSERTED}; rows where our model differs by design
 * are in {@link #DEVIATIONS} with what we assert instead; a kind in neither and without a check in
 * {@link ArchiveFacts} fails the test.
 */
class CorporaArchiveTest {
  /** 97 bytes: ranges start mid-line, mid-header and inside From_ lines of every mbox here. */
  static final long SPLIT_BYTES = 97;
  static final int PST_SLICE_ITEMS = 3;
  private static final Map<String, Check> CHECKS = ArchiveFacts.checks();
  private static final Map<String, ArchiveRun> RUNS = new ConcurrentHashMap<>();

  static final Map<String, String> NOT_ASSERTED =
      Map.of(
          "note", "own-inspection remarks; the facts they explain are the file's other rows",
          "recursive_metadata_count",
              "Tika's metadata list counts the container and embedded documents; we do not extract"
                  + " embedded documents (SPEC §2); message_count / ipm_note_items cover the mail",
          "extracted_embedded_files", "Tika's extracted files incl. a docx; attachments are listed,"
              + " never extracted (SPEC §2); the docx is asserted as listed (xml_contains deviation)",
          "internal_dates_epoch",
              "the From_ line date is not in our model: sentAt comes from Date, else Received");

  /** What we assert instead, by file + " " + kind, with why. */
  record Deviation(String why, Check check) {}

  static final Map<String, Deviation> DEVIATIONS =
      Map.of(
          "apache-tika/testMBOX_complex.mbox message[0].body_contains",
          new Deviation("SPEC §2 prefers the text/plain alternative; Tika takes the HTML one",
              f -> assertTrue(f.message().bodyText().contains("body 1"), f.message().bodyText())),
          "apache-tika/testMBOX_complex.mbox message[0].body_not_contains",
          new Deviation("as above: the HTML alternative's text is not the body",
              f -> assertFalse(f.message().bodyText().contains("body 2"), f.message().bodyText())),
          "apache-tika/testPST.pst item[6].to_email",
          new Deviation("the X.500 DN is the MAPI recipient table's; we take To from the transport"
              + " headers, which give the SMTP address",
              f -> {
                assertFalse(f.message().to().isEmpty());
                assertTrue(f.message().to().stream().map(Address::email)
                    .allMatch(e -> e != null && e.contains("@") && !e.startsWith("/")), f.message().to().toString());
              }),
          "apache-tika/testPST.pst xml_contains",
          new Deviation("Tika's XHTML holds the bodies, the folder names as <h1> and the docx text;"
              + " we assert the body, the folder in our plan, and the docx listed (never extracted)",
              f -> {
                String body = f.row().values().get(0);
                assertTrue(f.run().messages().stream().anyMatch(m -> m.bodyText().contains(body)), body);
                String folder = f.row().values().get(2).replaceAll("</?h1>", "");
                PstPlan plan = f.run().pstPlans().values().iterator().next();
                assertTrue(plan.folders().stream().anyMatch(x -> x.folderPath().equals(folder)), folder);
                assertTrue(f.run().messages().stream().flatMap(m -> m.attachments().stream())
                    .anyMatch(a -> a.name().endsWith(".docx")));
              }),
          "apache-tika/testWINMAIL.dat xml_contains",
          new Deviation("Tika finds the text inside the attached quick.* files; attachments are listed,"
              + " never extracted (SPEC §2): we assert the five are listed",
              f -> assertEquals(5, f.message().attachments().size())));

  /** The InputFormat discovery must give for each format column, with why where it is surprising. */
  static InputFormat discovered(String formatColumn) {
    return switch (formatColumn) {
      case "mbox", "mbox (LF)", "mbox (CRLF)", "mbox (CR only)", "mboxcl2", "mboxrd" -> InputFormat.MBOX;
      // An empty file whose name does not say mbox is nothing (FormatSniffer): no messages either way.
      case "mbox (0 bytes)" -> InputFormat.UNSUPPORTED;
      case "maildir" -> InputFormat.MAILDIR;
      case "mh" -> InputFormat.MH;
      case "emlx" -> InputFormat.EMLX;
      case "msg" -> InputFormat.MSG;
      case "tnef" -> InputFormat.TNEF;
      case "pst" -> InputFormat.PST;
      default -> throw new AssertionError("format column not mapped: " + formatColumn);
    };
  }

  static List<Row> rows() {
    List<Row> rows = ExpectedFacts.all().stream().filter(r -> !r.format().equals("eml")).toList();
    assertFalse(rows.isEmpty(), "no non-eml rows in expected.tsv");
    return rows;
  }

  static ArchiveRun run(Row row) {
    return RUNS.computeIfAbsent(row.file(), f -> ArchiveRun.read(row.path(), SPLIT_BYTES, PST_SLICE_ITEMS));
  }

  @TestFactory
  Stream<DynamicTest> everyRowHolds() {
    return rows().stream()
        .filter(row -> !NOT_ASSERTED.containsKey(row.kind()))
        .map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
  }

  private static void check(Row row) throws Exception {
    Fact fact = new Fact(row, run(row), ArchiveFacts.arg(row.kind()));
    Deviation deviation = DEVIATIONS.get(row.file() + " " + row.kind());
    Check check = deviation != null ? deviation.check() : CHECKS.get(ArchiveFacts.key(row.kind()));
    if (check == null) {
      fail("unhandled fact kind " + row.kind() + " in " + row);
    }
    check.accept(fact);
  }

  @Test
  void everyKindIsCheckedOrDocumented() {
    List<String> unknown = new ArrayList<>();
    for (Row row : rows()) {
      if (!CHECKS.containsKey(ArchiveFacts.key(row.kind())) && !NOT_ASSERTED.containsKey(row.kind())
          && !DEVIATIONS.containsKey(row.file() + " " + row.kind())) {
        unknown.add(row.toString());
      }
    }
    assertTrue(unknown.isEmpty(), "fact kinds with no check and no documented reason: " + unknown);
    List<String> stale = new ArrayList<>(DEVIATIONS.keySet());
    rows().forEach(row -> stale.remove(row.file() + " " + row.kind()));
    assertEquals(List.of(), stale, "deviations for rows expected.tsv no longer has");
  }

  /** Per file: the format discovery gives, and found = parsed + rejected + skipped = what is there. */
  @TestFactory
  Stream<DynamicTest> everyFileIsDiscoveredAndReadWhole() {
    return ExpectedFacts.byFile(rows()).values().stream().map(rows -> rows.get(0)).map(row ->
        DynamicTest.dynamicTest(row.file(), () -> {
          ArchiveRun run = run(row);
          assertFalse(run.inputs().isEmpty(), row.file());
          for (InputFile input : run.inputs()) {
            assertEquals(discovered(row.format()), input.format(), input.path());
          }
          assertEquals(row.expectedMessages(), run.messages().size(), row.file());
          assertEquals(0, run.rejects().size(), run.rejects().toString());
          PstPlan plan = run.pstPlans().get(run.inputs().get(0).path());
          if (plan != null) {
            // Every item the plan lists comes out once: as a message, a reject or a skipped item.
            assertEquals(plan.itemCount(), run.results().size() - (run.messages().size() - run.topLevel().size()));
          }
        }));
  }

  /** Whole-file reads and reads cut into 1-byte, 97-byte and 4 KiB ranges give the same results. */
  @TestFactory
  Stream<DynamicTest> mboxReadsAreSplitInvariant() {
    return ExpectedFacts.byFile(rows()).values().stream().map(rows -> rows.get(0))
        .filter(row -> discovered(row.format()) == InputFormat.MBOX)
        .map(row -> DynamicTest.dynamicTest(row.file(), () -> {
          ArchiveRun whole = ArchiveRun.read(row.path(), Long.MAX_VALUE, PST_SLICE_ITEMS);
          assertEquals(1, whole.tasks().size());
          for (long split : new long[] {1, SPLIT_BYTES, 4096}) {
            ArchiveRun cut = ArchiveRun.read(row.path(), split, PST_SLICE_ITEMS);
            assertEquals(fi.mailaudit.ingest.mbox.MboxSplitPlanner.plan(row.path().toFile().length(), split).size(),
                cut.tasks().size());
            assertEquals(whole.results(), cut.results(), row.file() + " split " + split);
          }
        }));
  }

  /**
   * The stalwart mboxrd mailbox holds bare text entries ("Message 1…") with no header block: the
   * From_ separator says a message starts there, so each is read as a body with no headers.
   */
  @Test
  void headerlessMboxEntriesAreBodyOnlyMessages() {
    Row mboxrd = rows().stream().filter(r -> r.format().equals("mboxrd")).findFirst().orElseThrow();
    ArchiveRun run = run(mboxrd);
    assertEquals(List.of(), run.rejects());
    assertEquals(4, run.messages().size());
    for (ParsedMessage m : run.messages()) {
      assertTrue(m.headers().isEmpty(), m.headers().toString());
      assertTrue(m.bodyText().startsWith("Message "), m.bodyText());
    }
  }

  @Test
  void maildirTmpIsIgnoredAndFoldersAreNamed() {
    Row maildir = rows().stream().filter(r -> r.format().equals("maildir")).findFirst().orElseThrow();
    ArchiveRun run = run(maildir);
    assertTrue(run.inputs().stream().noneMatch(i -> i.path().contains("/tmp/")), run.inputs().toString());
    assertTrue(run.messages().stream().map(ParsedMessage::source)
        .allMatch(s -> "testmaildir".equals(s.folder())), "Maildir folder name");
  }
}
