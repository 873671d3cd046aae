package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseListTest {
  private static final PhraseList CLOSINGS = PhraseList.load("closings");
  private static final PhraseList DETAILS = PhraseList.load("autoreply-absence-details");

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'  Ystävällisin\u00a0 terveisin  '|ystävällisin terveisin",
        "'Hei\t\tMatti'|hei matti",
        "'Päivä–ilta—yö'|päivä-ilta-yö",
        "'Don’t'|don't",
        "'rivi\r\nrivi'|rivi rivi",
        "'yksi väli'|yksi väli",
        "''|''",
      })
  void normalizeFoldsCaseQuotesDashesAndSpaces(String text, String normalized) {
    assertEquals(normalized, PhraseList.normalize(text));
  }

  @Test
  void normalizeOfNullIsEmpty() {
    assertEquals("", PhraseList.normalize(null));
  }

  /** The loop that collapses spaces must do exactly what the regex it replaced did. */
  @Test
  void normalizeEqualsItsRegexDefinitionOnRandomText() {
    for (String text : RandomText.strings(7, 20_000, 24)) {
      String expected = text.replace('\u00a0', ' ').replace('’', '\'').replace('–', '-').replace('—', '-')
          .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
      assertEquals(expected, PhraseList.normalize(text), () -> "for " + escaped(text));
    }
  }

  @Test
  void longestPhraseWinsAndEndsAtAWordBoundary() {
    assertEquals("ystävällisin terveisin", CLOSINGS.prefixOf("ystävällisin terveisin matti"));
    assertEquals("terveisin", CLOSINGS.prefixOf("terveisin, matti"));
    assertNull(CLOSINGS.prefixOf("terveisinä"));
    assertNull(CLOSINGS.foundIn("ei tervehdystä"));
    assertEquals("terveisin", CLOSINGS.foundIn("parhain. terveisin"));
  }

  @Test
  void aStarredPhraseMatchesItsStemWithAnyEnding() {
    assertEquals("en lue sähköpost*", DETAILS.prefixOf("en lue sähköpostiani"));
    assertEquals("paluu*", DETAILS.foundIn("lomalta paluupäivä on 3.8."));
    assertNull(DETAILS.foundIn("lomaltapaluu on 3.8."));
    assertEquals("asti", DETAILS.foundIn("lomalla 3.8. asti."));
    assertNull(DETAILS.foundIn("lomalla 3.8. astia"));
  }

  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
