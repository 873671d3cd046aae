package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/ACCURACY.md is reproducible and covers every part and every scored rule. */
class AccuracyReportTest {
  private static final String HEADER =
      "id\tsplit\tdepartment\tcustomer_first_name\tcustomer\treply\tgreeting_kind\tthanks";
  private static final List<EvalCase> CASES = EvalCase.parseAll(List.of(
      "# kaksi paria",
      HEADER,
      "t1\tdev\tLaskutus\tMatti\tHei, milloin lasku tulee?\tHei Matti,\\n\\nkiitos viestistäsi! Lasku tulee perjantaina.\tnamed\ttrue",
      "t2\theld\tMyynti\t-\tMoi!\tTilauksenne on lähetetty.\tnone\tfalse"));

  @Test
  void sameSetSameBytesAndNoDate() {
    String report = AccuracyReport.markdown(CASES);
    assertEquals(report, AccuracyReport.markdown(CASES));
    assertFalse(report.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "a date would make every run a diff");
    assertTrue(report.contains(AccuracyReport.COMMAND));
  }

  @Test
  void everyPartAndRuleHasARow() {
    assertEquals(List.of("all", "dev", "held"), AccuracyReport.parts(CASES));
    String report = AccuracyReport.markdown(CASES);
    for (String line : List.of("| all | 2 |", "| dev | 1 |", "| held | 1 |", "## held",
        "| greeting_kind=named | 1.000 | 1.000 | 1 | 0 | 0 |", "| greeting_kind=none | 1.000 | 1.000 | 1 | 0 | 0 |")) {
      assertTrue(report.contains(line), line + "\n" + report);
    }
  }

  @Test
  void theEmptySetStillWritesItsParts() {
    assertEquals(List.of("all"), AccuracyReport.parts(List.of()));
    assertTrue(AccuracyReport.markdown(List.of()).contains("| all | 0 |"));
  }
}
