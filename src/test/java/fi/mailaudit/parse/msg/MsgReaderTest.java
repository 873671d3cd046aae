package fi.mailaudit.parse.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.MailHeaders;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MSG reading on apache-tika/testMSG.msg. expected.tsv rows asserted: body_contains "breaking your
 * application"; text_startswith "MIME registry use cases" (Tika's text starts with the subject, so
 * here: subject equals it); "From Jukka Zitting" (here: from name and address). Not asserted:
 * content_type application/vnd.ms-outlook (detection is the ingest stage's job, not this reader's).
 */
class MsgReaderTest {
  private static final SourceRef REF =
      new SourceRef("apache-tika/testMSG.msg", InputFormat.MSG, "0", null);

  private static ParsedMessage readCorpus() throws IOException {
    try (InputStream in = new FileInputStream(OutlookCorpora.file("apache-tika/testMSG.msg"))) {
      return assertInstanceOf(ParsedMessage.class, MsgReader.read(REF, in));
    }
  }

  @Test
  void readsTestMsgAsTheTikaTestsExpect() throws IOException {
    ParsedMessage m = readCorpus();
    assertEquals("MIME registry use cases", m.subject());
    assertTrue(m.bodyText().contains("breaking your application"), m.bodyText());
    assertEquals("text/plain", m.bodySource());
    assertEquals(new Address("Jukka Zitting", "jukka.zitting@gmail.com"), m.from());
    assertEquals(List.of(new Address(null, "tika-dev@lucene.apache.org")), m.to());
    assertEquals(Instant.parse("2009-01-29T19:16:40Z"), m.sentAt());
    assertEquals("510143ac0901291116s5f368dfby9d6423ce61acc36a@mail.gmail.com", m.messageId());
    assertEquals(REF, m.source());
    assertEquals(20480, m.sizeBytes());
  }

  @Test
  void transportHeadersReachTheHeaderMap() throws IOException {
    ParsedMessage m = readCorpus();
    assertEquals("bulk", m.header(MailHeaders.PRECEDENCE));
    assertEquals("<tika-dev.lucene.apache.org>", m.header("list-id"));
    assertTrue(m.headers().keySet().stream().allMatch(k -> k.equals(k.toLowerCase())));
  }

  @Test
  void garbageAndEmptyInputAreRejectsNotExceptions() {
    for (byte[] bytes :
        List.of(new byte[0], "Subject: not an OLE2 file\r\n\r\nhei".getBytes(StandardCharsets.UTF_8))) {
      Reject r =
          assertInstanceOf(Reject.class, MsgReader.read(REF, new ByteArrayInputStream(bytes)));
      assertEquals(RejectReason.OUTLOOK_UNREADABLE, r.reason());
      assertTrue(!r.detail().isBlank());
    }
  }
}
