package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.AutoReply;
import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoReplyQualityRuleTest {
  private static final AutoReply OUT_OF_OFFICE = new AutoReply(true, AutoReply.Kind.OUT_OF_OFFICE, "olen lomalla");
  private static final AutoReply ACKNOWLEDGEMENT =
      new AutoReply(true, AutoReply.Kind.ACKNOWLEDGEMENT, "Olemme vastaanottaneet viestisi");
  private final AutoReplyQualityRule rule = new AutoReplyQualityRule(new FinnishText(), Evidence.withPasswordMasking());

  private RuleResult apply(String body, AutoReply kind) {
    return rule.apply(ReplyInput.of(QuoteSplitter.split(body), QuoteSplitter.split("Hei, laskussa on virhe.\nMatti"), "Matti")
        .withAutoReply(kind));
  }

  @Test
  void theSeedsModelOutOfOfficeHasAllFour() {
    String seed003 = "Hei,\n\nKiitos viestistänne. Olen lomalla 31.7.2022 asti ja tänä aikana luen sähköpostejani "
        + "vain satunnaisesti.\n\nKiireellisissä tapauksissa ottakaa yhteyttä tuki@wisenetwork.fi.\n\n"
        + "Mukavaa kesää!\n\nYstävällisin terveisin,\nKirsi Saarnivuo-Myöhänen";
    RuleResult r = apply(seed003, OUT_OF_OFFICE);
    assertEquals(4, r.integer(RuleColumns.AUTO_REPLY_ELEMENTS), r.toString());
    assertTrue(r.evidence().get(RuleColumns.AUTO_REPLY_ABSENCE).contains("31.7.2022"));
  }

  /** An out-of-office text; greeting, thanks, absence with return date, contact instead. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Olen poissa toimistolta 3.8. saakka. ; false ; false ; true ; false",
        "Hei! Olen sairaslomalla. Kiireellisissä asioissa ottakaa yhteyttä asiakaspalveluumme. ; true ; false ; false ; true",
        "Hei,\\n\\nKiitos viestistäsi! Olen koulutuksessa ja palaan maanantaina. Sijaisenani toimii Pekka Laine, puh. 040 123 4567. ; true ; true ; true ; true",
        "Olen lomalla. ; false ; false ; false ; false",
        "Kiitos yhteydenotostanne. Vastaamme mahdollisimman pian. ; false ; true ; false ; false",
      })
  void outOfOfficeElements(String text, boolean greeting, boolean thanks, boolean absence, boolean contact) {
    RuleResult r = apply(EvalCase.unescape(text) + "\n\nTerveisin\nLiisa", OUT_OF_OFFICE);
    assertEquals(greeting, r.bool(RuleColumns.AUTO_REPLY_GREETING), r.toString());
    assertEquals(thanks, r.bool(RuleColumns.AUTO_REPLY_THANKS), r.toString());
    assertEquals(absence, r.bool(RuleColumns.AUTO_REPLY_ABSENCE), r.toString());
    assertEquals(contact, r.bool(RuleColumns.AUTO_REPLY_CONTACT), r.toString());
    int count = (greeting ? 1 : 0) + (thanks ? 1 : 0) + (absence ? 1 : 0) + (contact ? 1 : 0);
    assertEquals(count, r.integer(RuleColumns.AUTO_REPLY_ELEMENTS));
  }

  @Test
  void anAcknowledgementIsScoredOnGreetingAndThanksOnly() {
    RuleResult r = apply("Hei,\n\nKiitos viestistäsi! Olemme vastaanottaneet sen ja vastaamme kahden arkipäivän kuluessa.", ACKNOWLEDGEMENT);
    assertEquals(2, r.integer(RuleColumns.AUTO_REPLY_ELEMENTS));
    assertNull(r.bool(RuleColumns.AUTO_REPLY_ABSENCE));
    assertNull(r.bool(RuleColumns.AUTO_REPLY_CONTACT));
  }

  @Test
  void humanRepliesGetNoAutoReplyColumns() {
    assertTrue(apply("Hei Matti,\n\nKorjasin laskun.\n\nTerveisin\nLiisa", AutoReply.HUMAN).flags().isEmpty());
    assertTrue(apply("Hei Matti,\n\nKorjasin laskun.\n\nTerveisin\nLiisa", null).flags().isEmpty());
  }
}
