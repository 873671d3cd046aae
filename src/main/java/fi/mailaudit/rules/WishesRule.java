package fi.mailaudit.rules;

/**
 * Wishes, a completeness element of SPEC §5.3 (seed 003 "Toivotukset" in every model message:
 * "Mukavaa viikon jatkoa!", "Mukavaa työviikkoa!", "Mukavaa kesää!"). Always applicable.
 *
 * <p>Present when the conversation stage split off a wish line above the closing, or when a wish of
 * completeness-wishes.txt stands anywhere in the reply's own text ("Hyvää matkaa!" inside the last
 * paragraph). The greeting line is not read: "Hyvää päivää," opens, it does not wish.
 */
public final class WishesRule implements Rule {
  private final ElementPresence wishes;
  private final Evidence evidence;

  public WishesRule(FinnishText analysis, Evidence evidence) {
    this.wishes =
        new ElementPresence(RuleColumns.HAS_WISHES, "completeness-wishes", analysis, evidence);
    this.evidence = evidence;
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    String wish = input.reply().wish();
    if (wish != null && !wish.isBlank()) {
      return RuleResult.EMPTY
          .with(RuleColumns.HAS_WISHES, true)
          .withEvidence(RuleColumns.HAS_WISHES, evidence.of(wish));
    }
    String closing = input.reply().closing() == null ? "" : input.reply().closing();
    return wishes.in(input.reply().newText() + "\n\n" + closing);
  }
}
