package fi.mailaudit.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unit's bingo card for a quarter (SPEC §5.1, seed 002): statement B{@code n} is true when it
 * holds in at least {@code bingo.threshold} of the unit's scored replies; B1 counts 2 when "no
 * greeting" alone reaches the threshold, else 1 when generic-or-no greeting does; the points are
 * the sum and the band is the seed's.
 *
 * <p>The seed asks for "kymmenkunta" (about ten) replies before the card means anything, so a unit
 * with fewer than {@link CardRules#minScoredReplies()} scored replies is marked {@code
 * sufficient_data = false} and gets no points and no band; its shares are still given, next to
 * {@code replies_scored}, for a reader who wants them.
 *
 * @param shares the share of scored replies where B1…B6 holds, null when none was scored
 * @param noGreetingShare the share with no greeting at all (B1's two-point case)
 * @param sufficientData whether the unit has enough scored replies to be judged
 * @param points the card's points 0–7, null when the data is insufficient
 * @param band the band of the points, null when the data is insufficient
 */
public record UnitCard(
    List<Double> shares, Double noGreetingShare, boolean sufficientData, Integer points, BingoBand band)
    implements Serializable {
  /**
   * Shares are quotients of counts: 3 of 10 replies must reach a 0.3 threshold even though 0.3 is
   * not exact in binary, so "at least" allows this much rounding.
   */
  private static final double ROUNDING = 1e-9;

  public UnitCard {
    shares = Collections.unmodifiableList(new ArrayList<>(shares));
  }

  /** The card of a unit's metrics judged by the run's {@code rules}. */
  public static UnitCard of(UnitMetrics m, CardRules rules) {
    double threshold = rules.threshold();
    List<Double> shares = new ArrayList<>(6);
    for (int n = 1; n <= 6; n++) {
      shares.add(m.statementShare(n));
    }
    Double noGreeting = m.noGreetingShare();
    if (m.scored() < rules.minScoredReplies()) {
      return new UnitCard(shares, noGreeting, false, null, null);
    }
    int points = reaches(noGreeting, threshold) ? 2 : reaches(shares.get(0), threshold) ? 1 : 0;
    for (int n = 2; n <= 6; n++) {
      points += reaches(shares.get(n - 1), threshold) ? 1 : 0;
    }
    return new UnitCard(shares, noGreeting, true, points, BingoBand.of(points));
  }

  private static boolean reaches(Double share, double threshold) {
    return share != null && share >= threshold - ROUNDING;
  }
}
