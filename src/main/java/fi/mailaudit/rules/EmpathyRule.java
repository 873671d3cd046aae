package fi.mailaudit.rules;

/**
 * Empathy, a completeness element of SPEC §5.3 (seed 003 "Asiakasviestintä sähköpostitse":
 * "Ymmärretään ja osataan asettua asiakkaan asemaan … hyviä empatiaa osoittavia ilmaisuja on mm.
 * ”ymmärrän”, ”onpa harmi”, ”onpa hienoa”, ”autamme mielellämme”"; seed 004 "Siinä auttaa
 * muuntautumis- ja empatiakyky"). Always applicable, weighted low (see {@link
 * CompletenessWeights}).
 *
 * <p>The seed also lists "valitettavasti", "ikävä kyllä" and "olemme pahoillamme" as empathy; SPEC
 * gives them to the apology element, and they are not counted twice here, so a reply that only
 * apologises is not also credited with empathy.
 */
public final class EmpathyRule implements Rule {
  private final ElementPresence empathy;

  public EmpathyRule(FinnishText analysis, Evidence evidence) {
    this.empathy =
        new ElementPresence(RuleColumns.HAS_EMPATHY, "completeness-empathy", analysis, evidence);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    return input.hasReply() ? empathy.in(OwnText.of(input.reply(), false)) : RuleResult.EMPTY;
  }
}
