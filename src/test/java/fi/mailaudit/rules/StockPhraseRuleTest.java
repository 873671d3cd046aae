package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockPhraseRuleTest {
  private final StockPhraseRule rule = new StockPhraseRule(new FinnishText(), Evidence.withPasswordMasking());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // the seed's three, and inflected kin
        "Ohessa tarjouksemme sähköpostiviestiinne liittyen. ; 1",
        "Toivomme tarjouksemme johtavan ostopäätökseen. ; 1",
        "Kiitämme saamastamme palautteesta. ; 1",
        "Kiitän saamastani palautteesta. ; 1",
        "Viitaten sähköpostiinne ilmoitamme seuraavaa. ; 1",
        "Tiedusteluunne liittyen voimme kertoa, että tilaus on lähtenyt. ; 1",
        "Koskien tilaustanne: toimitus viivästyy. ; 1",
        "Mikäli teillä on kysyttävää, ottakaa yhteyttä. ; 1",
        "Pahoittelemme mahdollisesti aiheutunutta haittaa. ; 1",
        "Pahoittelemme aiheutunutta vaivaa. ; 1",
        "Olemme vastaanottaneet viestinne ja käsittelemme sen pian. ; 1",
        "Toivomme näkevämme teidät pian uudelleen. ; 1",
        "Pyydämme Teitä käynnistämään laitteen uudelleen. ; 1",
        "Ilmoituksenne johdosta huoltomies on tilattu. ; 1",
        "Oheisena lasku. ; 1",
        // plain, personal wording: near misses
        "Kiitos palautteestasi! ; 0",
        "Liitteenä on hinnasto. ; 0",
        "Pahoittelut viiveestä! ; 0",
        "Pahoittelemme haittaa. ; 0",
        "Tähän asiaan liittyen sinun ei tarvitse tehdä mitään. ; 0",
        "Toivottavasti tästä oli apua. ; 0",
        "Jos jokin jäi epäselväksi, kysy ihmeessä. ; 0",
        "Kiitämme yhteydenotostanne. ; 0",
      })
  void stockPhrases(String sentence, int points) {
    RuleResult r = reply("Hei Matti,\n\n" + sentence + " Asia on hoidossa.\n\nTerveisin\nLiisa");
    assertEquals(points, r.integer(RuleColumns.B5_POINTS));
  }

  @Test
  void evidenceQuotesThePhrase() {
    RuleResult r = reply("Hei,\n\nOhessa tarjouksemme sähköpostiviestiinne liittyen.\n\nTerveisin\nMyynti");
    assertEquals("Ohessa tarjouksemme sähköpostiviestiinne liittyen.", r.evidence().get(RuleColumns.B5_POINTS));
  }

  @Test
  void aStockPhraseInTheQuotedHistoryIsNotTheAgents() {
    assertEquals(0, reply("Hei,\n\nHoidettu!\n\nt. Liisa\n\n> Kiitämme saamastamme palautteesta.").integer(RuleColumns.B5_POINTS));
    assertEquals(0, reply("").integer(RuleColumns.B5_POINTS));
  }

  private RuleResult reply(String body) {
    return rule.apply(ReplyInput.of(QuoteSplitter.split(body), null, "Matti"));
  }
}
