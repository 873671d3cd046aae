package fi.mailaudit.parse.tnef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Attachment;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import fi.mailaudit.parse.msg.OutlookCorpora;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TNEF reading on apache-tika/testWINMAIL.dat. expected.tsv rows asserted: subject; the embedded
 * file names, where Tika's "message.rtf" is the RTF body itself (here bodySource application/rtf),
 * the other five are our attachments. Not asserted: detected_type (the ingest stage detects), and
 * xml_contains "Der schnelle braune", which Tika finds inside the attached quick.* files: SPEC §2
 * says attachments are listed, never extracted.
 */
class TnefReaderTest {
  private static final SourceRef REF =
      new SourceRef("apache-tika/testWINMAIL.dat", InputFormat.TNEF, "0", null);

  @Test
  void readsSubjectRtfBodyAndAttachmentNames() throws IOException {
    ParsedMessage m;
    try (InputStream in = new FileInputStream(OutlookCorpora.file("apache-tika/testWINMAIL.dat"))) {
      m = assertInstanceOf(ParsedMessage.class, TnefReader.read(REF, in));
    }
    assertEquals("This is a test message", m.subject());
    assertEquals("application/rtf", m.bodySource());
    assertTrue(m.bodyText().contains("Five files from Hell"), m.bodyText());
    assertEquals(
        List.of("quick.doc", "quick.html", "quick.pdf", "quick.txt", "quick.xml"),
        m.attachments().stream().map(Attachment::name).toList());
    assertEquals(
        List.of("application/msword", "text/html", "application/pdf", "text/plain", "application/xml"),
        m.attachments().stream().map(Attachment::mediaType).toList());
    assertTrue(m.attachments().stream().allMatch(a -> a.sizeBytes() > 0));
    // A bare winmail.dat has no envelope: those fields belong to the MIME message that carried it.
    assertNull(m.from());
    assertNull(m.messageId());
  }

  @Test
  void emptyAndNonTnefInputAreRejects() {
    // Empty; the TNEF signature 0x223E9F78 with nothing after it; a wrong signature (near miss).
    for (byte[] bytes :
        List.of(
            new byte[0],
            new byte[] {0x78, (byte) 0x9f, 0x3e, 0x22, 0, 0},
            new byte[] {0x79, (byte) 0x9f, 0x3e, 0x22, 0, 0, 1, 2, 3})) {
      Reject r = assertInstanceOf(Reject.class, TnefReader.read(REF, new ByteArrayInputStream(bytes)));
      assertEquals(RejectReason.OUTLOOK_UNREADABLE, r.reason());
    }
  }
}
