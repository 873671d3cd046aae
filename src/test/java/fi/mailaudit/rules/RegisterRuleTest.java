package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterRuleTest {
  private final RegisterRule rule = new RegisterRule(new FinnishText(), Evidence.withPasswordMasking());

  /** The agent's middle sentence; expected reply_register. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // teitittely: pronoun, -tte, -nne, -kaa/-kää, clitics
        "Voitte maksaa laskun myöhemmin. ; formal",
        "Tilauksenne lähtee huomenna. ; formal",
        "Ottakaa yhteyttä, jos vika jatkuu. ; formal",
        "Olkaa hyvä! ; formal",
        "Lähetämme teille uuden kortin. ; formal",
        "Voisittekohan tarkistaa osoitteen? ; formal",
        // sinuttelu: pronoun, listed -t verbs, -isit, -tko, possessive after a case, imperative
        "Voit maksaa laskun myöhemmin. ; informal",
        "Lähetimme sinulle uuden kortin. ; informal",
        "Haluaisit siis vaihtaa liittymää. ; informal",
        "Voitko tarkistaa osoitteen? ; informal",
        "Kiitos viestistäsi, asia on hoidossa. ; informal",
        "Soita meille, niin hoidetaan. ; informal",
        "Jos vika jatkuu, ota yhteyttä. ; informal",
        "Et tarvitse uutta sopimusta. ; informal",
        "Sä saat hyvityksen huomenna. ; informal",
        // neither: passives, 1st person, partitives that look like -kaa, the conditional
        "Laskun voi maksaa myöhemmin. ; unknown",
        "Lähetämme uuden kortin huomenna. ; unknown",
        "Hyvää matkaa ja mukavaa lomaa! ; unknown",
        "Toimitusaikaa on kaksi viikkoa, eikä vikaa löytynyt. ; unknown",
        "Olisi hyvä, jos laite voisi olla päällä. ; unknown",
        "Laskua ei tule, koska sopimus päättyi. ; unknown",
        "Vaihdamme laitteen, jos se halusi toimia. ; unknown",
      })
  void replyRegister(String sentence, String expected) {
    RuleResult r = apply("Hei Matti,\n\n" + sentence + "\n\nTerveisin\nLiisa", "Hei,\nKysymys laskusta.\nMatti");
    assertEquals(expected, r.text(RuleColumns.REPLY_REGISTER));
  }

  /** A customer message; expected customer_register. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Moi!\\nMun lasku on väärin.\\nVille ; informal",
        "Hei,\\nlasku on väärin :)\\nVille ; informal",
        "Hei,\\nkiitti nopeesta avusta!\\nVille ; informal",
        "Hei,\\nvoitko tarkistaa laskun?\\nVille ; informal",
        "Arvoisa asiakaspalvelu,\\nPyydän selvitystä laskusta.\\nKunnioittavasti\\nPirjo Lahti ; formal",
        "Hyvä vastaanottaja,\\nLaskussa on virhe.\\nPirjo ; formal",
        "Hei,\\nLaskussa on virhe.\\n\\nYstävällisin terveisin\\nPirjo Lahti ; formal",
        "Hei Liisa,\\nvoisitteko vielä tarkistaa laskun?\\nPirjo ; formal",
        // plural to the company is no signal; nor a bare name block, nor 'Hei'
        "Hei,\\nvoisitteko tarkistaa laskun?\\nPirjo ; unknown",
        "Hei,\\nLaskussa on virhe.\\nPirjo Lahti ; unknown",
        "Hei,\\nmilloin tilaus tulee?\\nPirjo ; unknown",
        // colloquial words win over a formal closing
        "Moi,\\nlasku on väärin.\\n\\nYstävällisin terveisin\\nPirjo Lahti ; informal",
      })
  void customerRegister(String customer, String expected) {
    RuleResult r = apply("Hei,\n\nLasku on korjattu.\n\nTerveisin\nLiisa", customer.replace("\\n", "\n"));
    assertEquals(expected, r.text(RuleColumns.CUSTOMER_REGISTER));
  }

  @Test
  void mismatchScoresOneMatchZeroUnknownNotApplicable() {
    String relaxed = "Moi!\nMun lasku on väärin.\nVille";
    assertEquals(1, apply("Hei,\n\nLaskunne on korjattu.\n\nTerveisin\nLiisa", relaxed).integer(RuleColumns.B3_POINTS));
    assertEquals(0, apply("Moi,\n\nKorjasin laskun, voit maksaa sen nyt.\n\nt. Liisa", relaxed).integer(RuleColumns.B3_POINTS));
    assertNull(apply("Hei,\n\nLasku on korjattu.\n\nTerveisin\nLiisa", relaxed).integer(RuleColumns.B3_POINTS));
    String formal = "Arvoisa vastaanottaja,\nPyydän korjausta.\nKunnioittavasti\nPirjo Lahti";
    assertEquals(1, apply("Moi,\n\nKorjasin laskun, voit maksaa sen nyt.\n\nt. Liisa", formal).integer(RuleColumns.B3_POINTS));
  }

  @Test
  void evidenceNamesTheSignals() {
    RuleResult r = apply("Hei,\n\nLaskunne on korjattu.", "Moi!\nMun lasku on väärin.\nVille");
    assertEquals("Laskunne on korjattu.", r.evidence().get(RuleColumns.REPLY_REGISTER));
    assertEquals("Moi!", r.evidence().get(RuleColumns.CUSTOMER_REGISTER));
  }

  @Test
  void noPromptLeavesTheCustomerUnknown() {
    RuleResult r = rule.apply(ReplyInput.of(QuoteSplitter.split("Hei,\n\nVoitte maksaa myöhemmin."), null, null));
    assertEquals("unknown", r.text(RuleColumns.CUSTOMER_REGISTER));
    assertNull(r.integer(RuleColumns.B3_POINTS));
  }

  private RuleResult apply(String reply, String customer) {
    return rule.apply(ReplyInput.of(QuoteSplitter.split(reply), QuoteSplitter.split(customer), "Matti"));
  }
}
