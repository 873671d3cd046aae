package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.mailaudit.conversation.BodySections;
import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThanksReceptionRuleTest {
  private static final String THANKING_CUSTOMER =
      "Hei,\n\nKiitos todella paljon nopeasta avusta, kaikki toimii taas!\n\nTerveisin\nMatti";
  private final FinnishText fi = new FinnishText();
  private final Evidence evidence = Evidence.withPasswordMasking();
  private final ThanksReceptionRule rule =
      new ThanksReceptionRule(fi, new ThanksRule(fi, evidence), evidence);

  /** The agent's answer sentence to a customer who thanked; expected reception. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Ole hyvä! ; gracious",
        "Olkaa hyvä, mukava kuulla että asia ratkesi. ; gracious",
        "Mukava olla avuksi. ; gracious",
        "Hyvä kun voin olla avuksi. ; gracious",
        "Kiitos myös itsellenne! ; gracious",
        "Oli ilo palvella. ; gracious",
        "Ilo kuulla, että kaikki toimii. ; gracious",
        "Kiitos palautteestasi, välitän sen tiimille. ; gracious",
        "Milloin vain! ; gracious",
        "Hienoa, että laite toimii taas. ; gracious",
        "Ei kestä kiittää. ; dismissive",
        "Eipä mitään. ; dismissive",
        "Eipä mittään, soitellaan. ; dismissive",
        "Tätähän varten täällä ollaan. ; dismissive",
        "Älä nyt suotta, pikkujuttu. ; dismissive",
        "Mitäpä tuosta. ; dismissive",
        "Ei kestä kiittää, oli ilo auttaa. ; dismissive", // the brush-off wins (seed 001)
        "Laitoin vielä kuitin liitteeksi. ; ignored",
        "Olkaa hyvä ja lähettäkää vielä kuitti. ; ignored", // "please", not "you're welcome"
        "Ottakaa yhteyttä milloin vain. ; ignored", // an invitation, not an answer to thanks
        "Ikävä kuulla, että laite hajosi aiemmin. ; ignored",
      })
  void receptionOfTheCustomersThanks(String answer, String expected) {
    BodySections reply = QuoteSplitter.split("Hei Matti,\n\n" + answer + "\n\nTerveisin\nLiisa");
    RuleResult r = rule.apply(ReplyInput.of(reply, QuoteSplitter.split(THANKING_CUSTOMER), "Matti"));
    assertEquals(true, r.bool(RuleColumns.CUSTOMER_THANKED));
    assertEquals(expected, r.text(RuleColumns.THANKS_RECEPTION));
  }

  @Test
  void thanksWithoutReplyIsNoReply() {
    RuleResult r = rule.apply(ReplyInput.unanswered(QuoteSplitter.split(THANKING_CUSTOMER), "Matti"));
    assertEquals("no_reply", r.text(RuleColumns.THANKS_RECEPTION));
    assertEquals("Kiitos todella paljon nopeasta avusta, kaikki toimii taas!",
        r.evidence().get(RuleColumns.CUSTOMER_THANKED));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Milloin paketti tulee? Kiitos jo etukäteen!",
        "Laskussa on virhe, korjatkaa se.",
        "Ei kestä kiittää, tämä palvelu on surkeaa.",
        "Ei kiitos, en halua uutiskirjettä.",
      })
  void noThanksFromTheCustomerMeansNotApplicable(String customerText) {
    BodySections prompt = QuoteSplitter.split("Hei,\n\n" + customerText + "\n\nMatti");
    BodySections reply = QuoteSplitter.split("Hei Matti,\n\nOle hyvä.\n\nTerveisin\nLiisa");
    RuleResult r = rule.apply(ReplyInput.of(reply, prompt, "Matti"));
    assertFalse(r.bool(RuleColumns.CUSTOMER_THANKED));
    assertNull(r.text(RuleColumns.THANKS_RECEPTION));
  }

  @Test
  void thanksQuotedInTheCustomersMailIsNotTheirs() {
    BodySections prompt =
        QuoteSplitter.split("Hei,\nPaketti ei tullut.\nMatti\n\n> Kiitos tilauksestasi!\n> Kauppa Oy");
    RuleResult r = rule.apply(ReplyInput.unanswered(prompt, "Matti"));
    assertFalse(r.bool(RuleColumns.CUSTOMER_THANKED));
  }
}
