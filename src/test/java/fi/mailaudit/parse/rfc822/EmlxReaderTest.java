package fi.mailaudit.parse.rfc822;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EmlxReaderTest {
  private static final String PLIST =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict><key>flags</key>"
          + "<integer>0</integer></dict></plist>\n";

  private final EmlxReader reader = new EmlxReader(new Rfc822Parser());

  private static RawMessage raw(byte[] bytes) {
    return new RawMessage(new SourceRef("1.emlx", InputFormat.EMLX, "0", "Saapuneet"), bytes, null);
  }

  @Test
  void unwrapsTheMessageAndDropsThePlist() {
    byte[] message =
        "From: Liisa <liisa@example.fi>\nSubject: Kysymys\n\nOnko tilaus lähtenyt?\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] file = (message.length + "\n" + new String(message, StandardCharsets.UTF_8) + PLIST)
        .getBytes(StandardCharsets.UTF_8);
    ParsedMessage m = assertInstanceOf(ParsedMessage.class, reader.parse(raw(file)));
    assertEquals("Onko tilaus lähtenyt?", m.bodyText().strip());
    assertFalse(m.bodyText().contains("plist"));
    assertEquals(message.length, m.sizeBytes());
    assertEquals("Saapuneet", m.source().folder());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "From: a@b\n\nx", "12 From: a@b\n", "abc\nFrom: a@b\n\nx"})
  void withoutACountLineItIsNotAMessage(String text) {
    Reject reject =
        assertInstanceOf(Reject.class, reader.parse(raw(text.getBytes(StandardCharsets.UTF_8))));
    assertEquals(RejectReason.NOT_A_MESSAGE, reject.reason());
  }

  @Test
  void aCountBeyondTheEndTakesWhatIsThere() {
    byte[] file = "9999\nFrom: a@b.fi\n\nlyhyt".getBytes(StandardCharsets.UTF_8);
    ParsedMessage m = assertInstanceOf(ParsedMessage.class, reader.parse(raw(file)));
    assertEquals("lyhyt", m.bodyText());
  }
}
