package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.mailaudit.conversation.QuoteSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VagueVocabularyRuleTest {
  private static final List<String> PRODUCTS =
      List.of("Kuitu 100", "Kuitu 1000", "Oma Kuitu -sovellus", "KuituTV", "TurvaPaketti", "e-lasku");
  private final FinnishText fi = new FinnishText();
  private final VagueVocabularyRule rule = new VagueVocabularyRule(fi, Evidence.withPasswordMasking());

  /** A reply's middle sentence; expected b2_points with the company's product list. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // vague nouns, inflected
        "Tuotteemme hinnat löytyvät verkkosivuilta. ; 1",
        "Tuotteen toimitus kestää viikon. ; 1",
        "Palvelussamme on huoltokatko tiistaina. ; 1",
        "Kiitos, että valitsit palvelumme. ; 1",
        "Vaihdoimme viallisen tuotteen uuteen. ; 1",
        // third person
        "Asiakas voi tehdä vahinkoilmoituksen verkossa. ; 1",
        "Asiakkaan tulee ilmoittaa muutosta 30 päivän kuluessa. ; 1",
        "Asiakkaalle lähetetään uusi kortti postissa. ; 1",
        "Jäsen voi jäädyttää jäsenyyden kolmeksi kuukaudeksi. ; 1",
        // a product named: the vague word is no longer vague
        "Kuitu 100 -liittymäsi on nyt aktivoitu, ja palvelu toimii. ; 0",
        "Tuotteen asetukset löydät Oma Kuitu -sovelluksessa. ; 0",
        "KuituTV:n kanavat näkyvät taas. ; 0",
        "TurvaPaketin voi lopettaa milloin tahansa. ; 0",
        // named compounds and near misses
        "Sopimus siirretään Oma Energia -palvelussa. ; 0",
        "Asiakasnumerosi on 558201. ; 0",
        "Asiakaspalvelumme auttaa mielellään. ; 0",
        "Tuotekehityksemme käy ehdotukset läpi. ; 0",
        "Kiitos hyvästä palvelusta! ; 0",
        "Hyvä palvelu on meille tärkeää. ; 0",
        "Olemme ilmoittaneet asiakkaillemme katkosta. ; 0",
        "Laskun voi maksaa perjantaina. ; 0",
        "Verkkopalvelussamme voit tehdä muuton. ; 0",
      })
  void vagueVocabulary(String sentence, int points) {
    RuleResult r = reply("Hei Matti,\n\n" + sentence + " Asia on hoidossa.\n\nTerveisin\nLiisa", PRODUCTS);
    assertEquals(points, r.integer(RuleColumns.B2_POINTS));
  }

  @Test
  void kuitu100DoesNotNameKuitu1000() {
    assertEquals(1, reply("Hei,\n\nKuitu 1000 on nopein tuotteemme.", List.of("Kuitu 100")).integer(RuleColumns.B2_POINTS));
    assertEquals(0, reply("Hei,\n\nKuitu 100 on edullisin tuotteemme.", List.of("Kuitu 100")).integer(RuleColumns.B2_POINTS));
  }

  @Test
  void withoutAProductListTheVagueWordStillCounts() {
    RuleResult r = reply("Hei,\n\nTuotteemme on hyvä valinta kotiin.", List.of());
    assertEquals(1, r.integer(RuleColumns.B2_POINTS));
    assertEquals("Tuotteemme on hyvä valinta kotiin.", r.evidence().get(RuleColumns.B2_POINTS));
  }

  @Test
  void evidenceQuotesTheThirdPersonInstruction() {
    RuleResult r = reply("Hei,\n\nAsiakas voi tehdä vahinkoilmoituksen verkkopalvelussa.\n\nTerveisin\nKorvauspalvelu", List.of());
    assertEquals("Asiakas voi tehdä vahinkoilmoituksen verkkopalvelussa.", r.evidence().get(RuleColumns.B2_POINTS));
  }

  @Test
  void quotedHistoryAndEmptyRepliesScoreNothing() {
    RuleResult quoted = reply("Hei,\n\nHoidettu.\n\nTerveisin\nLiisa\n\n> Asiakas voi tehdä tuotteen palautuksen?", List.of());
    assertEquals(0, quoted.integer(RuleColumns.B2_POINTS));
    assertEquals(0, reply("", List.of()).integer(RuleColumns.B2_POINTS));
    assertNull(rule.apply(ReplyInput.unanswered(QuoteSplitter.split("Hei, tuote rikki"), null)).integer(RuleColumns.B2_POINTS));
  }

  private RuleResult reply(String body, List<String> products) {
    return rule.apply(new ReplyInput(QuoteSplitter.split(body), null, "Matti", products, "fi"));
  }
}
