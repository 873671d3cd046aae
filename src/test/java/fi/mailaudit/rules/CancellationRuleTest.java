package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CancellationRuleTest {
  private static final String PLAIN_REPLY = "Hei,\n\nViestinne on vastaanotettu.\n\nTerveisin\nAsiakaspalvelu";
  private final CancellationRule rule = new CancellationRule(new FinnishText(), Evidence.withPasswordMasking());

  private RuleResult apply(String customerText, String replyText) {
    return rule.apply(ReplyInput.of(QuoteSplitter.split(replyText),
        QuoteSplitter.split("Hei,\n\n" + customerText + "\n\nTerveisin\nMatti Virtanen"), "Matti"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Haluan irtisanoa puhelinliittymäni 31.3. alkaen. ; true",
        "Irtisanon täten sähkösopimukseni. ; true",
        "Tässä irtisanomisilmoitukseni, asiakasnumero 55123. ; true",
        "Voisitteko irtisanoa laajakaistaliittymäni kuun lopussa? ; true",
        "Haluaisin lopettaa asiakkuuteni teillä. ; true",
        "Haluan peruuttaa lehtitilaukseni. ; true",
        "Peruutan kuntosalijäsenyyteni helmikuun alusta. ; true",
        "Siirryn toiselle operaattorille ensi kuussa, joten sopimukseni saa päättyä. ; true",
        "Moi, mä haluun lopettaa tän kestotilauksen. ; true",
        "Lopetan vakuutukseni, koska myin auton. ; true",
        "En halua irtisanoa sopimusta, haluan vain halvemman hinnan. ; false",
        "Voinko irtisanoa sopimuksen kesken määräajan? ; false",
        "Mikä on irtisanomisaikanne? ; false",
        "Haluan lopettaa laskun paperiversion ja siirtyä e-laskuun. ; false",
        "Haluaisin lopettaa uutiskirjeen tilauksen. ; false",
        "Jos hinta nousee vielä, irtisanon sopimuksen. ; false",
        "Te irtisanoitte sopimukseni vahingossa, korjatkaa tämä. ; false",
        "Laskussa on virhe, korjatkaa se. ; false",
        "Korjatkaa lasku, muuten irtisanon sopimuksen. ; false",
        "Onko mahdollista irtisanoa liittymä sähköpostilla? ; false",
        "Mun pitää lopettaa salijäsenyys :( Onnistuuko heti? ; true",
        "Pyydän päättämään matkavakuutukseni. ; true",
        "Lopetan Maaseutu-lehden tilauksen vuoden lopussa. ; true",
        "Haluan perua tilauksen 48213, tilasin väärän koon. ; false",
        "Haluan perua hotellivarauksen 12.–14.6. ; false",
        "'' ; false",
      })
  void theCustomerEndsTheRelationship(String customerText, boolean expected) {
    RuleResult r = apply(customerText, PLAIN_REPLY);
    assertEquals(expected, r.bool(RuleColumns.CANCELLATION), r.evidence().toString());
    if (!expected) {
      assertNull(r.integer(RuleColumns.CANCELLATION_STEPS));
    }
  }

  /** One reply sentence; the step it shows (0 = none of the five). */
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Olemme pahoillamme, että haluatte lopettaa. ; 1",
        "Onpa harmi, että lähdet! ; 1",
        "Ikävä kuulla päätöksestäsi. ; 1",
        "Saisimmeko kysyä, mikä sai teidät vaihtamaan? ; 2",
        "Kertoisitko vielä syyn päätökseesi? ; 2",
        "Kuulisimme mielellämme, miksi päätitte lopettaa. ; 2",
        "Olisiko jotain, mitä voisimme vielä tehdä? ; 2",
        "Palauttakaa modeemi kuun loppuun mennessä oheisella palautustarralla. ; 3",
        "Sinun ei tarvitse tehdä mitään muuta. ; 3",
        "Olen irtisanonut liittymänne, ja se päättyy 31.3.2026. ; 4",
        "Irtisanomisenne on kirjattu. ; 4",
        "Peruutin tilauksesi, viimeinen lehti tulee perjantaina. ; 4",
        "Kiitos asiakkuudestanne! ; 5",
        "Olet aina tervetullut takaisin. ; 5",
        "Kiitos kuluneista vuosista ja tervetuloa takaisin milloin vain. ; 5",
        "Valitettavasti määräaikaista sopimusta ei voi irtisanoa kesken kauden. ; 0",
        "Kiitos viestistänne. ; 0",
        "Ottakaa yhteyttä, jos tulee kysyttävää. ; 0",
        "Syyskuussa hinnat nousevat. ; 0",
        "Emme voi perua tilausta, koska se on jo lähetetty. ; 0",
        "Jos haluat silti lopettaa, jäsenyys päättyy 31.3. ; 0",
        "Kääntykää uuden pankkinne puoleen. ; 3",
        "Teidän ei tarvitse palauttaa laitteita. ; 3",
        "Palauta reititin ja virtalähde kahden viikon kuluessa. ; 3",
        "Laitteet tulee palauttaa. ; 3",
        "Lainalaitteet voit palauttaa maksutta mihin tahansa pakettiautomaattiin. ; 3",
        "On sääli menettää sinut asiakkaana, mutta ymmärrämme päätöksen. ; 1",
        "Auttaisiko, jos jäädyttäisimme jäsenyyden kesäksi? ; 2",
      })
  void eachStepOfTheSeed(String sentence, int step) {
    RuleResult r = apply("Haluan irtisanoa liittymäni.", "Hei Matti,\n\n" + sentence + "\n\nTerveisin\nLiisa");
    assertTrue(r.bool(RuleColumns.CANCELLATION));
    assertEquals(step == 0 ? 0 : 1, r.integer(RuleColumns.CANCELLATION_STEPS), r.evidence().toString());
    if (step > 0) {
      assertTrue(r.evidence().containsKey(CancellationRule.STEPS.get(step - 1)), r.evidence().toString());
    }
  }

  @Test
  void aModelReplyHasAllFiveSteps() {
    String reply = "Hei Matti,\n\nOlemme pahoillamme, että haluat lopettaa. Saisimmeko kysyä, mikä sai sinut "
        + "vaihtamaan? Irtisanoin liittymäsi, ja se päättyy 31.3.2026. Palautathan reitittimen "
        + "huhtikuun aikana.\n\nKiitos asiakkuudestasi, olet aina tervetullut takaisin!\n\nTerveisin\nLiisa";
    RuleResult r = apply("Haluan irtisanoa liittymäni.", reply);
    assertEquals(5, r.integer(RuleColumns.CANCELLATION_STEPS), r.evidence().toString());
  }

  @Test
  void noReplyLeavesTheStepsOpen() {
    RuleResult r = rule.apply(ReplyInput.unanswered(QuoteSplitter.split("Irtisanon sopimukseni."), null));
    assertTrue(r.bool(RuleColumns.CANCELLATION));
    assertNull(r.integer(RuleColumns.CANCELLATION_STEPS));
  }

  @Test
  void aCancellationQuotedByTheCustomerIsNotTheirs() {
    RuleResult r = apply("Kiitos, asia on nyt selvä.\n\n> Haluan irtisanoa liittymäni.", PLAIN_REPLY);
    assertFalse(r.bool(RuleColumns.CANCELLATION));
  }
}
