package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.ParsedMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuartersAndKeysTest {
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @ParameterizedTest
  @CsvSource({
    "2026-03-31T21:30:00Z, 2026-Q2", // 00:30 on 1 April in Helsinki
    "2026-03-31T20:59:59Z, 2026-Q1",
    "2026-06-19T09:00:00Z, 2026-Q2",
    "2026-12-31T22:00:00Z, 2027-Q1",
    "2026-07-01T00:00:00Z, 2026-Q3",
  })
  void quarterIsTakenInTheCompanysZone(String instant, String quarter) {
    assertEquals(quarter, Quarters.of(Instant.parse(instant), HELSINKI));
  }

  @Test
  void undatedGoesToUnknown() {
    assertEquals(Quarters.UNKNOWN, Quarters.of(null, HELSINKI));
  }

  @Test
  void messageIdDecidesTheKeyWhereverTheCopyCameFrom() {
    ParsedMessage inbox = message("file:/inbox.mbox", "abc@example.fi", "Hei");
    ParsedMessage sent = message("file:/Sent/cur/1", "abc@example.fi", "Hei, re-wrapped");
    assertEquals(MessageKeys.of(inbox), MessageKeys.of(sent));
    assertEquals(32, MessageKeys.of(inbox).length());
  }

  @Test
  void withoutMessageIdTheContentDecidesAndWhitespaceDoesNot() {
    ParsedMessage a = message("file:/a", null, "Kiitos  viestistänne!\nTerveisin");
    ParsedMessage b = message("file:/b", null, "Kiitos viestistänne! Terveisin");
    ParsedMessage c = message("file:/c", null, "Kiitos viestistäsi! Terveisin");
    assertEquals(MessageKeys.of(a), MessageKeys.of(b));
    assertNotEquals(MessageKeys.of(a), MessageKeys.of(c));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hei Matti-Pekka, kiitos viestistä!|4",
        "Tilaus 12345 lähtee klo 12.|5",
        "-----|0",
        "|0",
        "Ystävällisin terveisin\\nLiisa Laaksonen|4",
      })
  void countsWordsAsAReaderWould(String text, int words) {
    assertEquals(words, WordCount.of(text == null ? "" : text.replace("\\n", "\n")));
  }

  private static ParsedMessage message(String file, String id, String body) {
    return new ParsedMessage(new SourceRef(file, InputFormat.MBOX, "@0", null), id, List.of(), List.of(),
        new Address("Matti Meikäläinen", "matti@example.fi"), List.of(), List.of(),
        Instant.parse("2026-06-15T07:12:00Z"), "Lasku", Map.of(), body, "text/plain", List.of(), 100);
  }
}
