package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.AutoReply;
import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;

class EchoRuleTest {
  private static final AutoReply ACK = new AutoReply(true, AutoReply.Kind.ACKNOWLEDGEMENT, "Palaute");
  private static final String FEEDBACK =
      "Hei,\n\nRekisteröitymisviestissänne oli salasanani selväkielisenä, ja kun vaihdoin sen, "
          + "sain uuden salasanan taas sähköpostiin. Tämä on todella huono käytäntö.\n\nTerveisin\nMaija";
  private final EchoRule rule = new EchoRule(new FinnishText());

  private RuleResult apply(String autoReply, AutoReply kind, String customer) {
    return rule.apply(ReplyInput.of(QuoteSplitter.split(autoReply), QuoteSplitter.split(customer), "Maija")
        .withAutoReply(kind));
  }

  @Test
  void theSeedsBoomerangIsAnEcho() {
    String boomerang = "Palaute\n\nRekisteröitymisviestissänne oli salasanani selväkielisenä, ja kun vaihdoin sen, "
        + "sain uuden salasanan taas sähköpostiin. Tämä on todella huono käytäntö.";
    RuleResult r = apply(boomerang, ACK, FEEDBACK);
    assertTrue(r.bool(RuleColumns.ECHO_AUTO_REPLY));
    assertTrue(r.evidence().get(RuleColumns.ECHO_AUTO_REPLY).contains("Rekisteröitymisviestissänne"));
  }

  @Test
  void anEchoWithAFormHeaderAndQuoteMarksIsStillAnEcho() {
    String boomerang = "Kiitos palautteesta.\n\n> Rekisteröitymisviestissänne oli salasanani selväkielisenä, ja kun "
        + "vaihdoin sen, sain uuden salasanan taas sähköpostiin.\n> Tämä on todella huono käytäntö.";
    assertTrue(apply(boomerang, ACK, FEEDBACK).bool(RuleColumns.ECHO_AUTO_REPLY));
  }

  @Test
  void anAcknowledgementThatSaysSomethingIsNoEcho() {
    String ack = "Hei,\n\nKiitos palautteestasi! Olemme vastaanottaneet viestisi ja asiakaspalvelumme vastaa siihen "
        + "kahden arkipäivän kuluessa. Voit seurata käsittelyä Oma tili -palvelussa, jossa näet myös aiemmat "
        + "yhteydenottosi ja niiden tilan. Kiireellisissä asioissa palvelemme puhelimitse arkisin.\n\n"
        + "> Tämä on todella huono käytäntö.";
    assertFalse(apply(ack, ACK, FEEDBACK).bool(RuleColumns.ECHO_AUTO_REPLY));
  }

  @Test
  void outOfOfficeRepliesQuotingTheOriginalAreNotJudged() {
    AutoReply ooo = new AutoReply(true, AutoReply.Kind.OUT_OF_OFFICE, "olen lomalla");
    String reply = "Olen lomalla 3.8. asti.\n\n" + FEEDBACK.replace("\n", "\n> ");
    assertTrue(apply(reply, ooo, FEEDBACK).flags().isEmpty());
  }

  @Test
  void aShortCustomerTextCannotBeEchoed() {
    assertEquals(false, apply("Kiitos!", ACK, "Kiitos!").bool(RuleColumns.ECHO_AUTO_REPLY));
  }
}
