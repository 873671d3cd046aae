package fi.mailaudit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import fi.mailaudit.corpora.ArchiveRun;
import fi.mailaudit.parse.ArchiveReader;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each per-message limit, hit by the mutant that attacks it and just missed by a near miss, through
 * the job's read path: the reject is LIMIT_EXCEEDED and its detail names the limit and its value.
 */
class LimitRejectsTest {
  private static final String MAIL = "From: Liisa Virtanen <liisa@example.fi>\r\nTo: tuki@yritys.fi\r\n"
      + "Subject: Katko ja lasku\r\nDate: Tue, 7 Jan 2025 08:01:00 +0200\r\n\r\nHei, nettiyhteys katkesi viikoksi.\r\n";

  @TempDir Path work;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "nested 10 000 deep             | nest:10000        | maxNestingDepth 100 exceeded",
    "nested 100 deep (near miss)    | nest:99           | ",
    "one 1 MB header field          | header:1048576    | maxHeaderFieldChars 100000 exceeded",
    "a 99 999-char field (near miss)| header:99000      | ",
    "9 MB message, limit 8 MB       | size:9437184      | message larger than the limit of 8388608 bytes",
    "7 MB message (near miss)       | size:7340032      | ",
  })
  void theLimitIsNamedInTheReject(String title, String mutant, String detail) throws IOException {
    String[] how = mutant.split(":");
    int amount = Integer.parseInt(how[1]);
    byte[] mail = MAIL.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = switch (how[0]) {
      case "nest" -> MailBytes.nest(mail, amount);
      case "header" -> MailBytes.addField(mail, "X-Pitka: " + "a".repeat(amount));
      default -> MailBytes.concat(mail, "x\r\n".repeat(amount / 3).getBytes(StandardCharsets.US_ASCII));
    };
    Files.write(work.resolve("viesti.eml"), bytes);

    List<ReadResult> results = ArchiveRun.read(work, 1 << 20, 100, ArchiveFuzzTest.SETTINGS, (t, r) -> {}).results();

    assertEquals(1, results.size(), results.toString());
    if (detail == null) {
      assertInstanceOf(ParsedMessage.class, results.get(0), results.toString());
    } else {
      Reject reject = assertInstanceOf(Reject.class, results.get(0));
      assertEquals(RejectReason.LIMIT_EXCEEDED, reject.reason());
      assertEquals(detail, reject.detail());
    }
  }
}
