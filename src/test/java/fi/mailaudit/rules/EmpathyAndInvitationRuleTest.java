package fi.mailaudit.rules;

import static fi.mailaudit.rules.CompletenessFixtures.ANALYSIS;
import static fi.mailaudit.rules.CompletenessFixtures.EVIDENCE;
import static fi.mailaudit.rules.CompletenessFixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Empathy and invitation: both always applicable, both a phrase list over the reply's own text. */
class EmpathyAndInvitationRuleTest {
  private final EmpathyRule empathy = new EmpathyRule(ANALYSIS, EVIDENCE);
  private final InvitationRule invitation = new InvitationRule(ANALYSIS, EVIDENCE);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Ymmärrän hyvin, että tilanne harmittaa. ; true",
        "Ymmärrämme, että odotus on ollut pitkä. ; true",
        "Onpa harmi, että yhteys pätkii. ; true",
        "Onpa hienoa, että matka onnistui! ; true",
        "Ikävä kuulla, että paketti on kateissa. ; true",
        "Mukava kuulla, että sohva on löytänyt paikkansa. ; true",
        "Kiva, että seuraat kulutustasi! ; true",
        "Voi harmi, muki rikkoutui matkalla. ; true",
        "Autamme mielellämme osahyvityksen kanssa. ; true",
        "Tilanne on varmasti turhauttava. ; true",
        "Onnittelut uudesta kodista! ; true",
        // near misses
        "Ymmärsin, että haluatte vaihtaa osoitteen. ; false",
        "Ymmärrän kysymyksenne niin, että haluatte hyvityksen. ; false",
        "En ymmärrä, mitä tarkoitatte. ; false",
        "Pahoittelemme viivästystä. ; false",
        "Tilaus lähti tänään. ; false",
      })
  void empathy(String reply, boolean expected) {
    assertEquals(expected, empathy.apply(body(reply)).bool(RuleColumns.HAS_EMPATHY));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Kysykää ihmeessä, jos jokin jäi vielä epäselväksi! ; true",
        "Mikäli kuvan tallentaminen ei onnistu, olkaa yhteydessä minuun. ; true",
        "Jos tarvitset apua, ota yhteyttä. ; true",
        "Ottakaa meihin uudelleen yhteyttä, niin autamme mielellämme. ; true",
        "Voit aina kysyä lisää. ; true",
        "Älä epäröi ottaa yhteyttä! ; true",
        "Olemme mielellämme käytettävissänne. ; true",
        "Jos teille tulee vielä kysyttävää, vastaan mielelläni. ; true",
        "Soita minulle numeroon 040 111 2222, jos jokin vaihe ei toimi. ; true",
        "Lisätietoja saatte palveluohjauksesta. ; true",
        // the company promising to call is no invitation
        "Otamme teihin yhteyttä huomenna. ; false",
        "Olimme yhteydessä kuljetusliikkeeseen. ; false",
        "Asiakas voi tilata tuotteen verkkokaupasta. ; false",
        "Tervetuloa uudelleen! ; false",
      })
  void invitation(String reply, boolean expected) {
    assertEquals(expected, invitation.apply(body(reply)).bool(RuleColumns.HAS_INVITATION));
  }
}
