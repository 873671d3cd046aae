package fi.mailaudit.metrics;

import fi.mailaudit.rules.RuleColumns;
import fi.mailaudit.rules.ScoredReply;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Scored replies for the metrics tests, with only the flags a test cares about. */
final class Replies {
  private Replies() {}

  static ScoredReply scored(String agent, String department, String quarter, Map<String, Object> flags) {
    return new ScoredReply("k-" + System.identityHashCode(flags), "<m@saimaankuitu.fi>", "t1", null, null,
        agent, department, "Saimaan Kuitu Oy", Instant.parse("2026-08-12T09:15:00Z"), "fi", quarter, true,
        flags, Map.of());
  }

  static ScoredReply unscored(String agent, String department) {
    return new ScoredReply("k-en", null, "t2", null, null, agent, department, "Saimaan Kuitu Oy",
        null, "en", "2026-Q3", false, Map.of(), Map.of());
  }

  /** A reply's bingo points B1..B6 as the rules give them. */
  static Map<String, Object> card(int b1, int b2, int b3, int b4, int b5, int b6) {
    Map<String, Object> f = new HashMap<>();
    f.put(RuleColumns.B1_POINTS, b1);
    f.put(RuleColumns.B2_POINTS, b2);
    f.put(RuleColumns.B3_POINTS, b3);
    f.put(RuleColumns.B4_POINTS, b4);
    f.put(RuleColumns.B5_POINTS, b5);
    f.put(RuleColumns.B6_POINTS, b6);
    return f;
  }

  /** The metrics of {@code n} copies of a reply with {@code flags}, folded as Spark would. */
  static UnitMetrics times(int n, Map<String, Object> flags, UnitMetrics into) {
    for (int i = 0; i < n; i++) {
      into.merge(UnitMetrics.ofReply(scored("laura.virtanen@saimaankuitu.fi", "Asiakaspalvelu", "2026-Q3", flags)));
    }
    return into;
  }
}
