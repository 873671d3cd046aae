package fi.mailaudit.rules;

import static fi.mailaudit.rules.CompletenessFixtures.ANALYSIS;
import static fi.mailaudit.rules.CompletenessFixtures.EVIDENCE;
import static fi.mailaudit.rules.CompletenessFixtures.flag;
import static fi.mailaudit.rules.CompletenessFixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApologyRuleTest {
  private final ApologyRule rule = new ApologyRule(ANALYSIS, EVIDENCE);

  /** Customer text; reply; has_apology (null = nothing went wrong, none owed). */
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Paketti tuli, mutta muki oli rikki. ; Pahoittelut rikkoutuneesta mukista! ; true",
        "Laskussa on virhe. ; Pahoittelemme virhettä, korjasimme laskun. ; true",
        "Olen todella pettynyt palveluunne. ; Olemme pahoillamme kokemuksestanne. ; true",
        "Netti ei toimi vieläkään. ; Valitettavasti alueella on vielä häiriö. ; true",
        "Minulta veloitettiin kahteen kertaan. ; Ikävä kyllä järjestelmässä oli vika. ; true",
        "Tilaus on myöhässä jo viikon. ; Sori tästä, tilaus lähti tänään. ; true",
        "Kukaan ei ole vastannut viesteihini. ; Pyydämme anteeksi hidasta vastausta. ; true",
        // owed but missing
        "Paketti tuli, mutta muki oli rikki. ; Lähetämme uuden mukin. ; false",
        "Olen pettynyt, lento peruttiin. ; Ikävä kuulla tapahtuneesta. ; false",
        "Reklamaatio: takin vetoketju hajosi. ; Takki korjataan takuussa. ; false",
        // nothing to apologise for: not applicable, whatever the reply says
        "Voiko laskun maksaa myöhemmin? ; Eräpäivää voi siirtää kaksi viikkoa. ; null",
        "Olisi kiva, jos raporteissa voisi valita kvartaalin. ; Kiitos ehdotuksesta. ; null",
        "Mistä näen tuntikulutukseni? ; Valitettavasti tuntitietoja ei ole saatavilla. ; null",
        "Haluan irtisanoa liittymäni. ; Olemme pahoillamme, että lähdet. ; null",
      })
  void apology(String customer, String reply, String expected) {
    assertEquals(
        flag(expected),
        rule.apply(input(customer, "Hei,¶¶" + reply)).bool(RuleColumns.HAS_APOLOGY));
  }

  @Test
  void missingApologyNamesOnlyTheTriggerWordsNeverTheCustomersLine() {
    RuleResult r =
        rule.apply(
            input(
                "Paketti osoitteeseen Kuusitie 5 oli rikki, soita 0401234567.",
                "Hei,¶¶Uusi lähtee."));
    String evidence = r.evidence().get(RuleColumns.HAS_APOLOGY);
    assertEquals("no apology; customer: rikki", evidence);
    assertFalse(evidence.contains("Kuusitie"));
  }

  @Test
  void noCustomerMessageMeansNoApplicability() {
    assertEquals(null, rule.apply(input(null, "Hei,¶¶Pahoittelut.")).bool(RuleColumns.HAS_APOLOGY));
  }
}
