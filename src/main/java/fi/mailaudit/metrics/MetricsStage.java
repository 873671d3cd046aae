package fi.mailaudit.metrics;

import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.conversation.ThreadSummary;
import fi.mailaudit.rules.ScoredReply;
import fi.mailaudit.rules.ThreadScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The Spark side of the unit tables: every reply and every thread is turned into one {@link
 * UnitMetrics} per unit it counts for (agent, department, company), and they are reduced by {@link
 * UnitKey} in one shuffle. All the arithmetic is in {@link UnitMetrics} and {@link UnitCard}.
 */
public final class MetricsStage {
  private MetricsStage() {}

  /**
   * The unit summaries of the run, all three levels together ({@link UnitKey#level()} tells them
   * apart). {@code messages} give agent names (the replies carry only the address); {@code
   * rules} judge the cards.
   */
  public static JavaRDD<UnitSummary> units(
      JavaRDD<ThreadScores> scores, JavaRDD<ThreadSummary> threads, JavaRDD<AuditedMessage> messages,
      CardRules rules) {
    JavaRDD<ScoredReply> replies = scores.flatMap(s -> s.replies().iterator());
    String onlyCompany = onlyCompany(replies);
    JavaPairRDD<String, Map<String, Object>> flags =
        scores.mapToPair(s -> new Tuple2<>(s.threadId(), s.threadFlags()));
    JavaRDD<ThreadFacts> facts = threads.mapToPair(t -> new Tuple2<>(t.threadId(), t))
        .leftOuterJoin(flags)
        .values()
        .map(t -> ThreadFacts.of(t._1(), t._2().orElse(Map.of()), onlyCompany));
    // A reply the roster does not place (a shared or system address; in the sample, the one that
    // mails a password in clear) still belongs to the audited company, like an unanswered thread.
    JavaPairRDD<UnitKey, UnitMetrics> fromReplies = replies.flatMapToPair(r -> perUnit(r.quarter(),
        r.agentEmail(), r.department(), r.company() != null ? r.company() : onlyCompany,
        UnitMetrics.ofReply(r)).iterator());
    JavaPairRDD<UnitKey, UnitMetrics> fromThreads = facts.flatMapToPair(t -> perUnit(
        t.quarter(), t.agentEmail(), t.department(), t.company(), UnitMetrics.ofThread(t)).iterator());
    // Agents are few (a roster's worth), so their names travel to the driver rather than join.
    Map<String, String> names = messages
        .filter(m -> m.agentEmail() != null && m.agentName() != null)
        .mapToPair(m -> new Tuple2<>(m.agentEmail(), m.agentName()))
        .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
        .collectAsMap();
    Map<String, String> agentNames = new java.util.HashMap<>(names);
    return fromReplies.union(fromThreads)
        .reduceByKey(UnitMetrics::merge)
        .map(u -> new UnitSummary(u._1(),
            u._1().level() == UnitLevel.AGENT ? agentNames.get(u._1().agentEmail()) : null,
            u._2(), UnitCard.of(u._2(), rules)));
  }

  /**
   * The company a thread nobody answered belongs to when the run audits one company (see {@link
   * ThreadFacts}), else null. Only scored replies say which company is audited: an unscored stray
   * from a company domain the roster says nothing of (whose company is then the domain itself)
   * would otherwise make a one-company audit look like two.
   */
  private static String onlyCompany(JavaRDD<ScoredReply> replies) {
    List<String> companies = replies.filter(ScoredReply::scored)
        .map(ScoredReply::company).filter(c -> c != null).distinct().take(2);
    return companies.size() == 1 ? companies.get(0) : null;
  }

  /**
   * One copy of {@code m} per unit the reply or thread counts for: its agent (when there is one),
   * the agent's department and company. The copies are distinct objects because merging mutates.
   */
  static List<Tuple2<UnitKey, UnitMetrics>> perUnit(
      String quarter, String agent, String department, String company, UnitMetrics m) {
    List<Tuple2<UnitKey, UnitMetrics>> out = new ArrayList<>(3);
    for (UnitLevel level : UnitLevel.values()) {
      if (level == UnitLevel.AGENT && agent == null) {
        continue;
      }
      out.add(new Tuple2<>(UnitKey.of(level, quarter, agent, department, company),
          out.isEmpty() ? m : new UnitMetrics().merge(m)));
    }
    return out;
  }
}
