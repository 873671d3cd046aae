package fi.mailaudit.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * docs/ACCURACY.md: per rule precision, recall, tp / fp / fn of {@link RuleEvaluation} on the whole
 * hand-labelled set and on each of its parts (dev, held, fresh …), with the set's size. Date-free
 * and sorted, so the same rules and set give the same file byte for byte and a diff shows what a
 * change did. Written by {@code RuleEvaluationTest} when {@value #PROPERTY} names the file.
 */
final class AccuracyReport {
  /** The system property naming the file to write. */
  static final String PROPERTY = "mailaudit.accuracy.out";
  static final String COMMAND =
      "mvn -B -o -q test -Dtest=RuleEvaluationTest -D" + PROPERTY + "=docs/ACCURACY.md";

  private AccuracyReport() {}

  static String markdown(List<EvalCase> cases) {
    List<String> parts = parts(cases);
    StringBuilder md = new StringBuilder();
    md.append("# Rule accuracy\n\n")
        .append("Generated from the hand-labelled evaluation set in `src/test/resources/rules/eval/` by\n\n")
        .append("    ").append(COMMAND).append("\n\n")
        .append("Do not edit by hand: re-run the command and commit the result. The bar ")
        .append("(`RuleEvaluationTest`): precision ≥ 0.95 and recall ≥ 0.90 on the dev part and on ")
        .append("the whole set; the held-out parts (`held`, `fresh`) are never tuned against and must ")
        .append("stay at precision ≥ 0.85 and recall ≥ 0.80. A categorical column is scored per value ")
        .append("(`greeting_kind=named`), a count per item, a boolean on its true value; a rule with nothing to score in a part is left out.\n\n")
        .append("## The set\n\n| part | pairs |\n|---|---:|\n");
    for (String part : parts) {
      md.append("| ").append(part).append(" | ").append(cases.stream().filter(c -> in(c, part)).count())
          .append(" |\n");
    }
    for (String part : parts) {
      md.append("\n## ").append(part).append("\n\n")
          .append("| rule | precision | recall | tp | fp | fn |\n|---|---:|---:|---:|---:|---:|\n");
      RuleEvaluation eval = RuleEvaluation.run(cases, c -> in(c, part));
      for (Map.Entry<String, RuleEvaluation.Score> e : eval.scores().entrySet()) {
        RuleEvaluation.Score s = e.getValue();
        if (s.tp + s.fp + s.fn == 0) {
          continue; // a column only ever "not applicable" in this part: nothing was scored
        }
        md.append(String.format(java.util.Locale.ROOT, "| %s | %.3f | %.3f | %d | %d | %d |%n",
            e.getKey(), s.precision(), s.recall(), s.tp, s.fp, s.fn));
      }
    }
    return md.toString();
  }

  /** "all", then "dev", then the other parts by name. */
  static List<String> parts(List<EvalCase> cases) {
    TreeSet<String> splits = new TreeSet<>();
    cases.forEach(c -> splits.add(c.split()));
    List<String> out = new java.util.ArrayList<>(List.of("all"));
    if (splits.remove("dev")) {
      out.add("dev");
    }
    out.addAll(splits);
    return out;
  }

  private static boolean in(EvalCase c, String part) {
    return part.equals("all") || c.split().equals(part);
  }
}
