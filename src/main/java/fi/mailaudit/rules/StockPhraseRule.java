package fi.mailaudit.rules;

import java.util.List;

/**
 * B5 of the template bingo (seed 002, "Automaattivastausbingo": 'Viestin tyyli ei ole luontevaa
 * kieltä, vaan se on ulkoa opeteltua jorinaa … "Ohessa tarjouksemme sähköpostiviestiinne liittyen"
 * ja "Toivomme tarjouksemme johtavan ostopäätökseen" ja "Kiitämme saamastamme palautteesta".').
 * One point when the agent's own text (greeting to closing) uses a phrase of the stock lexicon
 * (stock-phrases.txt, whose header explains which formula families it holds and why); the evidence
 * quotes the first one.
 */
public final class StockPhraseRule implements Rule {
  private final FinnishText analysis;
  private final Evidence evidence;
  private final PhraseMatcher stock;

  public StockPhraseRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    this.stock = PhraseMatcher.load("stock-phrases", analysis);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    String text = OwnText.of(input.reply(), true);
    List<PhraseMatch> found = stock.find(text, analysis.tokens(text));
    RuleResult result = RuleResult.EMPTY.with(RuleColumns.B5_POINTS, found.isEmpty() ? 0 : 1);
    return found.isEmpty() ? result : result.withEvidence(RuleColumns.B5_POINTS, evidence.quote(text, found.get(0)));
  }
}
