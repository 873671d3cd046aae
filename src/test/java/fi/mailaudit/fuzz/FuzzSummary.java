package fi.mailaudit.fuzz;

import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a fuzz run did, per mutator and per outcome, printed at the end of the run. */
final class FuzzSummary {
  private final Map<Mutator, Integer> cases = new EnumMap<>(Mutator.class);
  private final Map<String, Integer> outcomes = new TreeMap<>();
  private final Map<Mutator, Long> slowestMillis = new EnumMap<>(Mutator.class);
  private final Map<Mutator, Integer> slowestCase = new EnumMap<>(Mutator.class);
  final List<String> failures = new ArrayList<>();

  void record(int caseNumber, Mutator mutator, List<ReadResult> results, long millis) {
    cases.merge(mutator, 1, Integer::sum);
    if (millis >= slowestMillis.getOrDefault(mutator, -1L)) {
      slowestMillis.put(mutator, millis);
      slowestCase.put(mutator, caseNumber);
    }
    for (ReadResult result : results) {
      String outcome = result instanceof ParsedMessage ? "parsed"
          : result instanceof Reject reject ? "rejected " + reject.reason().code() : "skipped";
      outcomes.merge(outcome, 1, Integer::sum);
    }
  }

  void fail(int caseNumber, Mutator mutator, Seed seed, Throwable problem) {
    cases.merge(mutator, 1, Integer::sum);
    failures.add("case " + caseNumber + " " + mutator + " of " + seed + ": " + problem);
  }

  boolean ran(Mutator mutator) {
    return cases.containsKey(mutator);
  }

  int outcome(String name) {
    return outcomes.getOrDefault(name, 0);
  }

  String render(long totalMillis) {
    StringBuilder out = new StringBuilder("fuzz summary: ")
        .append(cases.values().stream().mapToInt(Integer::intValue).sum()).append(" cases in ")
        .append(totalMillis).append(" ms, ").append(failures.size()).append(" failed\n");
    cases.forEach((mutator, n) -> out.append(String.format("  %-24s %6d cases, slowest %6d ms (case %d)%n", mutator,
        n, slowestMillis.getOrDefault(mutator, 0L), slowestCase.getOrDefault(mutator, -1))));
    outcomes.forEach((outcome, n) -> out.append(String.format("  %-32s %8d%n", outcome, n)));
    failures.stream().limit(20).forEach(f -> out.append("  FAIL ").append(f).append('\n'));
    return out.toString();
  }
}
