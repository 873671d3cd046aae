package fi.mailaudit.rules;

import static fi.mailaudit.rules.CompletenessFixtures.ANALYSIS;
import static fi.mailaudit.rules.CompletenessFixtures.EVIDENCE;
import static fi.mailaudit.rules.CompletenessFixtures.body;
import static fi.mailaudit.rules.CompletenessFixtures.flag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.BodySections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeframeRuleTest {
  private final TimeframeRule rule = new TimeframeRule(ANALYSIS, EVIDENCE);

  /** Reply body; has_timeframe (null = the matter is not left open); timeframe_vague. */
  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // seed 003's own model replies
        "Kehityspuolemme selvittää asiaa parhaillaan. Palaan teille asiaan heti ensi viikon alussa."
            + " ; true ; false",
        "Selvitämme asiaa parhaillaan ja palaan teille päin tämän viikon lopulla. ; true ; false",
        "Välitin tämän tukipyyntönne asiantuntijoillemme ja he palaavat asiaan mahdollisimman pian."
            + " ; true ; true",
        // definite times in other forms
        "Tutkimme asiaa ja ilmoitamme teille perjantaihin mennessä. ; true ; false",
        "Hakemuksenne on käsittelyssä, ja päätös tulee 15.3. mennessä. ; true ; false",
        "Otamme teihin yhteyttä huomenna. ; true ; false",
        "Palautamme maksun tilillesi kolmen pankkipäivän kuluessa. ; true ; false",
        "Etsintä on käynnissä, ja tarkistamme tilanteen kahden viikon päästä. ; true ; false",
        "Välitin asian eteenpäin, ja asentaja soittaa torstaina. ; true ; false",
        "Lähetämme uuden tuotteen tilalle vielä tänään. ; true ; false",
        // a present-tense "we" or passive next to a time promises the next step
        "Saamme kokoa 46 lisää ensi viikolla. ; true ; false",
        "Korjaus julkaistaan keskiviikkona. ; true ; false",
        "Kokeile uudestaan huomenna. ; null ; null",
        "Lähetimme paketin eilen. ; null ; null",
        // vague: counts half
        "Käsittelemme hakemuksenne piakkoin. ; true ; true",
        "Palaamme asiaan heti kun tiedämme lisää. ; true ; true",
        // left open without a time
        "Asia on välitetty urakoitsijalle. ; false ; null",
        "Selvitämme asiaa. ; false ; null",
        "Palaamme asiaan, kun tarkistus on tehty. ; false ; null",
        // nothing left open: not applicable
        "Hyvitin toisen maksun, ja hyvitys näkyy seuraavalla laskullasi. ; null ; null",
        "Selvitin asian: paketti oli jäänyt lajittelukeskukseen. ; null ; null",
        "Sain selvitettyä myös tuon kysymänne asian. ; null ; null",
        "Voitte ottaa yhteyttä huomenna, jos jokin jäi epäselväksi. ; null ; null",
        "Välitän kiitoksesi myös oppaallemme. ; null ; null",
      })
  void timeframe(String reply, String expected, String vague) {
    RuleResult r = rule.apply(body(reply));
    assertEquals(flag(expected), r.bool(RuleColumns.HAS_TIMEFRAME));
    assertEquals(flag(vague), r.bool(RuleColumns.TIMEFRAME_VAGUE));
  }

  @Test
  void evidenceQuotesTheTimeOrTheOpenMatter() {
    RuleResult present = rule.apply(body("Selvitämme asiaa ja palaan asiaan ensi viikon alussa."));
    assertTrue(present.evidence().get(RuleColumns.HAS_TIMEFRAME).contains("ensi viikon alussa"));
    RuleResult absent = rule.apply(body("Selvitämme asiaa."));
    assertTrue(absent.evidence().get(RuleColumns.HAS_TIMEFRAME).contains("Selvitämme"));
  }

  @Test
  void emptyReplyLeavesNothingOpenAndNoReplyHasNoFlags() {
    assertEquals(
        null,
        rule.apply(ReplyInput.of(BodySections.EMPTY, null, null)).bool(RuleColumns.HAS_TIMEFRAME));
    assertEquals(RuleResult.EMPTY, rule.apply(ReplyInput.unanswered(BodySections.EMPTY, null)));
  }
}
