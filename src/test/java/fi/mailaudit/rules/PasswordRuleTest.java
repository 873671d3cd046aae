package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRuleTest {
  private final PasswordRule rule = new PasswordRule(Evidence.withPasswordMasking());

  private RuleResult apply(String body) {
    return rule.apply(ReplyInput.of(QuoteSplitter.split(body), null, null));
  }

  /** A sentence of a company mail; the password it shows in clear ('-' = none). */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Salasanasi on Kesä2026! ; Kesä2026!",
        "Käyttäjätunnus: matti / Salasana: x7Gh2k ; x7Gh2k",
        "Uusi salasanasi: Tupa-47kala ; Tupa-47kala",
        "Väliaikainen salasananne on 48213, vaihtakaa se ensimmäisellä kirjautumisella. ; 48213",
        "Salasanasi on nyt Mökki2025 ; Mökki2025",
        "Salasanaksi on asetettu Ab12cd34. ; Ab12cd34",
        "Your password is Hunter22 ; Hunter22",
        "Password: sunflower ; sunflower",
        "Salasana: aurinko ; aurinko",
        "PIN-koodisi on 4821. ; 4821",
        "Käyttäjätunnus on matti@example.fi ja salasana Kesa4821! ; Kesa4821!",
        "Salasana on nyt nollattu. Uusi salasana on: Lintu7302# ; Lintu7302#",
        "Salasanassa pitää olla 8 merkkiä. ; -",
        "Vaihda salasanasi Oma tili -sivulla. ; -",
        "Kirjoita uusi salasana salasana-kenttään. ; -",
        "Emme koskaan lähetä salasanaa sähköpostilla. ; -",
        "Voit asettaa uuden salasanan osoitteessa https://kauppa.fi/salasana ; -",
        "Salasanasi on vaihdettu onnistuneesti. ; -",
        "Salasana: vähintään 8 merkkiä, isoja ja pieniä kirjaimia. ; -",
        "Salasana: sama kuin verkkopankissa. ; -",
        "Salasana on henkilökohtainen, älä kerro sitä kenellekään. ; -",
        "Salasana: ******** ; -",
        "'' ; -",
      })
  void passwordInClear(String sentence, String password) {
    RuleResult r = apply("Hei,\n\n" + sentence + "\n\nTerveisin\nVerkkokauppa");
    boolean expected = !password.equals("-");
    assertEquals(expected, r.bool(RuleColumns.PASSWORD_IN_CLEAR), r.evidence().toString());
    if (expected) {
      String shown = r.evidence().get(RuleColumns.PASSWORD_IN_CLEAR);
      assertTrue(shown.contains(Evidence.MASK), shown);
      assertFalse(shown.contains(password.replaceAll("[.!]$", "")), shown);
    }
  }

  @Test
  void credentialsInATrailingBlockCount() {
    RuleResult r = apply("Hei,\n\nTervetuloa palveluun! Tässä tunnuksesi:\n\nKäyttäjätunnus: maija.k\nSalasana: Rx81-kuu");
    assertTrue(r.bool(RuleColumns.PASSWORD_IN_CLEAR));
    assertFalse(r.evidence().toString().contains("Rx81"), r.evidence().toString());
  }

  @Test
  void theCustomersPasswordQuotedBackIsNotTheCompanys() {
    RuleResult r = apply("Hei,\n\nEmme tarvitse salasanaasi.\n\nTerveisin\nTuki\n\n> salasanani on Koira123\n> Matti");
    assertFalse(r.bool(RuleColumns.PASSWORD_IN_CLEAR));
  }

  @Test
  void noReplyGivesNoFlag() {
    assertTrue(rule.apply(ReplyInput.unanswered(QuoteSplitter.split("Salasana: x7Gh2k"), null)).flags().isEmpty());
  }
}
