package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The completeness part of the evaluation set is big and balanced enough for the bar in {@link
 * RuleEvaluationTest} to mean something: at least 70 pairs, a held-out part of at least 30 %, and
 * every element labelled present, absent and (where it can be) not applicable several times.
 */
class CompletenessEvaluationSetTest {
  private static final List<String> ELEMENTS =
      List.of(
          RuleColumns.HAS_TIMEFRAME,
          RuleColumns.HAS_APOLOGY,
          RuleColumns.HAS_EMPATHY,
          RuleColumns.HAS_INVITATION,
          RuleColumns.HAS_WISHES,
          RuleColumns.HAS_CLOSING,
          RuleColumns.HAS_SIGNATURE,
          RuleColumns.HAS_STRUCTURE,
          RuleColumns.HAS_MECHANICS);
  /** Elements that SPEC §5.3 makes conditional. */
  private static final List<String> CONDITIONAL =
      List.of(RuleColumns.HAS_TIMEFRAME, RuleColumns.HAS_APOLOGY, RuleColumns.HAS_STRUCTURE);

  @Test
  void sizedAndBalanced() throws IOException {
    List<EvalCase> cases = load();
    assertTrue(cases.size() >= 70, "at least 70 pairs, found " + cases.size());
    long notDev = cases.stream().filter(c -> !c.split().equals("dev")).count();
    assertTrue(notDev * 10 >= cases.size() * 3, "held-out parts at least 30 %: " + notDev);
    for (String element : ELEMENTS) {
      assertTrue(count(cases, element, "true") >= 3, element + " present");
      assertTrue(count(cases, element, "false") >= 3, element + " absent");
      if (CONDITIONAL.contains(element)) {
        assertTrue(count(cases, element, null) >= 3, element + " not applicable");
      }
    }
  }

  private static long count(List<EvalCase> cases, String element, String value) {
    return cases.stream()
        .filter(c -> c.expected().containsKey(element))
        .filter(c -> java.util.Objects.equals(value, c.expected().get(element)))
        .count();
  }

  private static List<EvalCase> load() throws IOException {
    try (InputStream in = CompletenessEvaluationSetTest.class.getResourceAsStream("/rules/eval/completeness.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return EvalCase.parseAll(List.of(text.split("\n")));
    }
  }
}
