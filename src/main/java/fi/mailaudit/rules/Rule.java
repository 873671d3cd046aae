package fi.mailaudit.rules;

/**
 * One rule of SPEC §5 (STYLE.md §6: one rule = one class, its phrase lists as resources, its seed
 * cited). A rule reads a {@link ReplyInput} and returns its flags and evidence; it never throws on
 * odd text. Rules share one {@link FinnishText} and are, like it, not thread-safe: build a set per
 * Spark partition.
 */
public interface Rule {

  /** The rule's flags and evidence for one reply. */
  RuleResult apply(ReplyInput input);

  /**
   * The same, given what the rules before it in a {@link RuleSet} found. A rule that builds on
   * other rules' flags (completeness reads the greeting, thanks and questions) overrides this so it
   * does not apply them a second time; every other rule ignores {@code before}.
   */
  default RuleResult apply(ReplyInput input, RuleResult before) {
    return apply(input);
  }
}
