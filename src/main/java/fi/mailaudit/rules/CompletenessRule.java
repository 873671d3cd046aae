package fi.mailaudit.rules;

import java.util.List;

/**
 * Response completeness (SPEC §5.3; seed 003's model replies "Alkutervehdys … Kiitetään … Vastataan
 * … milloin asiakas voi odottaa … Toivotukset … Lopputervehdys", seed 004's "huolellinen, selkeä,
 * oikean sävyinen, jäsennelty"): one {@code has_<element>} flag per element, each with evidence,
 * and {@code completeness}, the weighted share of applicable elements present ({@link
 * CompletenessWeights}).
 *
 * <p>Greeting, thanks for the contact and questions addressed come from {@link GreetingRule},
 * {@link ThanksRule} and {@link QuestionsRule}: in a {@link RuleSet} from their results, which it
 * hands over ({@link #apply(ReplyInput, RuleResult)}); on its own, by applying them itself. The greeting is present when there is one,
 * generic or named (B1 judges the name, this element only the courtesy); thanks for the contact
 * applies when the reply answers a customer message; all questions addressed applies when the
 * customer asked at least one. The other elements are rules of their own; this class only gathers
 * and weighs.
 */
public final class CompletenessRule implements Rule {
  private final GreetingRule greeting;
  private final ThanksRule thanks;
  private final QuestionsRule questions;
  private final List<Rule> elements;

  public CompletenessRule(FinnishText analysis, Evidence evidence) {
    this.greeting = new GreetingRule(analysis, evidence);
    this.thanks = new ThanksRule(analysis, evidence);
    this.questions = new QuestionsRule(analysis, evidence);
    InvitationRule invitation = new InvitationRule(analysis, evidence);
    this.elements =
        List.of(
            new ApologyRule(analysis, evidence),
            new EmpathyRule(analysis, evidence),
            new TimeframeRule(analysis, evidence),
            invitation,
            new WishesRule(analysis, evidence),
            new ClosingRule(analysis, evidence),
            new SignatureRule(analysis, evidence),
            new StructureRule(analysis, invitation, evidence),
            new MechanicsRule(analysis, evidence));
  }

  /** On its own: applies the three rules it borrows from first. */
  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    return apply(input, greeting.apply(input).merge(thanks.apply(input)).merge(questions.apply(input)));
  }

  /** In a {@link RuleSet}: {@code before} already holds the greeting, thanks and questions flags. */
  @Override
  public RuleResult apply(ReplyInput input, RuleResult before) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    RuleResult result = borrowed(input, before);
    for (Rule element : elements) {
      result = result.merge(element.apply(input));
    }
    return result.with(RuleColumns.COMPLETENESS, CompletenessWeights.score(result.flags()));
  }

  /** The three elements other rules already judge, renamed to their completeness columns. */
  private static RuleResult borrowed(ReplyInput input, RuleResult found) {
    boolean greeted = !GreetingKind.NONE.column().equals(found.text(RuleColumns.GREETING_KIND));
    Boolean thanked = input.hasPrompt() ? found.bool(RuleColumns.THANKS_FOR_CONTACT) : null;
    int asked = count(found, RuleColumns.QUESTIONS_ASKED);
    Boolean answered = asked == 0 ? null : count(found, RuleColumns.QUESTIONS_ADDRESSED) == asked;
    RuleResult out =
        RuleResult.EMPTY
            .with(RuleColumns.HAS_GREETING, greeted)
            .with(RuleColumns.HAS_THANKS_FOR_CONTACT, thanked)
            .with(RuleColumns.HAS_ALL_QUESTIONS_ADDRESSED, answered);
    if (greeted) {
      out = out.withEvidence(RuleColumns.HAS_GREETING, found.evidence().get(RuleColumns.GREETING_KIND));
    }
    if (Boolean.TRUE.equals(thanked)) {
      out =
          out.withEvidence(
              RuleColumns.HAS_THANKS_FOR_CONTACT, found.evidence().get(RuleColumns.THANKS_FOR_CONTACT));
    }
    if (answered != null) {
      // A count, not the customer's question: customer text stays out of this element's evidence.
      out =
          out.withEvidence(
              RuleColumns.HAS_ALL_QUESTIONS_ADDRESSED,
              count(found, RuleColumns.QUESTIONS_ADDRESSED) + " of " + asked + " questions addressed");
    }
    return out;
  }

  private static int count(RuleResult found, String flag) {
    Integer n = found.integer(flag);
    return n == null ? 0 : n;
  }
}
