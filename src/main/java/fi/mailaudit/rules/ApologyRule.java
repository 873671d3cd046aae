package fi.mailaudit.rules;

/**
 * Apology, a completeness element of SPEC §5.3 (seed 004 "Oikean sävyinen": "Jos asiakas on
 * tyytymätön, pahoittele asiakkaan harmia tai ongelmasta aiheutunutta haittaa"; seed 003
 * "Tarvittaessa pahoitellaan", its model "Pahoittelut, että asiat eivät ole sujuneet odottamallanne
 * tavalla").
 *
 * <p>Applicable only when the customer's own text shows dissatisfaction or a fault
 * (completeness-complaint.txt: reklamaatio, virhe, rikki, ei toimi, pettynyt, vieläkään …); a reply
 * to a plain question owes no apology. When not applicable the flag is null. The evidence of an
 * apology quotes the reply; the evidence of a missing one names only the customer's trigger words,
 * never their line, so no customer detail (address, number) reaches the output.
 */
public final class ApologyRule implements Rule {
  private final ElementPresence apology;
  private final ElementPresence complaint;

  public ApologyRule(FinnishText analysis, Evidence evidence) {
    this.apology =
        new ElementPresence(RuleColumns.HAS_APOLOGY, "completeness-apology", analysis, evidence);
    this.complaint =
        new ElementPresence(RuleColumns.HAS_APOLOGY, "completeness-complaint", analysis, evidence);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    PhraseMatch trigger = complaintIn(input);
    if (trigger == null) {
      return RuleResult.EMPTY.with(RuleColumns.HAS_APOLOGY, null);
    }
    RuleResult found = apology.in(OwnText.of(input.reply(), true));
    return Boolean.TRUE.equals(found.bool(RuleColumns.HAS_APOLOGY))
        ? found
        : found.withEvidence(RuleColumns.HAS_APOLOGY, "no apology; customer: " + trigger.text());
  }

  /** The first sign of dissatisfaction in the customer's own text, or null. */
  PhraseMatch complaintIn(ReplyInput input) {
    return input.hasPrompt() ? complaint.first(OwnText.of(input.prompt(), false)) : null;
  }
}
