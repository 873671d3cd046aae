package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsParserTest {
  @TempDir Path tmp;

  @Test
  void defaultsAreTheSpecs() {
    AuditOptions o = OptionsParser.parse(List.of("--input", "a.mbox", "--output", "out"));
    assertEquals("Europe/Helsinki", o.zone().getId());
    assertEquals(LocalTime.of(8, 0), o.businessStart());
    assertEquals(LocalTime.of(16, 0), o.businessEnd());
    assertEquals(0.5, o.cardRules().threshold());
    assertEquals(10, o.cardRules().minScoredReplies());
    assertTrue(o.pseudonymize());
    assertEquals(64L * 1024 * 1024, o.splitSizeBytes());
  }

  @Test
  void repeatedAndMultiValuedFlags() {
    AuditOptions o = OptionsParser.parse(List.of("--input", "a.mbox", "b", "--company-domain", "yritys.fi",
        "--company-domain", "yritys.com", "--output", "out", "--keep-customer-identities"));
    assertEquals(List.of("a.mbox", "b"), o.inputs());
    assertEquals(List.of("yritys.fi", "yritys.com"), o.companyDomains());
    assertFalse(o.pseudonymize());
  }

  @Test
  void configPathsAreRelativeToTheConfigAndFlagsWin() throws IOException {
    Path config = tmp.resolve("audit.yaml");
    Files.writeString(config, String.join("\n",
        "input: [archives]",
        "company:",
        "  domains: [yritys.fi]",
        "roster: roster.csv",
        "business_hours: {start: '09:00', end: '17:00'}",
        "bingo:",
        "  threshold: 0.4",
        "  min_scored_replies: 5"));
    AuditOptions o = OptionsParser.parse(List.of("--config", config.toString(), "--output", "out",
        "--company-domain", "toinen.fi"));
    assertEquals(List.of(tmp.resolve("archives").toString()), o.inputs());
    assertEquals(tmp.resolve("roster.csv").toString(), o.rosterFile());
    assertEquals(List.of("toinen.fi"), o.companyDomains());
    assertEquals(LocalTime.of(9, 0), o.businessStart());
    assertEquals(0.4, o.cardRules().threshold());
    assertEquals(5, o.cardRules().minScoredReplies());
  }

  @Test
  void mistakesGiveOneClearMessage() throws IOException {
    assertMessage("unknown option '--inptu'", "--inptu", "x", "--output", "o");
    assertMessage("no input", "--output", "o");
    assertMessage("--output needs a value", "--input", "x", "--output");
    assertMessage("unknown time zone 'Helsinki'", "--input", "x", "--output", "o", "--timezone", "Helsinki");
    assertMessage("bingo.threshold must be in (0, 1]", "--input", "x", "--output", "o", "--bingo-threshold", "2");
    assertMessage("bingo.min_scored_replies must be at least 1", "--input", "x", "--output", "o",
        "--min-scored-replies", "0");
    assertMessage("bingo.min_scored_replies must be a whole number", "--input", "x", "--output", "o",
        "--min-scored-replies", "2.5");
    assertMessage("config file not found", "--config", tmp.resolve("nope.yaml").toString());
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "inputs: [x]\n");
    assertMessage("unknown key 'inputs'", "--config", bad.toString());
  }

  private static void assertMessage(String expected, String... args) {
    UsageException e = assertThrows(UsageException.class, () -> OptionsParser.parse(List.of(args)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
