package fi.mailaudit.metrics;

import java.io.Serializable;

/**
 * How a unit's bingo card is judged: {@code bingo.threshold} and {@code bingo.min_scored_replies}
 * of the run's configuration.
 *
 * @param threshold share of a unit's scored replies at which a statement holds, in (0, 1]
 * @param minScoredReplies the fewest scored replies a unit needs to be judged at all; seed 002 asks
 *     for "kymmenkunta sähköpostiviestiä" (about ten), hence the default
 */
public record CardRules(double threshold, int minScoredReplies) implements Serializable {
  public static final double DEFAULT_THRESHOLD = 0.5;
  public static final int DEFAULT_MIN_SCORED_REPLIES = 10;

  public CardRules {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("bingo.threshold must be in (0, 1], got " + threshold);
    }
    if (minScoredReplies < 1) {
      throw new IllegalArgumentException("bingo.min_scored_replies must be at least 1, got " + minScoredReplies);
    }
  }

  /** The seed's rules: a statement holds in half the replies, a unit needs ten scored replies. */
  public static CardRules seedDefaults() {
    return new CardRules(DEFAULT_THRESHOLD, DEFAULT_MIN_SCORED_REPLIES);
  }
}
