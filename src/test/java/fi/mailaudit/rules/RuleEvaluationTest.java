package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 item 5: every rule at least 0.95 precision and 0.90 recall on the hand-labelled set (and
 * on its dev part). The held-out parts are reported separately; they must stay above a lower
 * floor, so a regression there fails too, but the bar is not tuned on them.
 */
class RuleEvaluationTest {
  private static final double MIN_PRECISION = 0.95;
  private static final double MIN_RECALL = 0.90;
  /** Floor for the held-out parts: they measure generalisation, they are not tuned against. */
  private static final double HELD_MIN_PRECISION = 0.85;
  private static final double HELD_MIN_RECALL = 0.80;
  private static final List<EvalCase> CASES = RuleEvaluation.load();

  @Test
  void theSetIsLargeAndLabelledBothWays() {
    assertTrue(CASES.size() >= 80, "at least 80 pairs, found " + CASES.size());
    long held = CASES.stream().filter(c -> c.split().equals("held")).count();
    assertTrue(held >= 25, "a held-out part, found " + held);
    for (String label : List.of("greeting_kind=named", "greeting_kind=generic", "greeting_kind=none",
        "thanks_reception=gracious", "thanks_reception=dismissive", "thanks_reception=ignored",
        "thanks_reception=no_reply")) {
      String[] kv = label.split("=");
      assertTrue(CASES.stream().filter(c -> kv[1].equals(c.expected().get(kv[0]))).count() >= 3,
          "at least three cases of " + label);
    }
  }

  @Test
  void devPartMeetsTheBar() {
    assertMeetsBar("dev", c -> c.split().equals("dev"), MIN_PRECISION, MIN_RECALL);
  }

  @Test
  void heldOutPartStaysAboveTheFloor() {
    assertMeetsBar("held", c -> c.split().equals("held"), HELD_MIN_PRECISION, HELD_MIN_RECALL);
  }

  @Test
  void freshPartStaysAboveTheFloor() {
    assertMeetsBar("fresh", c -> c.split().equals("fresh"), HELD_MIN_PRECISION, HELD_MIN_RECALL);
  }

  @Test
  void wholeSetMeetsTheBar() {
    assertMeetsBar("all", c -> true, MIN_PRECISION, MIN_RECALL);
  }

  /** The developer's accuracy command (README "Rule accuracy"): writes docs/ACCURACY.md when asked. */
  @Test
  void writesTheAccuracyReportWhenAsked() throws IOException {
    String out = System.getProperty(AccuracyReport.PROPERTY);
    Assumptions.assumeTrue(out != null && !out.isBlank(), "no -D" + AccuracyReport.PROPERTY);
    Path file = Path.of(out);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, AccuracyReport.markdown(CASES), StandardCharsets.UTF_8);
  }

  private static void assertMeetsBar(String name, Predicate<EvalCase> part, double minP, double minR) {
    RuleEvaluation eval = RuleEvaluation.run(CASES, part);
    StringBuilder report = new StringBuilder("evaluation (" + name + ")\n");
    List<String> failing = new ArrayList<>();
    for (Map.Entry<String, RuleEvaluation.Score> e : eval.scores().entrySet()) {
      report.append(String.format("  %-32s %s%n", e.getKey(), e.getValue()));
      if (e.getValue().precision() < minP || e.getValue().recall() < minR) {
        failing.add(e.getKey());
      }
    }
    eval.misses().forEach(m -> report.append("  miss ").append(m).append('\n'));
    System.out.print(report);
    assertTrue(failing.isEmpty(), "below the bar: " + failing + "\n" + report);
  }
}
