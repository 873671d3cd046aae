package fi.mailaudit.rules;

import java.util.List;

/**
 * Receiving the customer's thanks (seed 001, "Ei kiitos kiitoksesta": "Vastaamalla vähättelevästi
 * tai negatiivisesti kiitokseen asiakkaalle voi jäädä olo, että hänen kiitoksensa sivuutettiin";
 * SPEC §5.2). Given a customer message (the prompt) and the agent's next reply, or none: when the
 * customer thanks, the reply is gracious, dismissive, ignored, or there is no reply; when the
 * customer does not thank, the rule does not apply ({@code thanks_reception} null).
 *
 * <p>A reply holding both a brush-off and a gracious phrase ("Ei kestä kiittää, oli ilo auttaa")
 * counts as dismissive: the seed names the brush-off itself as what leaves the customer feeling
 * their thanks was pushed aside.
 */
public final class ThanksReceptionRule implements Rule {
  private final FinnishText analysis;
  private final ThanksRule thanks;
  private final PhraseMatcher gracious;
  private final PhraseMatcher dismissive;
  private final Evidence evidence;

  public ThanksReceptionRule(FinnishText analysis, ThanksRule thanks, Evidence evidence) {
    this.analysis = analysis;
    this.thanks = thanks;
    this.evidence = evidence;
    this.gracious = PhraseMatcher.load("thanks-reception-gracious", analysis);
    this.dismissive = PhraseMatcher.load("thanks-reception-dismissive", analysis);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    PhraseMatch customerThanks = input.hasPrompt() ? thanks.customerThanks(input.prompt()) : null;
    RuleResult result = RuleResult.EMPTY.with(RuleColumns.CUSTOMER_THANKED, customerThanks != null);
    if (customerThanks == null) {
      return result.with(RuleColumns.THANKS_RECEPTION, null);
    }
    result =
        result.withEvidence(
            RuleColumns.CUSTOMER_THANKED,
            evidence.quote(ThanksRule.customerText(input.prompt()), customerThanks));
    if (!input.hasReply()) {
      return result.with(RuleColumns.THANKS_RECEPTION, ThanksReception.NO_REPLY.column());
    }
    String text = OwnText.of(input.reply(), false);
    List<Token> tokens = analysis.tokens(text);
    List<PhraseMatch> brushOff = dismissive.find(text, tokens);
    List<PhraseMatch> kind = brushOff.isEmpty() ? gracious.find(text, tokens) : brushOff;
    ThanksReception reception =
        !brushOff.isEmpty()
            ? ThanksReception.DISMISSIVE
            : kind.isEmpty() ? ThanksReception.IGNORED : ThanksReception.GRACIOUS;
    result = result.with(RuleColumns.THANKS_RECEPTION, reception.column());
    return kind.isEmpty()
        ? result
        : result.withEvidence(RuleColumns.THANKS_RECEPTION, evidence.quote(text, kind.get(0)));
  }
}
