package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 5: every mistake a user can make gives one clear line and a non-zero exit, through
 * {@link MailAudit#run} exactly as the command line sees it (no {@code System.exit}). Only the
 * foreign-output case starts Spark; the others are refused before it.
 */
class ActionableErrorsTest {
  @TempDir static Path work;
  private static Path inbox;
  private static Path key;

  /** What one command left: its exit status and the lines of each stream. */
  record Outcome(int exit, String out, String err) {
    /** The lines the command itself said, not the progress lines of the run. */
    List<String> messages() {
      return err.lines().filter(l -> l.startsWith("mailaudit:")).toList();
    }

    String describe() {
      return "exit " + exit + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
    }
  }

  @BeforeAll
  static void inputs() throws IOException {
    inbox = Files.createDirectories(work.resolve("saapuneet"));
    AuditMail.write(inbox, "kysymys.eml", AuditMail.question("kysymys-1", "2026-02-10T09:00:00+02:00"));
    key = Files.writeString(work.resolve("avain.key"), "virhetesti-avain-ei-tuotantoon-2026\n");
  }

  static Outcome mailaudit(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = MailAudit.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aWrongFlagExitsTwoNamingIt() {
    Path output = work.resolve("ei-koskaan-1");
    Outcome o = mailaudit("run", "--inptu", inbox.toString(), "--output", output.toString());
    assertOneLine(o, 2, "mailaudit: unknown option '--inptu'; options: --input");
    assertFalse(Files.exists(output), "a usage error must not create the output folder");
  }

  @Test
  void aMissingInputExitsTwoNamingThePath() {
    Path missing = work.resolve("vienti-2026-puuttuu.mbox");
    Path output = work.resolve("ei-koskaan-2");
    Outcome o = mailaudit("run", "--input", missing.toString(), "--output", output.toString(),
        "--pseudonym-key-file", key.toString(), "--master", "local[1]");
    assertOneLine(o, 2, "mailaudit: input not found: " + missing);
    assertFalse(Files.exists(output), "a missing input must not leave an empty output folder");
  }

  @Test
  void aRosterWithABadLineExitsTwoNamingFileAndLine() throws IOException {
    Path roster = Files.writeString(work.resolve("roster.csv"), """
        email,agent_name,department,company,valid_from,valid_to
        liisa.lahtinen@energia.example.fi,Liisa Lahtinen,Asiakaspalvelu,Energia Oy,,
        pekka.nieminen@energia.example.fi,Pekka Nieminen,Laskutus,Energia Oy,2026-13-01,
        """);
    Outcome o = mailaudit("run", "--input", inbox.toString(), "--output", work.resolve("ei-koskaan-3").toString(),
        "--roster", roster.toString(), "--pseudonym-key-file", key.toString());
    // Line 3: the month 13 of Pekka's valid_from; line 2 is fine and must not be blamed.
    assertOneLine(o, 2, "mailaudit: roster " + roster + " line 3: ");
    assertTrue(o.messages().get(0).contains("2026-13-01"), "names the bad value: " + o.describe());
  }

  @Test
  void aMissingRosterExitsTwoNamingIt() {
    Path roster = work.resolve("roster-puuttuu.csv");
    Outcome o = mailaudit("run", "--input", inbox.toString(), "--output", work.resolve("ei-koskaan-4").toString(),
        "--roster", roster.toString(), "--pseudonym-key-file", key.toString());
    assertOneLine(o, 2, "mailaudit: cannot read roster " + roster);
  }

  @Test
  void noPseudonymKeyExitsTwoSayingWhatToDo() {
    assumeTrue(System.getenv(PseudonymKey.ENV) == null, "the environment of this build holds a key");
    Path output = work.resolve("ei-koskaan-5");
    Outcome o = mailaudit("run", "--input", inbox.toString(), "--output", output.toString());
    assertOneLine(o, 2, "mailaudit: no pseudonym key: give --pseudonym-key-file FILE or set MAILAUDIT_PSEUDONYM_KEY");
    assertFalse(Files.exists(output));
  }

  @Test
  void aForeignOutputFolderIsRefusedAndLeftUntouched() throws IOException {
    Path foreign = Files.createDirectories(work.resolve("raportit"));
    Files.writeString(foreign.resolve("budjetti-2026.xlsx"), "ei mailauditin tiedosto");
    Files.createDirectories(foreign.resolve("vanhat"));
    List<String> before = listing(foreign);
    Outcome o = mailaudit("run", "--input", inbox.toString(), "--output", foreign.toString(),
        "--pseudonym-key-file", key.toString(), "--master", "local[1]");
    assertOneLine(o, 2, "mailaudit: refusing to write into " + foreign + ": it holds 2 entries and no _manifest.json");
    assertEquals(before, listing(foreign), "nothing added, moved or removed");
    assertEquals("ei mailauditin tiedosto", Files.readString(foreign.resolve("budjetti-2026.xlsx")));
  }

  @Test
  void anUnknownCommandExitsTwo() {
    Outcome o = mailaudit("ajo", "--input", inbox.toString());
    assertEquals(2, o.exit(), o.describe());
    assertTrue(o.err().startsWith("mailaudit: unknown command 'ajo'"), o.describe());
  }

  /** Exactly one line of the command's own, starting so; no stack trace; nothing on stdout. */
  private static void assertOneLine(Outcome o, int exit, String start) {
    assertEquals(exit, o.exit(), o.describe());
    assertEquals(1, o.messages().size(), o.describe());
    assertTrue(o.messages().get(0).startsWith(start), "expected '" + start + "...'\n" + o.describe());
    assertFalse(o.err().contains("\tat "), "no stack trace for the user's mistake\n" + o.describe());
    assertEquals("", o.out(), o.describe());
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return new ArrayList<>(all.map(p -> dir.relativize(p) + (Files.isDirectory(p) ? "/" : "")).sorted().toList());
    }
  }
}
