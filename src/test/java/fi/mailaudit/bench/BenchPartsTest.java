package fi.mailaudit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.rfc822.Rfc822Parser;
import fi.mailaudit.sampledata.SampleCorpusGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark's pieces that can be wrong without being slow: splitting, counting, options, ratios. */
class BenchPartsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // name | mbox (\n as line break) | messages | first message's first line
      "two messages | From a@x Mon Jan  5 10:00:00 2026\\nSubject: Lasku\\n\\nHei\\n\\nFrom b@y Tue Jan  6 10:00:00 2026\\nSubject: Re: Lasku\\n\\nKiitos\\n | 2 | Subject: Lasku",
      "From inside a line is no separator | From a@x Mon Jan  5 10:00:00 2026\\nSubject: Muutto\\n\\nMuutan. From 1.3. uusi osoite\\n | 1 | Subject: Muutto",
      "From after a non-blank line is no separator | From a@x Mon Jan  5 10:00:00 2026\\nSubject: Kysymys\\n\\nrivi\\nFrom here on\\n | 1 | Subject: Kysymys",
      "CRLF blank line still separates | From a@x Mon Jan  5 10:00:00 2026\\r\\nSubject: Yksi\\r\\n\\r\\nFrom b@y Tue Jan  6 10:00:00 2026\\r\\nSubject: Kaksi\\r\\n | 2 | Subject: Yksi",
      "empty file | '' | 0 | ''",
  })
  void splitsAnMboxOnFromLinesAfterABlankLine(String name, String mbox, int messages, String firstLine) {
    byte[] bytes = mbox.replace("\\n", "\n").replace("\\r", "\r").getBytes(StandardCharsets.UTF_8);
    List<byte[]> split = CorpusMessages.splitMbox(bytes);
    assertEquals(messages, split.size(), name);
    if (messages > 0) {
      String first = new String(split.get(0), StandardCharsets.UTF_8);
      assertEquals(firstLine.replace("\\r", "\r"), first.lines().findFirst().orElseThrow(), name);
    }
  }

  @Test
  void bareLoopReadsEveryGeneratedMessageAndFindsFinnishWords() throws Exception {
    for (String format : List.of("mbox", "eml", "mixed")) {
      Path corpus = dir.resolve(format);
      SampleCorpusGenerator.writeLarge(corpus, format, 120, 3L, true);
      List<byte[]> messages = CorpusMessages.load(corpus);
      assertEquals(120, messages.size(), format + ": messages (labels/ must not count)");
      long tokens = BareLoop.run(messages, 1);
      assertTrue(tokens > 120 * 5, format + ": tokens " + tokens);
      assertEquals(tokens, BareLoop.run(messages, 2), format + ": two threads count the same tokens");
    }
  }

  @Test
  void bareLoopReadsTheBodyTheAuditReadsEvenBesideAttachments() throws Exception {
    Path corpus = dir.resolve("att");
    SampleCorpusGenerator.writeLarge(corpus, "mbox", 400, 1L, false, true);
    List<byte[]> messages = CorpusMessages.load(corpus);
    assertEquals(400, messages.size(), "base64 lines never look like From_ lines");
    Rfc822Parser parser = new Rfc822Parser();
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    int withFiles = 0;
    for (byte[] raw : messages) {
      ParsedMessage audited = (ParsedMessage) parser.parse(new RawMessage(
          new SourceRef("large.mbox", InputFormat.MBOX, "", ""), raw, null));
      withFiles += audited.attachments().isEmpty() ? 0 : 1;
      if (!"text/plain".equals(audited.bodySource())) {
        continue; // the bare loop does not convert HTML: it reads it raw
      }
      String bare = BareLoop.firstText(builder.parseMessage(new ByteArrayInputStream(raw)));
      assertEquals(normalized(audited.bodyText()), normalized(bare), audited.messageId());
    }
    assertTrue(withFiles > 40, "messages with files: " + withFiles);
  }

  private static String normalized(String text) {
    return text.replace("\r\n", "\n").strip();
  }

  @Test
  void anEmptyCorpusHasNoMessages() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    assertEquals(List.of(), CorpusMessages.load(dir.resolve("empty")));
    assertEquals(0, BareLoop.run(List.of(), 2));
  }

  @Test
  void largeCorpusDomainsAreTheAgentsDomains() throws IOException {
    Path corpus = dir.resolve("domains");
    SampleCorpusGenerator.writeLarge(corpus, "mbox", 60, 5L, false);
    String mbox = Files.readString(corpus.resolve("large.mbox"), StandardCharsets.UTF_8);
    List<String> domains = SampleCorpusGenerator.largeCorpusDomains();
    assertEquals(5, domains.size());
    assertTrue(domains.stream().anyMatch(d -> mbox.contains("@" + d)), "no agent of " + domains + " in the corpus");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "parse: read and parse every mail item | parse",
      "output: write the tables | output",
      "threads | threads",
      "' ' | unlabelled",
  })
  void stageIsTheWordBeforeTheColon(String description, String stage) {
    assertEquals(stage, StageTimer.stageOf(description.isBlank() ? null : description));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--sizes 10000,abc | not a number",
      "--sizes 0 | must be positive",
      "--formats mbox,pst | unknown format 'pst'",
      "--sizes | needs a value",
      "--speed 3 | unknown option '--speed'",
      "--tika-app /nonexistent/tika-app.jar | no such file",
      "--heap 2 | a JVM heap size",
      "--heap 2gb | a JVM heap size",
      "--baselines some | all or none",
      "--repeat 0 | must be positive",
      "--corpus /nonexistent/pst | no such file or folder",
  })
  void badOptionsSayWhatIsWrong(String args, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchOptions.parse(List.of(args.split(" "))));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void attachmentsAreAFlagWithoutValueAndNameTheirOwnCorpora() {
    assertEquals(false, BenchOptions.parse(List.of("--sizes", "100")).attachments());
    BenchOptions options = BenchOptions.parse(List.of("--sizes", "100000", "--attachments", "--formats", "mbox"));
    assertTrue(options.attachments());
    assertEquals(List.of(100_000L), options.sizes());
    assertEquals(List.of("mbox"), options.formats());
    assertTrue(BenchOptions.parse(List.of("--formats", "eml", "--attachments")).attachments(), "last flag");
    assertEquals("corpus-mbox-att-100000", BenchCommand.corpusName("mbox", 100_000, true));
    assertEquals("corpus-mbox-100000", BenchCommand.corpusName("mbox", 100_000, false));
  }

  @Test
  void defaultsAreTheIssuesSizesAndFormats() {
    BenchOptions options = BenchOptions.parse(List.of("--sizes", "1_000,20000"));
    assertEquals(List.of(1000L, 20000L), options.sizes());
    assertEquals(List.of("mbox", "eml", "mixed"), options.formats());
    assertEquals(Path.of("docs", "BENCHMARKS.md"), options.out());
  }

  @Test
  void scaleOptionsDefaultToOneRunOnAllCoresWithBaselines() throws IOException {
    BenchOptions plain = BenchOptions.parse(List.of());
    assertEquals(1, plain.repeat());
    assertNull(plain.scaleMaster());
    assertEquals("4g", plain.heap());
    assertTrue(plain.baselines());
    assertEquals(List.of(), plain.corpora());
    Path pst = Files.createDirectory(dir.resolve("pst"));
    BenchOptions scale = BenchOptions.parse(List.of("--corpus", pst.toString(), "--repeat", "2",
        "--scale-master", "local[1]", "--heap", "2g", "--baselines", "none"));
    assertEquals(List.of(pst.toAbsolutePath()), scale.corpora());
    assertEquals(2, scale.repeat());
    assertEquals("local[1]", scale.scaleMaster());
    assertEquals("2g", scale.heap());
    assertEquals(false, scale.baselines());
  }

  @Test
  void repeatedAndScaledRunsAreRowsAndFactsAreListed() {
    BenchReport.Contender audit = new BenchReport.Contender("audit (job)", 10_000, 15_000_000, 20.0, 900 * 1024, null);
    BenchReport.Contender again = new BenchReport.Contender("audit (job), run 2", 10_000, 15_000_000, 25.0, 900 * 1024, null);
    BenchReport.Case c = new BenchReport.Case(10_000, "mbox", 10_000, 15_000_000, audit, audit, List.of(), null,
        null, null, null, List.of(again), List.of("plan: 1 files, 6 read tasks in 6 partitions"));
    String md = BenchReport.markdown(new BenchReport.Machine(2, 24000, "17", "Linux", "Python 3", "none"),
        List.of(c), "bin/mailaudit bench");
    // run 2: 400 msg/s against 500 → the first run is 1.25 × as fast.
    assertTrue(md.contains("| audit (job), run 2 | 10,000 | 25.0 | 400 | 0.60 | 900 | 1.25 |"), md);
    assertTrue(md.contains("- plan: 1 files, 6 read tasks in 6 partitions"), md);
  }

  @Test
  void theHandWrittenPartBelowTheMarkerIsKept() throws IOException {
    Path report = dir.resolve("BENCHMARKS.md");
    assertEquals("", BenchCommand.keptPart(report), "no report yet");
    Files.writeString(report, "# Benchmarks\n| old table |\n");
    assertEquals("", BenchCommand.keptPart(report), "no marker: all of it is regenerated");
    Files.writeString(report, "# Benchmarks\n| old table |\n" + BenchReport.KEPT + "\n## Profile\nrules 30 %\n");
    assertEquals(BenchReport.KEPT + "\n## Profile\nrules 30 %\n", BenchCommand.keptPart(report));
  }

  @Test
  void newestTikaAppIsChosenByNumericVersion() throws IOException {
    assertNull(BenchOptions.newestTikaApp(dir.resolve("missing")));
    for (String jar : List.of("tika-app-3.9.1.jar", "tika-app-3.10.0.jar", "tika-app-3.2.2.jar", "tika-core-4.0.0.jar")) {
      Files.createFile(dir.resolve(jar));
    }
    assertEquals("tika-app-3.10.0.jar", BenchOptions.newestTikaApp(dir).getFileName().toString());
  }

  @Test
  void reportGivesRatiosAgainstTheAuditAndPerCore() {
    BenchReport.Contender audit = new BenchReport.Contender("audit (job)", 10_000, 15_000_000, 20.0, 900 * 1024, "x");
    BenchReport.Contender lazy = new BenchReport.Contender("  stage rules", 10_000, 15_000_000, 0.0, -1, null);
    BenchReport.Contender bare1 = new BenchReport.Contender("bare loop, 1 thread", 10_000, 15_000_000, 4.0, 200 * 1024, null);
    BenchReport.Contender python = new BenchReport.Contender("python", 10_000, 15_000_000, 2.5, 20 * 1024, null);
    BenchReport.Case c = new BenchReport.Case(10_000, "mbox", 10_000, 15_000_000, audit, audit, List.of(lazy), bare1,
        null, null, python);
    String md = BenchReport.markdown(new BenchReport.Machine(2, 24000, "17", "Linux", "Python 3", "none"),
        List.of(c), "bin/mailaudit bench");
    // audit 500 msg/s; bare loop 2,500 msg/s → 0.20; python 4,000 msg/s → 0.13; per core 250 / 2,500.
    assertTrue(md.contains("| bare loop, 1 thread | 10,000 | 4.0 | 2,500 | 3.75 | 200 | 0.20 |"), md);
    assertTrue(md.contains("| python | 10,000 | 2.5 | 4,000 | 6.00 | 20 | 0.13 |"), md);
    assertTrue(md.contains("|   stage rules | 10,000 | 0.0 | — | — | n/a | — |"), md);
    assertTrue(md.contains("audit ÷ bare loop per core = 0.10"), md);
    assertEquals("n/a", BenchReport.ratio(1, 0));
    assertEquals("n/a", BenchReport.ratio(Double.NaN, 2));
  }
}
