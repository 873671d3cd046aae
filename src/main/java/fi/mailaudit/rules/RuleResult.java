package fi.mailaudit.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What rules found for one reply: flag values under their SPEC §6 column names ({@code
 * greeting_kind}, {@code thanks}, {@code questions_asked} …; String, Boolean or Integer, null =
 * not applicable) and the evidence per rule (SPEC §5 "every flag carries evidence", the {@code
 * evidence} map column). Immutable; {@link #merge} combines the results of several rules.
 *
 * @param flags column name → value, in insertion order
 * @param evidence rule name → matched text (≤ 120 characters, secrets masked)
 */
public record RuleResult(Map<String, Object> flags, Map<String, String> evidence) {

  /** Nothing found yet. */
  public static final RuleResult EMPTY = new RuleResult(Map.of(), Map.of());

  public RuleResult {
    flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  /** This result with one more flag (a null value records "not applicable"). */
  public RuleResult with(String flag, Object value) {
    Map<String, Object> f = new LinkedHashMap<>(flags);
    f.put(flag, value);
    return new RuleResult(f, evidence);
  }

  /** This result with evidence for a rule; blank evidence is not recorded. */
  public RuleResult withEvidence(String rule, String text) {
    if (text == null || text.isBlank()) {
      return this;
    }
    Map<String, String> e = new LinkedHashMap<>(evidence);
    e.put(rule, text);
    return new RuleResult(flags, e);
  }

  /** Both results' flags and evidence; the other's values win on a shared key. */
  public RuleResult merge(RuleResult other) {
    Map<String, Object> f = new LinkedHashMap<>(flags);
    f.putAll(other.flags);
    Map<String, String> e = new LinkedHashMap<>(evidence);
    e.putAll(other.evidence);
    return new RuleResult(f, e);
  }

  /** A Boolean flag; null when absent or not applicable. */
  public Boolean bool(String flag) {
    return (Boolean) flags.get(flag);
  }

  /** An Integer flag; null when absent or not applicable. */
  public Integer integer(String flag) {
    return (Integer) flags.get(flag);
  }

  /** A String flag; null when absent or not applicable. */
  public String text(String flag) {
    return (String) flags.get(flag);
  }
}
