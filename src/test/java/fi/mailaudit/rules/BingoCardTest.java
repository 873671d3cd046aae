package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.mailaudit.conversation.QuoteSplitter;
import org.junit.jupiter.api.Test;

class BingoCardTest {

  @Test
  void sumsTheRulesAndLaterTheTemplate() {
    RuleResult r = RuleResult.EMPTY.with(RuleColumns.B1_POINTS, 2).with(RuleColumns.B2_POINTS, 1)
        .with(RuleColumns.B3_POINTS, null).with(RuleColumns.B4_POINTS, 1).with(RuleColumns.B5_POINTS, 1);
    BingoCard card = BingoCard.of(r);
    assertEquals(5, card.points(), "B3 not applicable scores 0");
    BingoCard full = card.withTemplate(true);
    assertEquals(6, full.points());
    RuleResult out = full.applyTo(r);
    assertEquals(1, out.integer(RuleColumns.B6_POINTS));
    assertEquals(6, out.integer(RuleColumns.BINGO_POINTS));
  }

  @Test
  void theWorstTemplateReplyIsBingo() {
    RuleResult r = RuleSet.finnish().apply(ReplyInput.of(
        QuoteSplitter.split("Tuotteemme toimitetaan 3–5 arkipäivässä. Asiakas voi seurata toimitusta verkossa. "
            + "Ohessa tarjouksemme sähköpostiviestiinne liittyen."),
        QuoteSplitter.split("Moi! Milloin mun paketti tulee? Entä voiko sen noutaa? :)\nVille"), "Ville"));
    BingoCard card = BingoCard.of(r).withTemplate(true);
    assertEquals(new BingoCard(2, 1, 1, 1, 1, 1), card);
    assertEquals(7, card.points());
  }

  @Test
  void emptyResultAndBadPoints() {
    assertEquals(0, BingoCard.of(RuleResult.EMPTY).points());
    assertThrows(IllegalArgumentException.class, () -> new BingoCard(3, 0, 0, 0, 0, 0));
  }
}
