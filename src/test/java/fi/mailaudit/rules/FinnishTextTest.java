package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FinnishTextTest {
  private final FinnishText fi = new FinnishText();

  @Test
  void tokensKeepOffsetsSurfaceAndStem() {
    String text = "Kiitos viestistänne, Matti!";
    List<Token> tokens = fi.tokens(text);
    assertEquals(3, tokens.size());
    Token viesti = tokens.get(1);
    assertEquals("viestistänne", viesti.surface());
    assertEquals("viestistänne", text.substring(viesti.start(), viesti.end()));
    assertEquals("Matti", text.substring(tokens.get(2).start(), tokens.get(2).end()));
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
    "viestistänne, viestistäsi",
    "viestinne, viesti",
    "viestistä, viestiänne",
    "kiitokset, kiitoksia",
    "kiitämme, kiitän",
    "yhteydenotostasi, yhteydenotostanne",
    "laskun, laskussa",
  })
  void inflectedFormsShareAStem(String a, String b) {
    assertEquals(fi.stem(a), fi.stem(b));
  }

  @Test
  void reusableAcrossTexts() {
    assertEquals(2, fi.tokens("Hei Matti").size());
    assertEquals(3, fi.tokens("Ystävällisin terveisin Maija").size());
    assertEquals(2, fi.tokens("Hei Matti").size());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\n", ":) !!"})
  void emptyInputGivesNoTokensAndNoSentences(String text) {
    assertTrue(fi.tokens(text).isEmpty());
    assertTrue(fi.sentences(text).stream().allMatch(s -> s.tokens().isEmpty()));
  }

  @Test
  void aTextIsAnalysedOnceForAllRulesAndItsResultsAreReadOnly() {
    String reply = "Hei Matti! Kiitos viestistäsi. Korjaamme vian huomenna.";
    List<Token> tokens = fi.tokens(reply);
    List<Sentence> sentences = fi.sentences(reply);
    fi.tokens("Ystävällisin terveisin Maija"); // another text between two rules' questions
    assertSame(tokens, fi.tokens(new String(reply.toCharArray())));
    assertSame(sentences, fi.sentences(reply));
    assertThrows(UnsupportedOperationException.class, () -> tokens.add(tokens.get(0)));
    assertThrows(UnsupportedOperationException.class, () -> sentences.remove(0));
  }

  @Test
  void sentencesCarryTheirTokens() {
    List<Sentence> s = fi.sentences("Hei Matti,\nTilaus lähti tänään. Onko osoite oikein?");
    assertEquals(List.of("Hei Matti,", "Tilaus lähti tänään.", "Onko osoite oikein?"),
        s.stream().map(Sentence::text).toList());
    assertEquals(3, s.get(2).tokens().size());
  }
}
