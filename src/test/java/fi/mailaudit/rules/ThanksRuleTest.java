package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThanksRuleTest {
  private final FinnishText fi = new FinnishText();
  private final ThanksRule rule = new ThanksRule(fi, Evidence.withPasswordMasking());

  /** The middle sentence of a reply; expected thanks and thanks_for_contact. */
  @ParameterizedTest(name = "{0} -> {1}/{2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Kiitos viestistänne. ; true ; true",
        "kiitos yhteydenotostasi, katsoin asian. ; true ; true",
        "Kiitos ehdotuksestanne, lisäsin sen listalle. ; true ; true",
        "Kiitos kysymyksestä. ; true ; true",
        "Kiitos tilauksestanne! ; true ; true",
        "Kiitos palautteestasi. ; true ; true",
        "Kiitokset viestistä. ; true ; true",
        "Kiitämme saamastamme palautteesta. ; true ; true",
        "Kiitos, että otitte yhteyttä. ; true ; true",
        "Kiitos kun kirjoitit meille. ; true ; true",
        "Kiitos kärsivällisyydestänne. ; true ; false",
        "Kiitos, paketti on nyt lähetetty. ; true ; false",
        "Olemme kiitollisia asiakkuudestanne. ; true ; false",
        "Kiitti vinkistä, korjasin sen! ; true ; true",
        "Kiitämme luottamuksestanne. ; true ; false",
        // Hard negatives
        "Ei kestä kiittää. ; false ; false",
        "Eipä kestä kiittää, hoidin sen mielelläni. ; false ; false",
        "Pelkkä kiitos ei riitä, vaan korjaamme virheen. ; false ; false",
        "Kiitos-sanaa ei tarvita. ; false ; false",
        "Jos vastaus on ei kiitos, merkitsen tilauksen perutuksi. ; false ; false",
        "Kiitosviesti lähtee automaattisesti. ; false ; false",
        "Paketti on lähetetty. ; false ; false",
      })
  void thanksInTheAgentsOwnText(String sentence, boolean thanks, boolean forContact) {
    RuleResult r = reply("Hei Matti,\n\n" + sentence + " Asia on hoidossa.\n\nTerveisin\nLiisa Laine");
    assertEquals(thanks, r.bool(RuleColumns.THANKS));
    assertEquals(forContact, r.bool(RuleColumns.THANKS_FOR_CONTACT));
  }

  @Test
  void thanksInTheQuotedHistoryIsNotTheAgents() {
    RuleResult r =
        reply("Hei Matti,\n\nPaketti lähti tänään.\n\nTerveisin\nLiisa\n\n"
            + "Matti Meikäläinen kirjoitti 3.3.2026 klo 10.12:\n> Kiitos nopeasta vastauksesta!\n> Matti");
    assertFalse(r.bool(RuleColumns.THANKS));
  }

  @Test
  void theClosingCountsTheSignatureDoesNot() {
    assertEquals(true, reply("Hei,\n\nPaketti lähti.\n\nYhteistyöstä kiittäen\nLiisa").bool(RuleColumns.THANKS));
    assertEquals(false,
        reply("Hei,\n\nPaketti lähti.\n\nTerveisin\nLiisa\nKiitos Oy, asiakaspalvelu").bool(RuleColumns.THANKS));
  }

  @Test
  void evidenceQuotesTheThanks() {
    RuleResult r = reply("Hei,\n\nKiitos viestistäsi ja pahoittelut viiveestä.\n\nTerveisin\nLiisa");
    assertEquals("Kiitos viestistäsi ja pahoittelut viiveestä.", r.evidence().get(RuleColumns.THANKS_FOR_CONTACT));
  }

  @Test
  void customerThanksInAdvanceIsNotThanksForService() {
    assertNull(rule.customerThanks(QuoteSplitter.split("Hei,\nVoiko tilauksen perua? Kiitos jo etukäteen!\nMatti")));
    assertNull(rule.customerThanks(QuoteSplitter.split("Hei,\nMilloin paketti tulee?\n\nKiittäen\nMatti")));
    assertEquals("Kiitos",
        rule.customerThanks(QuoteSplitter.split("Hei,\nKiitos, paketti tuli perille!\nMatti")).text());
    // A bare "Kiitti!" after a question thanks for the answer to come; after news it is thanks.
    assertNull(rule.customerThanks(QuoteSplitter.split("Moi!\nVoitko tarkistaa laskuni? Kiitti!\n-Maija")));
    assertEquals("Kiitos",
        rule.customerThanks(QuoteSplitter.split("Hei,\nKirja tuli tänään. Kiitos!\nMika")).text());
  }

  private RuleResult reply(String body) {
    return rule.apply(ReplyInput.of(QuoteSplitter.split(body), null, "Matti"));
  }
}
