package fi.mailaudit.rules;

/**
 * Invitation to get back, a completeness element of SPEC §5.3 (seed 003: "Asiakkaalla pitää olla
 * sellainen olo, että meihin saa aina olla yhteydessä"; its models "olkaa yhteydessä minuun. Autan
 * mielelläni." and "Kysykää ihmeessä, jos jokin jäi vielä epäselväksi!"). Always applicable.
 *
 * <p>The list holds imperative and modal forms addressed to the customer ("ottakaa yhteyttä",
 * "voitte olla yhteydessä", "jos tulee kysyttävää") as surfaces: the stem of "otamme yhteyttä" is
 * the same, but that is the company promising to call, which the timeframe element reads.
 */
public final class InvitationRule implements Rule {
  private final ElementPresence invitation;

  public InvitationRule(FinnishText analysis, Evidence evidence) {
    this.invitation =
        new ElementPresence(
            RuleColumns.HAS_INVITATION, "completeness-invitation", analysis, evidence);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    return input.hasReply() ? invitation.in(OwnText.of(input.reply(), false)) : RuleResult.EMPTY;
  }

  /** The first invitation in a text, or null (structure: an invitation is no required action). */
  PhraseMatch first(String text) {
    return invitation.first(text);
  }
}
