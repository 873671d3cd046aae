/**
 * The Finnish rules of SPEC §5: per agent reply, flags with evidence.
 *
 * <p>Flow: {@link fi.mailaudit.rules.FinnishText} tokenises with the components of Lucene's
 * FinnishAnalyzer (offsets, surface and Snowball stem), splits sentences and detects questions;
 * {@link fi.mailaudit.rules.PhraseMatcher} finds each rule's phrase list (resources under {@code
 * rules/}) as stem sequences; each {@link fi.mailaudit.rules.Rule} reads a {@link
 * fi.mailaudit.rules.ReplyInput} (the conversation stage's body sections of the reply and its
 * prompt) and returns a {@link fi.mailaudit.rules.RuleResult}: flags under their SPEC §6 column
 * names and evidence of at most 120 characters, passwords masked ({@link
 * fi.mailaudit.rules.Evidence}). Pure Java, no Spark: the Spark adapter builds a {@link
 * fi.mailaudit.rules.RuleSet} once per partition.
 */
package fi.mailaudit.rules;
