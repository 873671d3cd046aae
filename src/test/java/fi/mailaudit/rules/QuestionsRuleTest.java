package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.BodySections;
import fi.mailaudit.conversation.QuoteSplitter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionsRuleTest {
  private static final String TWO_QUESTIONS =
      "Hei,\n\nTilasin talvitakin viime viikolla. Milloin tilaukseni toimitetaan? "
          + "Voiko toimitusosoitteen vielä vaihtaa?\n\nTerveisin\nMatti Meikäläinen";
  private final QuestionsRule rule = new QuestionsRule(new FinnishText(), Evidence.withPasswordMasking());

  /** Reply body; expected questions addressed of two and the B4 point. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Tilauksesi toimitetaan huomenna. Toimitusosoitteen voit vaihtaa Omat tiedot -sivulla. ; 2 ; 0",
        "Tilauksenne toimitus on perillä torstaina. ; 1 ; 1",
        "Osoitteen vaihto onnistuu vielä: vaihdoin toimitusosoitteeksi uuden. ; 1 ; 1",
        "Kiitos viestistäsi, olemme vastaanottaneet sen. ; 0 ; 1",
      })
  void coverageOfTheCustomersQuestions(String answer, int addressed, int b4) {
    RuleResult r = apply(TWO_QUESTIONS, "Hei Matti,\n\n" + answer + "\n\nTerveisin\nLiisa");
    assertEquals(2, r.integer(RuleColumns.QUESTIONS_ASKED));
    assertEquals(addressed, r.integer(RuleColumns.QUESTIONS_ADDRESSED));
    assertEquals(b4, r.integer(RuleColumns.B4_POINTS));
  }

  @Test
  void oneUnansweredQuestionIsNoBingoPointButIsReported() {
    RuleResult r = apply("Hei,\nMilloin lasku erääntyy?\nMatti", "Hei,\nTilauksesi on lähetetty.\nLiisa");
    assertEquals(1, r.integer(RuleColumns.QUESTIONS_ASKED));
    assertEquals(0, r.integer(RuleColumns.QUESTIONS_ADDRESSED));
    assertEquals(0, r.integer(RuleColumns.B4_POINTS));
    assertEquals("Milloin lasku erääntyy?", r.evidence().get(RuleColumns.QUESTIONS_ADDRESSED));
  }

  @Test
  void questionsInTheCustomersQuotedHistoryAreNotAsked() {
    RuleResult r = apply("Hei,\nKiitos, nyt toimii.\nMatti\n\n> Onko laite kytketty verkkoon?\n> Liisa",
        "Hei,\nHienoa!\nLiisa");
    assertEquals(0, r.integer(RuleColumns.QUESTIONS_ASKED));
  }

  @Test
  void noPromptNoQuestions() {
    RuleResult r = rule.apply(ReplyInput.of(QuoteSplitter.split("Hei,\nTässä tarjous.\nLiisa"), null, null));
    assertEquals(0, r.integer(RuleColumns.QUESTIONS_ASKED));
    assertEquals(0, r.integer(RuleColumns.B4_POINTS));
  }

  /** Customer question; reply; whether the reply addresses it. */
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // A time, price or count question needs that kind of answer, shared words or not.
        "Milloin paketti tulee? ; Paketti on lähetetty. ; false",
        "Milloin paketti tulee? ; Paketti on perillä torstaina. ; true",
        "Paljonko lisätakuu maksaa? ; Lisätakuun saa kaikkiin laitteisiin. ; false",
        "Paljonko se maksaa? ; Hinta on 890 euroa. ; true",
        // A short question is answered by its answer type alone; a long one must share content too.
        "Paljonko se gigan liittymä maksaa? ; Kuitu 1000 on 44,90 €/kk. ; true",
        "Milloin asentaja tulee kytkemään uuden reitittimen ja tarkistamaan johdot? ; Käsittelemme tilauksen pian. ; false",
        "Kuinka monta kertaa lainan voi uusia? ; Lainat voi uusia verkkokirjastossa. ; false",
        "Kuinka monta kertaa lainan voi uusia? ; Lainan voi uusia viisi kertaa. ; true",
        // Compounds: the head covers ("maksumuistutus" is a "muistutus"), a shared modifier does not.
        "Miksi muistutus tuli? ; Maksumuistutus lähtee automaattisesti, koska lasku oli myöhässä. ; true",
        "Voiko toimitusosoitteen vaihtaa? ; Toimitus kestää kaksi päivää. ; false",
        // Clitic verbs carry content once the -ko is off.
        "Siirretäänkö matka? ; Matka siirretään syyskuulle. ; true",
      })
  void answerTypesCompoundsAndClitics(String question, String answer, boolean addressed) {
    RuleResult r = apply("Hei,\n" + question + "\nMatti", "Hei Matti,\n" + answer + "\nLiisa");
    assertEquals(1, r.integer(RuleColumns.QUESTIONS_ASKED));
    assertEquals(addressed ? 1 : 0, r.integer(RuleColumns.QUESTIONS_ADDRESSED));
  }

  @Test
  void contentStemsLeaveOutStopWordsQuestionWordsAndModals() {
    assertEquals(Set.of("lasku", "jatko"),
        Set.copyOf(rule.contentStemsOf("Voinko saada laskun jatkossa paperisena?")).stream()
            .filter(s -> !s.startsWith("paper")).collect(java.util.stream.Collectors.toSet()));
    assertTrue(rule.contentStemsOf("Mitä voin tehdä?").isEmpty());
  }

  @Test
  void stemsMatchByPrefixOnlyWhenLongEnough() {
    assertTrue(QuestionsRule.sameWord("toimit", "toimituks"));
    assertTrue(QuestionsRule.sameWord("päivitety", "päivitys"));
    assertTrue(QuestionsRule.sameWord("muistutus", "maksumuistutus"));
    assertTrue(QuestionsRule.sameWord("lasku", "lasku"));
    assertFalse(QuestionsRule.sameWord("hin", "hinnoittelu"));
    assertFalse(QuestionsRule.sameWord("tilaus", "tilanne"));
    assertFalse(QuestionsRule.sameWord("toimitus", "toimitusosoitt"));
    assertTrue(QuestionsRule.covered(Set.of("lasku", "erä"), Set.of("lasku"), true));
    assertFalse(QuestionsRule.covered(Set.of("lasku", "erä", "maksu"), Set.of("lasku"), true));
    assertTrue(QuestionsRule.covered(Set.of(), Set.of(), true));
  }

  private RuleResult apply(String customer, String reply) {
    BodySections prompt = QuoteSplitter.split(customer);
    return rule.apply(ReplyInput.of(QuoteSplitter.split(reply), prompt, "Matti"));
  }
}
