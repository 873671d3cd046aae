package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.mailaudit.conversation.BodySections;
import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreetingRuleTest {
  private final GreetingRule rule = new GreetingRule(new FinnishText(), Evidence.withPasswordMasking());

  /** First line of the reply (the rest is a fixed body), customer's first name, expected kind. */
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        "Hei Matti, ; Matti ; named",
        "Hyvä Matti Meikäläinen, ; Matti ; named",
        "Moi Maija! ; Maija ; named",
        "Hei Marja-Leena, ; Marja-Leena ; named",
        "Hei Marja-Leena, ; Leena ; named",
        "hei matti, ; Matti ; named", // lower case, still the customer's name
        "Hei Pekka, ; Matti ; named", // another name: still personal (see GreetingRule)
        "Hei Matti ja kiitos viestistäsi! ; Matti ; named",
        "Hyvää päivää Anna-Liisa, ; - ; named",
        "Matti, ; Matti ; named", // a bare name line the splitter does not call a greeting
        "Hei! ; Matti ; generic",
        "Hei, ; Matti ; generic",
        "Hyvä asiakkaamme, ; Matti ; generic",
        "Hei asiakas, ; Matti ; generic",
        "Hei Asiakas! ; - ; generic",
        "Arvoisa asiakas, ; Matti ; generic",
        "Hyvä vastaanottaja, ; - ; generic",
        "Tervehdys, ; Matti ; generic",
        "Hyvää päivää, ; Matti ; generic",
        "Hei kaikki, ; - ; generic",
        "Moikka, ; Maija ; generic",
        "Tilauksenne on lähetetty tänään. ; Matti ; none",
        "Valitettavasti tuote on loppunut. ; Matti ; none",
        "Laskunne on hyvitetty, Matti. ; Matti ; none",
      })
  void greetingKind(String firstLine, String customer, String expected) {
    BodySections reply = QuoteSplitter.split(firstLine + "\n\nPaketti lähtee huomenna.\n\nTerveisin\nLiisa");
    RuleResult r = rule.apply(ReplyInput.of(reply, null, customer));
    assertEquals(expected, r.text(RuleColumns.GREETING_KIND));
    assertEquals(GreetingKind.valueOf(expected.toUpperCase()).bingoPoints(), r.integer(RuleColumns.B1_POINTS));
  }

  @Test
  void evidenceQuotesTheGreetingOrTheOpeningOfTheMatter() {
    RuleResult named = rule.apply(ReplyInput.of(QuoteSplitter.split("Hei Matti,\n\nKiitos."), null, "Matti"));
    assertEquals("Hei Matti,", named.evidence().get(RuleColumns.GREETING_KIND));
    RuleResult none = rule.apply(ReplyInput.of(QuoteSplitter.split("Tuote on loppunut.\nTerveisin\nLiisa"), null, null));
    assertEquals("Tuote on loppunut.", none.evidence().get(RuleColumns.GREETING_KIND));
  }

  @Test
  void emptyReplyHasNoGreeting() {
    RuleResult r = rule.apply(ReplyInput.of(BodySections.EMPTY, null, "Matti"));
    assertEquals("none", r.text(RuleColumns.GREETING_KIND));
    assertEquals(2, r.integer(RuleColumns.B1_POINTS));
  }

  @Test
  void noReplyNoFlags() {
    assertEquals(RuleResult.EMPTY, rule.apply(ReplyInput.unanswered(BodySections.EMPTY, "Matti")));
  }
}
