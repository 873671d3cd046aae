package fi.mailaudit.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** mboxrd From_ quoting: every {@code >*From } line gains one '>', nothing else changes. */
class MboxSinkTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "From what I read|>From what I read",
      ">From a quoted line|>>From a quoted line",
      ">>From twice|>>>From twice",
      "From|From",
      "Fromage on pöydällä|Fromage on pöydällä",
      "' From indented'|' From indented'",
      "Lähettäjä: From here|Lähettäjä: From here",
      "''|''"})
  void quotesOnlyFromLines(String line, String expected) throws IOException {
    assertEquals("Subject: x\n\n" + expected + "\nend\n", quote("Subject: x\n\n" + line + "\nend\n"));
  }

  @Test
  void worksOnCrlfAndOnALastLineWithoutNewline() throws IOException {
    assertEquals(">From x\r\n", quote("From x\r\n"));
    assertEquals("a\r\n>From y\r\n", quote("a\r\nFrom y\r\n"));
    assertEquals(">From z", quote("From z"));
  }

  private static String quote(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MboxSink.writeQuoted(s.getBytes(StandardCharsets.UTF_8), out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
