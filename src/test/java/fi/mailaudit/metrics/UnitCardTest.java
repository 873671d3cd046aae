package fi.mailaudit.metrics;

import static fi.mailaudit.metrics.Replies.card;
import static fi.mailaudit.metrics.Replies.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitCardTest {

  @Test
  void aStatementInExactlyHalfTheRepliesHoldsAtThreshold05AndOneFewerDoesNot() {
    // 10 replies: B2 vague and B5 stock phrase in 5 (exactly 0.5); then B2 in 4 (0.4).
    UnitMetrics m = times(5, card(0, 1, 0, 0, 1, 0), new UnitMetrics());
    times(1, card(0, 0, 0, 0, 0, 0), m);
    times(4, card(0, 0, 0, 0, 0, 0), m);
    UnitCard c = UnitCard.of(m, rules(0.5));
    assertEquals(Arrays.asList(0.0, 0.5, 0.0, 0.0, 0.5, 0.0), c.shares());
    assertEquals(2, c.points());
    UnitMetrics fewer = times(4, card(0, 1, 0, 0, 0, 0), new UnitMetrics());
    times(6, card(0, 0, 0, 0, 0, 0), fewer);
    assertEquals(0, UnitCard.of(fewer, rules(0.5)).points());
  }

  @Test
  void a03ThresholdIsReachedByThreeOfTenDespiteBinaryRounding() {
    UnitMetrics m = times(3, card(0, 0, 0, 1, 0, 0), new UnitMetrics());
    times(7, card(0, 0, 0, 0, 0, 0), m);
    assertEquals(1, UnitCard.of(m, rules(0.3)).points());
  }

  @Test
  void noGreetingAloneReachingTheThresholdGivesB1TwoPoints() {
    // 6 of 10 without any greeting ("Tilauksenne on lähetetty."): 0.6 ≥ 0.5 → 2 points.
    UnitMetrics m = times(6, card(2, 0, 0, 0, 0, 0), new UnitMetrics());
    times(4, card(0, 0, 0, 0, 0, 0), m);
    UnitCard c = UnitCard.of(m, rules(0.5));
    assertEquals(2, c.points());
    assertEquals(0.6, c.noGreetingShare());
    assertEquals(BingoBand.PERSONAL, c.band());
  }

  @Test
  void genericAndNoGreetingTogetherReachingItGiveOnePoint() {
    // 3 "Hei!" + 3 no greeting: B1 holds in 0.6, but no greeting alone is 0.3 < 0.5 → 1 point.
    UnitMetrics m = times(3, card(1, 0, 0, 0, 0, 0), new UnitMetrics());
    times(3, card(2, 0, 0, 0, 0, 0), m);
    times(4, card(0, 0, 0, 0, 0, 0), m);
    UnitCard c = UnitCard.of(m, rules(0.5));
    assertEquals(0.6, c.shares().get(0));
    assertEquals(1, c.points());
  }

  @ParameterizedTest(name = "{0} points → {1}")
  @CsvSource({
    "0, NONE, no template habits found",
    "2, PERSONAL, personal service almost always",
    "3, TYPICAL, a typical Finnish firm",
    "4, TYPICAL, a typical Finnish firm",
    "5, MODEL_FIRM, the model firm of templates",
    "7, BINGO, Bingo!",
  })
  void bandsFollowTheSeed(int points, BingoBand band, String english) {
    assertEquals(band, BingoBand.of(points));
    assertEquals(english, band.english());
  }

  @Test
  void cardsReachEveryBandFromReplies() {
    // Each row: a reply card shared by all 10 replies → the unit card has the same points.
    int[][] cards = {{0, 0, 0, 0, 0, 0}, {1, 1, 0, 0, 0, 0}, {2, 1, 0, 0, 0, 0}, {2, 1, 1, 0, 0, 0},
        {2, 1, 1, 1, 0, 0}, {2, 1, 1, 1, 1, 1}};
    int[] expected = {0, 2, 3, 4, 5, 7};
    for (int i = 0; i < cards.length; i++) {
      int[] k = cards[i];
      UnitCard c = UnitCard.of(times(10, card(k[0], k[1], k[2], k[3], k[4], k[5]), new UnitMetrics()), rules(0.5));
      assertEquals(expected[i], c.points(), "card " + Arrays.toString(k));
      assertEquals(BingoBand.of(expected[i]), c.band());
    }
    assertEquals("Huuda \"Bingo!\"", BingoBand.BINGO.finnish());
    assertThrows(IllegalArgumentException.class, () -> BingoBand.of(8));
  }

  @Test
  void nineScoredRepliesAreMarkedInsufficientWithoutPoints() {
    UnitMetrics m = times(9, card(2, 1, 1, 1, 1, 1), new UnitMetrics());
    m.merge(UnitMetrics.ofReply(Replies.unscored("laura.virtanen@saimaankuitu.fi", "Asiakaspalvelu")));
    UnitCard c = UnitCard.of(m, rules(0.5));
    assertFalse(c.sufficientData());
    assertNull(c.points());
    assertNull(c.band());
    assertEquals(1.0, c.shares().get(0)); // the shares are still facts a reader may want
    assertEquals(10, m.replies());
    assertTrue(UnitCard.of(times(1, card(0, 0, 0, 0, 0, 0), m), rules(0.5)).sufficientData());
  }

  @Test
  void anEmptyUnitHasNoSharesAndNoCard() {
    UnitCard c = UnitCard.of(new UnitMetrics(), rules(0.5));
    assertEquals(Arrays.asList(null, null, null, null, null, null), c.shares());
    assertNull(c.noGreetingShare());
    assertFalse(c.sufficientData());
    assertNull(c.points());
  }

  @Test
  void theMinimumSampleIsTheRunsChoice() {
    // An audit of a small team may judge on five replies; one of four still may not.
    UnitMetrics five = times(5, card(2, 0, 0, 0, 0, 0), new UnitMetrics());
    assertFalse(UnitCard.of(five, rules(0.5)).sufficientData());
    UnitCard judged = UnitCard.of(five, new CardRules(0.5, 5));
    assertTrue(judged.sufficientData());
    assertEquals(2, judged.points());
    assertFalse(UnitCard.of(times(4, card(2, 0, 0, 0, 0, 0), new UnitMetrics()), new CardRules(0.5, 5)).sufficientData());
  }

  @Test
  void rulesOutsideTheirRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CardRules(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new CardRules(1.01, 10));
    assertThrows(IllegalArgumentException.class, () -> new CardRules(0.5, 0));
  }

  /** The seed's minimum sample with the given threshold. */
  private static CardRules rules(double threshold) {
    return new CardRules(threshold, CardRules.DEFAULT_MIN_SCORED_REPLIES);
  }
}
