package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** Sentences separated by " | " in the expected column. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Tilaus lähti tänään. Se on perillä huomenna. ; Tilaus lähti tänään. | Se on perillä huomenna.",
        "Palaan asiaan 15.3. mennessä. Kiitos! ; Palaan asiaan 15.3. mennessä. | Kiitos!",
        "Olen lomalla 31.7. Kiireellisissä asioissa soita. ; Olen lomalla 31.7. | Kiireellisissä asioissa soita.",
        "Soitan klo 12.30 tai esim. huomenna. ; Soitan klo 12.30 tai esim. huomenna.",
        "Mm. Nokia ja ns. Kela-kortti käyvät. ; Mm. Nokia ja ns. Kela-kortti käyvät.",
        "Kirjat, lehdet jne. Muut tuotteet erikseen. ; Kirjat, lehdet jne. | Muut tuotteet erikseen.",
        "Ohje: https://wisenetwork.fi/ohje?id=3 on tässä. ; Ohje: https://wisenetwork.fi/ohje?id=3 on tässä.",
        "Kirjoita tuki@wisenetwork.fi. Vastaamme pian. ; Kirjoita tuki@wisenetwork.fi. | Vastaamme pian.",
        "Mitä ihmettä?! Eihän tämä toimi... Auttakaa! ; Mitä ihmettä?! | Eihän tämä toimi... | Auttakaa!",
        "Asunto on 3. kerroksessa. ; Asunto on 3. kerroksessa.",
        "Puh. 040 123 4567, os. Kauppakatu 1. ; Puh. 040 123 4567, os. Kauppakatu 1.",
      })
  void splitsOnFinnishSentenceEnds(String text, String expected) {
    assertEquals(Arrays.asList(expected.split(" \\| ")), texts(text));
  }

  @org.junit.jupiter.api.Test
  void lineBreaksEndGreetingAndClosingLinesButNotWrappedText() {
    String mail = "Hei Matti,\n\nTilauksenne on lähetetty ja sen pitäisi olla perillä\nhuomenna. "
        + "Seurantakoodi tulee erikseen.\n1. Avaa sovellus\n2. Valitse tilaus\nYstävällisin terveisin\nMaija";
    assertEquals(
        List.of(
            "Hei Matti,",
            "Tilauksenne on lähetetty ja sen pitäisi olla perillä\nhuomenna.",
            "Seurantakoodi tulee erikseen.",
            "1. Avaa sovellus",
            "2. Valitse tilaus",
            "Ystävällisin terveisin",
            "Maija"),
        texts(mail));
  }

  @org.junit.jupiter.api.Test
  void emptyTextHasNoSentences() {
    assertEquals(List.of(), texts(""));
    assertEquals(List.of(), texts(" \n \n"));
  }

  private List<String> texts(String text) {
    return splitter.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }
}
