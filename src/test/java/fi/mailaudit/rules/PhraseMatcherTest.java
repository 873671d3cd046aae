package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PhraseMatcherTest {
  private final FinnishText fi = new FinnishText();
  private final PhraseMatcher contact =
      PhraseMatcher.of(
          "test-contact",
          List.of(
              "kiitos|kiitokset|kiitämme * viestistänne|yhteydenotostanne",
              "!kiitos * viestistänne * huolimatta",
              "=ei kiitos",
              "asiakaspalvelu* kiittää"),
          fi);

  /** Expected: the matched words as written, or "-" for none. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Kiitos viestistänne. ; Kiitos viestistänne",
        "Hei, kiitos viestistäsi! ; kiitos viestistäsi",
        "Kiitokset viestistä ja mukavaa päivää ; Kiitokset viestistä",
        "Kiitämme viestistänne ; Kiitämme viestistänne",
        "Kiitos paljon nopeasta yhteydenotostasi ; Kiitos paljon nopeasta yhteydenotostasi",
        "Kiitos todella paljon ihan nopeasta viestistäsi ; -", // gap of four words is too long
        "Kiitos. Viestistänne puuttui liite. ; -", // never across a sentence end
        "Kiitos! Viestistänne puuttui liite. ; -",
        "Kiitos viestistänne huolimatta se on myöhässä ; -", // near miss line wins
        "Ei kiitos, en tarvitse ; Ei kiitos",
        "Ei kiitoksia tarvita ; -", // exact line: surface forms only
        "Asiakaspalvelumme kiittää ; Asiakaspalvelumme kiittää",
        "Kiitosviesti lähti eilen ; -", // compound is another word
      })
  void findsStemSequences(String text, String expected) {
    PhraseMatch m = contact.first(text);
    assertEquals(expected, m == null ? "-" : m.text());
    if (m != null) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Ei kestä! ; true",
        "Eipä kestä, hyvä että toimii. ; true",
        "Ei kestä ; true", // end of text
        "Korjaus ei kestä kauan. ; false", // "$": the phrase must end its clause
        "Olkaa hyvä ja lähettäkää kuitti. ; false", // "*kää": plural imperative after "ja"
        "Olkaa hyvä ja mukavaa kevättä! ; true",
      })
  void sentenceEndAnchorAndSuffixes(String text, boolean matches) {
    PhraseMatcher m =
        PhraseMatcher.of(
            "test-anchor",
            List.of("=ei|eipä kestä $", "olkaa hyvä", "!olkaa hyvä ja *kaa|*kää"),
            fi);
    assertEquals(matches, !m.find(text).isEmpty());
  }

  @Test
  void aLineBreakEndsAPhrase() {
    assertEquals(null, contact.first("Kiitos\nviestistänne puuttui liite."));
  }

  @Test
  void reportsEveryNonOverlappingMatchInOrder() {
    List<PhraseMatch> all = contact.find("Kiitos viestistänne. Ja kiitämme yhteydenotostanne vielä.");
    assertEquals(List.of("Kiitos viestistänne", "kiitämme yhteydenotostanne"),
        all.stream().map(PhraseMatch::text).toList());
  }

  @ParameterizedTest
  @NullAndEmptySource
  void emptyTextMatchesNothing(String text) {
    assertTrue(contact.find(text).isEmpty());
  }

  @Test
  void malformedLinesFailLoudlyNamingTheLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PhraseMatcher.of("bad", List.of("* kiitos"), fi));
    assertTrue(e.getMessage().contains("* kiitos"));
    assertThrows(IllegalArgumentException.class, () -> PhraseMatcher.of("bad", List.of("kiitos *"), fi));
    assertThrows(IllegalArgumentException.class, () -> PhraseMatcher.of("bad", List.of("kiitos-sana"), fi));
  }

  @Test
  void missingResourceFailsLoudly() {
    assertThrows(IllegalStateException.class, () -> PhraseMatcher.load("no-such-list", fi));
  }

  @Test
  void everyRuleListLoads() {
    for (String name : List.of("thanks", "thanks-for-contact", "thanks-in-advance",
        "thanks-reception-gracious", "thanks-reception-dismissive")) {
      assertTrue(PhraseMatcher.load(name, fi).toString().startsWith(name));
    }
  }
}
