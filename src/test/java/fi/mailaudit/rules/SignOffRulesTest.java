package fi.mailaudit.rules;

import static fi.mailaudit.rules.CompletenessFixtures.ANALYSIS;
import static fi.mailaudit.rules.CompletenessFixtures.EVIDENCE;
import static fi.mailaudit.rules.CompletenessFixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wishes, closing and signature: the end of a reply (seed 003 "Toivotukset", "Lopputervehdys"). */
class SignOffRulesTest {
  private final WishesRule wishes = new WishesRule(ANALYSIS, EVIDENCE);
  private final ClosingRule closing = new ClosingRule(ANALYSIS, EVIDENCE);
  private final SignatureRule signature = new SignatureRule(ANALYSIS, EVIDENCE);

  /** Whole reply; has_wishes; has_closing; has_signature. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Hei,¶¶Lisäsin ilmoittautumisen.¶¶Mukavaa viikon jatkoa!¶¶Ystävällisin terveisin,¶Kirsi"
            + " Saarnivuo¶markkinointipäällikkö ; true ; true ; true",
        "Hei,¶¶Lisäsin ilmoittautumisen.¶¶Mukavaa työviikkoa!¶¶Ystävällisin terveisin,¶Kirsi"
            + " Saarnivuo-Myöhänen ; true ; true ; false",
        "Moi!¶¶Jäädytys onnistuu sovelluksessa. Hyvää matkaa!¶¶t. Emma ; true ; true ; false",
        "Hei!¶¶Laukku lähtee tänään.¶¶Mukavaa loppukesää!¶Anni / Laukkuliike Oy ; true ; false ;"
            + " true",
        "Hei!¶¶Hinta on 75 €.¶¶Terveisin¶Emma¶asiakaspalvelu ; false ; true ; true",
        "Hei,¶¶Tilaus lähti tänään.¶¶Terveisin¶Asiakaspalvelu ; false ; true ; false",
        "Hei,¶¶Tilaus lähti tänään.¶¶Terkuin¶Jere¶myyjä, Autotalo Virta¶040 321 7654 ; false ; true"
            + " ; true",
        "Hei,¶¶Tilaus lähti tänään.¶¶Terveisin¶farmaseutti Laura Niemi¶Keskustan Apteekki ; false ;"
            + " true ; true",
        "Hei,¶¶Kokeile uudestaan huomenna.¶Emma ; false ; false ; false",
        "Hei,¶¶Mukavaa, että paketti tuli päivässä.¶¶Terveisin¶Liisa ; false ; true ; false",
        "Hyvää päivää,¶¶Tilaus lähti tänään.¶¶Ystävällisin terveisin¶Liisa"
            + " Laine¶liisa.laine@kauppa.fi ; false ; true ; true",
      })
  void signOff(String reply, boolean wish, boolean close, boolean signed) {
    ReplyInput in = input("Hei, missä tilaukseni on?", reply);
    assertEquals(wish, wishes.apply(in).bool(RuleColumns.HAS_WISHES), "wishes");
    assertEquals(close, closing.apply(in).bool(RuleColumns.HAS_CLOSING), "closing");
    assertEquals(signed, signature.apply(in).bool(RuleColumns.HAS_SIGNATURE), "signature");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Liisa Laine¶Asiakaspalvelu, Kauppa Oy ; true",
        "Marko¶huoltoneuvoja ; true",
        "Tommi Lahtinen¶+358 40 123 4567 ; true",
        "Emma / Salikeskus ; true",
        "farmaseutti Laura Niemi ; true",
        "Liisa ; false",
        "Pankin asiakaspalvelu ; false",
        "IT-tuki ; false",
        "Kirjakauppa Sivu ; false",
        "Asiakaspalvelu ; false",
        "Asiakaspalvelu¶Pohjolan Matkat ; false",
        "Laskutus¶Kauppa Oy ; false",
        "'' ; false",
      })
  void signatureBlocks(String block, boolean expected) {
    assertEquals(expected, SignatureRule.isSignature(CompletenessFixtures.lines(block)));
  }

  @Test
  void evidenceQuotesTheSignOff() {
    ReplyInput in =
        input(null, "Hei,¶¶Selvä.¶¶Mukavaa kesää!¶¶Terveisin¶Liisa Laine¶Asiakaspalvelu");
    assertEquals("Mukavaa kesää!", wishes.apply(in).evidence().get(RuleColumns.HAS_WISHES));
    assertEquals("Terveisin", closing.apply(in).evidence().get(RuleColumns.HAS_CLOSING));
    assertTrue(
        signature.apply(in).evidence().get(RuleColumns.HAS_SIGNATURE).startsWith("Liisa Laine"));
  }
}
