package fi.mailaudit.rules;

import java.util.List;

/**
 * The Finnish rules built so far over one shared {@link FinnishText}, applied in order and merged
 * into one {@link RuleResult} per reply. Build one per Spark partition (the analysis is not
 * thread-safe); later rules (completeness, promises, passwords) join the list. B6 and the bingo sum
 * come after the rules, from {@link TemplateStage} and {@link BingoCard}.
 */
public final class RuleSet {
  private final List<Rule> rules;

  private RuleSet(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** All rules with password-masked evidence. */
  public static RuleSet finnish() {
    FinnishText analysis = new FinnishText();
    Evidence evidence = Evidence.withPasswordMasking();
    ThanksRule thanks = new ThanksRule(analysis, evidence);
    return new RuleSet(
        List.of(
            new GreetingRule(analysis, evidence),
            thanks,
            new ThanksReceptionRule(analysis, thanks, evidence),
            new QuestionsRule(analysis, evidence),
            new VagueVocabularyRule(analysis, evidence),
            new RegisterRule(analysis, evidence),
            new StockPhraseRule(analysis, evidence),
            new PromiseRule(analysis, evidence),
            new CancellationRule(analysis, evidence),
            new PasswordRule(evidence),
            new AutoReplyQualityRule(analysis, evidence),
            new EchoRule(analysis),
            new CompletenessRule(analysis, evidence)));
  }

  /**
   * Only what a customer's thanks and its reception need ({@link ThanksRule},
   * {@link ThanksReceptionRule}): the thread's own columns, read for customer messages that no
   * other rule has to see.
   */
  public static RuleSet thanksReception() {
    FinnishText analysis = new FinnishText();
    Evidence evidence = Evidence.withPasswordMasking();
    ThanksRule thanks = new ThanksRule(analysis, evidence);
    return new RuleSet(List.of(thanks, new ThanksReceptionRule(analysis, thanks, evidence)));
  }

  /** Every rule's flags and evidence for one reply; each rule sees what the rules before it found. */
  public RuleResult apply(ReplyInput input) {
    RuleResult result = RuleResult.EMPTY;
    for (Rule rule : rules) {
      result = result.merge(rule.apply(input, result));
    }
    return result;
  }
}
