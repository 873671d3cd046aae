package fi.mailaudit.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire encodings decode back with an independent decoder (mime4j's). */
class TransferEncodingTest {
  @ParameterizedTest
  @ValueSource(strings = {"Muutto ja nettiliittymä", "Öhman Åström", "Kiitos tilauksestasi – Kuitu 1000 asennetaan 12.8.",
      "Laskutusvirhe", "”Unohtuiko salasana?” ja pitkä otsikko, joka ylittää yhden koodatun sanan seitsemänkymmentäviisi merkkiä"})
  void headersRoundTripInBothEncodings(String value) {
    for (boolean b : new boolean[] {true, false}) {
      String encoded = TransferEncoding.header(value, b, "\r\n");
      for (String line : encoded.split("\r\n")) {
        assertTrue(line.strip().length() <= 75, line);
      }
      assertEquals(value, DecoderUtil.decodeEncodedWords(encoded.replace("\r\n", ""), org.apache.james.mime4j.codec.DecodeMonitor.STRICT));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "UTF-8|Hei Matti, kiitos viestistäsi = ”lainaus”.",
      "ISO-8859-1|Pahoittelut, että asiat eivät ole sujuneet odottamallanne tavalla. Åbo.",
      "windows-1252|Kysykää ihmeessä – ”mobiili” maksaa 4,90 €.",
      "UTF-8|''",
      "UTF-8|'trailing space '"})
  void quotedPrintableRoundTrips(String charset, String text) throws IOException {
    String longText = text + "\n" + text.repeat(3) + "\n\nloppu";
    String qp = TransferEncoding.quotedPrintable(longText, Charset.forName(charset), "\n");
    for (String line : qp.split("\n")) {
      assertTrue(line.length() <= 76, line);
    }
    byte[] decoded = new QuotedPrintableInputStream(new ByteArrayInputStream(qp.getBytes(StandardCharsets.US_ASCII)))
        .readAllBytes();
    // RFC 2045 §6.7: a hard line break decodes to the canonical CRLF.
    assertEquals(longText, new String(decoded, Charset.forName(charset)).replace("\r\n", "\n"));
  }
}
