package fi.mailaudit.rules;

/**
 * One reply's template bingo card (seed 002, "Automaattivastausbingo"; SPEC §5.1): the points of
 * B1 (0–2, from {@link GreetingRule}), B2–B5 (0/1, from their rules) and B6 (0/1, from the Spark
 * template stage, which runs after the per-reply rules), summed to {@code bingo_points} 0–7. A
 * statement that is not applicable (B3 with an unknown register) scores 0: the seed gives points
 * only for what holds. B6 arrives later, so the card is built from the rules' result first and
 * completed with {@link #withTemplate}.
 */
public record BingoCard(int b1, int b2, int b3, int b4, int b5, int b6) {

  public BingoCard {
    if (b1 < 0 || b1 > 2 || b2 < 0 || b2 > 1 || b3 < 0 || b3 > 1 || b4 < 0 || b4 > 1 || b5 < 0 || b5 > 1
        || b6 < 0 || b6 > 1) {
      throw new IllegalArgumentException(
          "bingo points out of range: " + java.util.Arrays.toString(new int[] {b1, b2, b3, b4, b5, b6}));
    }
  }

  /** The card of a reply's rule result, B6 not yet known (0). */
  public static BingoCard of(RuleResult result) {
    return new BingoCard(
        points(result, RuleColumns.B1_POINTS),
        points(result, RuleColumns.B2_POINTS),
        points(result, RuleColumns.B3_POINTS),
        points(result, RuleColumns.B4_POINTS),
        points(result, RuleColumns.B5_POINTS),
        points(result, RuleColumns.B6_POINTS));
  }

  /** This card with B6 from the template stage. */
  public BingoCard withTemplate(boolean template) {
    return new BingoCard(b1, b2, b3, b4, b5, template ? 1 : 0);
  }

  /** The card's points, 0–7. */
  public int points() {
    return b1 + b2 + b3 + b4 + b5 + b6;
  }

  /** The result with {@code b6_points} and {@code bingo_points} set from this card. */
  public RuleResult applyTo(RuleResult result) {
    return result.with(RuleColumns.B6_POINTS, b6).with(RuleColumns.BINGO_POINTS, points());
  }

  private static int points(RuleResult result, String column) {
    Integer value = result.integer(column);
    return value == null ? 0 : value;
  }
}
