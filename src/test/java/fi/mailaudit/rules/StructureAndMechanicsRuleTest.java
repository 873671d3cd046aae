package fi.mailaudit.rules;

import static fi.mailaudit.rules.CompletenessFixtures.ANALYSIS;
import static fi.mailaudit.rules.CompletenessFixtures.EVIDENCE;
import static fi.mailaudit.rules.CompletenessFixtures.body;
import static fi.mailaudit.rules.CompletenessFixtures.flag;
import static fi.mailaudit.rules.CompletenessFixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.mailaudit.conversation.BodySections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 004 "Selkeä" and "Jäsennelty"; seed 003 "pisteitä ja isoja alkukirjaimia". */
class StructureAndMechanicsRuleTest {
  private final StructureRule structure =
      new StructureRule(ANALYSIS, new InvitationRule(ANALYSIS, EVIDENCE), EVIDENCE);
  private final MechanicsRule mechanics = new MechanicsRule(ANALYSIS, EVIDENCE);

  /** Reply body; has_structure (null = short and asks for at most one thing). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Tilaus lähti tänään. Saat sen huomenna. ; null",
        "Tarvitsetko sijaisautoa? Saat sellaisen veloituksetta. ; null",
        "Yksi. Kaksi on. Kolme on. Neljä on. Viisi on. ; false",
        "Yksi on. Kaksi on.¶¶Kolme on. Neljä on. Viisi on. ; true",
        "Kuinka ison koneen tarvitset? Tarvitsetko myös peräkärryn? ; false",
        "Tarvitsen vielä kaksi tietoa:¶1. Kuinka ison koneen tarvitset?¶2. Tarvitsetko peräkärryn?"
            + " ; true",
        "irrota boksi sähköstä, tarkista antennijohto ja tee haku uudelleen ; false",
        "Kokeile näin:¶¶- Irrota boksi sähköstä.¶- Tarkista antennijohto. ; true",
        "Lähettäkää kuva laitteesta. Kertokaa myös ostopäivä. ; false",
        "Kysykää ihmeessä lisää. Ottakaa yhteyttä, jos jokin jäi auki. ; null",
      })
  void structure(String reply, String expected) {
    assertEquals(flag(expected), structure.apply(body(reply)).bool(RuleColumns.HAS_STRUCTURE));
  }

  /** Whole reply; has_mechanics. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Hei,¶¶Tilaus lähti tänään. Saat sen huomenna!¶¶Terveisin¶Liisa ; true",
        "Hei Matti, kiitos viestistäsi.¶¶Tilaus lähti tänään.¶¶Terveisin¶Liisa ; true",
        "Hei,¶¶Ohjeet löytyvät täältä:¶https://example.fi/ohjeet¶¶Terveisin¶Liisa ; true",
        "Hei,¶¶Ohjeet ovat osoitteessa https://example.fi/ohjeet¶¶Terveisin¶Liisa ; true",
        "Heippa!¶¶On meillä, paitoja on vielä kolme 😊¶¶Sanna / Lankakauppa Villa ; true",
        "Hei,¶¶Kokeile näin:¶1. avaa sovellus¶2. valitse Tili¶¶Terveisin¶Liisa ; true",
        "Hei,¶¶Tilaus lähti tänään.¶Seurantakoodi: JJFI123456¶¶Terveisin¶Liisa ; true",
        "Hei,¶¶Tilaus lähti tänään¶¶Terveisin¶Liisa ; false",
        "Hei,¶¶Tilaus lähti.¶¶tilaus saapuu huomenna.¶¶Terveisin¶Liisa ; false",
        "Hei,¶¶Tilaus lähti. saat sen huomenna¶¶Terveisin¶Liisa ; false",
        "paketti on matkalla, tulee varmaan lähipäivinä ; false",
        "Hei! mikä on tilausnumero? ; false",
      })
  void mechanics(String reply, boolean expected) {
    assertEquals(expected, mechanics.apply(input(null, reply)).bool(RuleColumns.HAS_MECHANICS));
  }

  @Test
  void mechanicsEvidenceQuotesTheFirstSlip() {
    RuleResult r =
        mechanics.apply(input(null, "Hei,¶¶Tilaus lähti. saat sen huomenna¶¶Terveisin¶Liisa"));
    assertEquals("Tilaus lähti. saat sen huomenna", r.evidence().get(RuleColumns.HAS_MECHANICS));
  }

  @Test
  void nothingToJudgeIsNotApplicable() {
    assertEquals(
        null,
        mechanics
            .apply(ReplyInput.of(BodySections.EMPTY, null, null))
            .bool(RuleColumns.HAS_MECHANICS));
    assertEquals(
        null,
        structure
            .apply(ReplyInput.of(BodySections.EMPTY, null, null))
            .bool(RuleColumns.HAS_STRUCTURE));
  }
}
