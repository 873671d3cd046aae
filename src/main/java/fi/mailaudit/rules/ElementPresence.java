package fi.mailaudit.rules;

import java.util.List;

/**
 * The common step of the completeness elements that are a phrase list (SPEC §5.3): the element is
 * present when its list matches the text, and the first match is its evidence. Kept apart so each
 * element rule holds only what is its own: the list, the text it reads and its applicability.
 */
final class ElementPresence {
  private final String column;
  private final PhraseMatcher phrases;
  private final FinnishText analysis;
  private final Evidence evidence;

  ElementPresence(String column, String list, FinnishText analysis, Evidence evidence) {
    this.column = column;
    this.phrases = PhraseMatcher.load(list, analysis);
    this.analysis = analysis;
    this.evidence = evidence;
  }

  /** The first match in the text, or null. */
  PhraseMatch first(String text) {
    List<PhraseMatch> all = phrases.find(text, analysis.tokens(text));
    return all.isEmpty() ? null : all.get(0);
  }

  /** The element's flag for a text: true with the match as evidence, or false. */
  RuleResult in(String text) {
    PhraseMatch m = first(text);
    RuleResult result = RuleResult.EMPTY.with(column, m != null);
    return m == null ? result : result.withEvidence(column, evidence.quote(text, m));
  }
}
