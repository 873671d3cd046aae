package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.mailaudit.conversation.RandomText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionDetectorTest {
  private final FinnishText fi = new FinnishText();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // "?" and the clitic on the opening verb
        "Milloin tilaukseni toimitetaan? ; true",
        "Onko laskussa virhe ; true",
        "Voisitteko lähettää kuitin uudelleen. ; true",
        "Löytyykö teiltä tätä mallia isompana ; true",
        "Saisinko hyvityksen peruutetusta lennosta. ; true",
        "Onkohan paketti jo matkalla. ; true",
        "Käykö tämä myös vanhaan malliin ; true",
        "Eikö tilausta voi enää perua. ; true",
        "Ja onko sama hinta voimassa ensi kuussa. ; true",
        "Miten saan vaihdettua toimitusosoitteen. ; true",
        "Paljonko postikulut ovat Ahvenanmaalle. ; true",
        "Kenelle voin lähettää kuitit. ; true",
        "Haluaisin tietää, milloin laite korjataan. ; true",
        "Mietin, onko tuote vielä saatavilla. ; true",
        "Mitä kuuluu? ; true",
        "Tämä on kysymys, eikö? ; true",
        // Near misses: -ko/-kö nouns and names, relative pronouns, indefinites
        "Kokko poltetaan juhannuksena. ; false",
        "Kukko herätti koko talon. ; false",
        "Heikkö on viestissä kirjoitusvirhe. ; false",
        "Mikko Virtanen soitti eilen. ; false",
        "Kauko tilasi kaksi paitaa. ; false",
        "Hanko on kaunis kesäkaupunki. ; false",
        "Teko oli tahaton. ; false",
        "Ruotsalaisko tuotteen tekijä oli, en tiedä. ; false",
        "Tilaus on lähetetty, mikä tarkoittaa että se on perillä huomenna. ; false",
        "Mikä tahansa päivä käy minulle. ; false",
        "Mitä tulee laskuun, se on maksettu. ; false",
        "Kiitos nopeasta avusta. ; false",
        "Toimitus kestää kaksi arkipäivää. ; false",
        "Kerron mielelläni lisää, milloin vain. ; false",
      })
  void tellsQuestionsFromStatements(String sentence, boolean question) {
    List<Sentence> s = fi.sentences(sentence);
    assertEquals(1, s.size(), "one sentence expected");
    assertEquals(question, fi.isQuestion(s.get(0)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "onko, true", "voiko, true", "saako, true", "tuleeko, true", "voisitteko, true", "voinko, true",
    "ovatko, true", "eikö, true", "käykö, true", "olisiko, true", "onkohan, true", "ehditkö, true",
    "kokko, false", "kukko, false", "heikkö, false", "mikko, false", "teko, false", "hanko, false",
    "ruotsalaisko, false", "marko, false", "ko, false", "jako, false",
    "onks, true", "voiks, true", "kaks, false", // colloquial -ks

  })
  void questionClitic(String word, boolean clitic) {
    assertEquals(clitic, QuestionDetector.hasQuestionClitic(word));
  }

  @Test
  void colloquialQuestionsWithoutCapitals() {
    assertEquals(2, fi.questions("moi! mikä on teidän halvin jäsenyys? ja voiko sen ostaa netistä?").size());
    assertEquals(1, fi.questions("voiks jäsenyyden jäädyttää kesäks? oon kolme kuukautta ulkomailla").size());
  }

  @Test
  void countsQuestionsInAMail() {
    String mail = "Hei,\nTilasin takin viime viikolla. Milloin se toimitetaan? Voiko sen vielä vaihtaa "
        + "isompaan kokoon. Lisäksi haluaisin tietää, onko takkia saatavilla sinisenä.\nKiitos!";
    assertEquals(3, fi.questions(mail).size());
  }

  /** The loop that drops -han/-hän/-s must drop what the regex it replaced did (words hold no line breaks). */
  @Test
  void withoutCliticEqualsItsRegexDefinitionOnRandomWords() {
    java.util.Set<String> listed = RuleResources.words("ko-not-clitic");
    for (String word : RandomText.strings(23, 50_000, 9, "aehknostäköu")) {
      String w = word.replaceFirst("(han|hän|s)$", "");
      String expected = listed.contains(word) ? null
          : w.endsWith("ko") || w.endsWith("kö") ? w.substring(0, w.length() - 2)
          : word.endsWith("ks") && word.length() > 3 ? word.substring(0, word.length() - 2) : null;
      assertEquals(expected, QuestionDetector.withoutClitic(word), word);
    }
  }
}
