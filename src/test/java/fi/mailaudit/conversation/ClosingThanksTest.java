package fi.mailaudit.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosingThanksTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kiitos avustanne, kaikki toimii nyt niin kuin pitää.|true",
        "Kiitti! Nyt toimii.|true",
        "Kiitoksia nopeasta avusta, hyvää viikonloppua!|true",
        "Tack för hjälpen!|true",
        "Thanks, that solved it.|true",
        "Kiitos, mutta lasku on edelleen väärin.|false",
        "Kiitos vastauksesta. Milloin asentaja tulee?|false",
        "Hei, liittymä ei vieläkään toimi, vaikka modeemi on käynnistetty uudelleen.|false",
        "Selvä.|false",
        "|false",
      })
  void onlyAShortThanksThatAsksNothingCloses(String text, boolean closing) {
    assertEquals(closing, ClosingThanks.is(text));
  }

  @ParameterizedTest
  @CsvSource({"40, true", "41, false"})
  void aLongThankYouIsANewMatter(int words, boolean closing) {
    String text = "Kiitos " + "sana ".repeat(words - 1);
    assertEquals(closing, ClosingThanks.is(text));
  }
}
