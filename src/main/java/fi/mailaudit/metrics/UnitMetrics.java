package fi.mailaudit.metrics;

import fi.mailaudit.rules.RuleColumns;
import fi.mailaudit.rules.ScoredReply;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The counts of one unit in one quarter, mergeable so Spark can reduce them by key: one instance per
 * reply or thread ({@link #ofReply}, {@link #ofThread}), folded with {@link #merge}. Merging mutates
 * and returns {@code this}, as Spark's {@code reduceByKey} allows, to avoid an allocation per pair.
 *
 * <p>Memory bound: the median and p90 are exact, so the first-response minutes of every answered
 * thread are kept (two doubles a thread). A company's quarter of one million threads is 16 MB in
 * one reducer; the audits this tool is for (a firm's customer-service mail, SPEC §1) are far
 * smaller, so exactness was chosen over a sketch.
 */
public final class UnitMetrics implements Serializable {
  /** SPEC §5.3 completeness elements, in the order of the {@code has_<element>} columns. */
  public static final List<String> ELEMENTS =
      List.of("greeting", "thanks_for_contact", "all_questions_addressed", "timeframe", "apology",
          "empathy", "invitation", "wishes", "closing", "signature", "structure", "mechanics");
  /** Bingo statements B1–B6 by their points column. */
  static final List<String> STATEMENTS =
      List.of(RuleColumns.B1_POINTS, RuleColumns.B2_POINTS, RuleColumns.B3_POINTS, RuleColumns.B4_POINTS,
          RuleColumns.B5_POINTS, RuleColumns.B6_POINTS);
  /** {@code thanks_reception} values whose rates the tables carry (SPEC §5.2). */
  public static final List<String> RECEPTIONS = List.of("gracious", "dismissive", "ignored", "no_reply");

  long replies;
  long scored;
  long thanks;
  long thanksForContact;
  long passwordFindings;
  double completenessSum;
  long completenessCount;
  final long[] elementPresent = new long[ELEMENTS.size()];
  final long[] elementApplicable = new long[ELEMENTS.size()];
  final long[] statementHolds = new long[STATEMENTS.size()];
  long b1NoGreeting;
  final long[] receptions = new long[RECEPTIONS.size()];
  long receptionTotal;
  long customerThreads;
  long unanswered;
  final MinuteValues responseMinutes = new MinuteValues();
  final MinuteValues responseBusinessMinutes = new MinuteValues();
  long promisesMade;
  long promisesKept;
  long promisesBroken;
  long cancellationSum;
  long cancellationCount;

  /** An empty unit: no replies, no threads. */
  public UnitMetrics() {}

  /** One reply's contribution; an unscored reply counts only in {@code replies_total}. */
  public static UnitMetrics ofReply(ScoredReply r) {
    UnitMetrics m = new UnitMetrics();
    m.replies = 1;
    Map<String, Object> f = r.flags();
    if (Boolean.TRUE.equals(f.get(RuleColumns.PASSWORD_IN_CLEAR))) {
      m.passwordFindings = 1;
    }
    if (!r.scored()) {
      return m;
    }
    m.scored = 1;
    m.thanks = Boolean.TRUE.equals(f.get(RuleColumns.THANKS)) ? 1 : 0;
    m.thanksForContact = Boolean.TRUE.equals(f.get(RuleColumns.THANKS_FOR_CONTACT)) ? 1 : 0;
    if (f.get(RuleColumns.COMPLETENESS) instanceof Number c) {
      m.completenessSum = c.doubleValue();
      m.completenessCount = 1;
    }
    for (int i = 0; i < ELEMENTS.size(); i++) {
      // null = not applicable (SPEC §5.3): such a reply is left out of the element's share.
      if (f.get("has_" + ELEMENTS.get(i)) instanceof Boolean present) {
        m.elementApplicable[i] = 1;
        m.elementPresent[i] = present ? 1 : 0;
      }
    }
    for (int i = 0; i < STATEMENTS.size(); i++) {
      if (f.get(STATEMENTS.get(i)) instanceof Number p && p.intValue() > 0) {
        m.statementHolds[i] = 1;
      }
    }
    // B1 scores 2 exactly when the reply has no greeting at all (GreetingRule, seed 002).
    if (f.get(RuleColumns.B1_POINTS) instanceof Number p && p.intValue() == 2) {
      m.b1NoGreeting = 1;
    }
    int reception = RECEPTIONS.indexOf(String.valueOf(f.get(RuleColumns.THANKS_RECEPTION)));
    if (reception >= 0) {
      m.receptions[reception] = 1;
      m.receptionTotal = 1;
    }
    return m;
  }

  /** One thread's contribution (see {@link ThreadFacts} for which units it counts in). */
  public static UnitMetrics ofThread(ThreadFacts t) {
    UnitMetrics m = new UnitMetrics();
    if (t.customerThread()) {
      m.customerThreads = 1;
      m.unanswered = t.unanswered() ? 1 : 0;
    }
    if (t.responseMinutes() != null) {
      m.responseMinutes.add(t.responseMinutes());
    }
    if (t.responseBusinessMinutes() != null) {
      m.responseBusinessMinutes.add(t.responseBusinessMinutes());
    }
    m.promisesMade = t.promisesMade();
    m.promisesKept = t.promisesKept();
    m.promisesBroken = t.promisesBroken();
    if (t.cancellationScore() != null) {
      m.cancellationSum = t.cancellationScore();
      m.cancellationCount = 1;
    }
    return m;
  }

  /** Adds {@code other} into this and returns this. */
  public UnitMetrics merge(UnitMetrics other) {
    replies += other.replies;
    scored += other.scored;
    thanks += other.thanks;
    thanksForContact += other.thanksForContact;
    passwordFindings += other.passwordFindings;
    completenessSum += other.completenessSum;
    completenessCount += other.completenessCount;
    add(elementPresent, other.elementPresent);
    add(elementApplicable, other.elementApplicable);
    add(statementHolds, other.statementHolds);
    b1NoGreeting += other.b1NoGreeting;
    add(receptions, other.receptions);
    receptionTotal += other.receptionTotal;
    customerThreads += other.customerThreads;
    unanswered += other.unanswered;
    responseMinutes.addAll(other.responseMinutes);
    responseBusinessMinutes.addAll(other.responseBusinessMinutes);
    promisesMade += other.promisesMade;
    promisesKept += other.promisesKept;
    promisesBroken += other.promisesBroken;
    cancellationSum += other.cancellationSum;
    cancellationCount += other.cancellationCount;
    return this;
  }

  public long replies() {
    return replies;
  }

  public long scored() {
    return scored;
  }

  public long passwordFindings() {
    return passwordFindings;
  }

  public long customerThreads() {
    return customerThreads;
  }

  public long promisesMade() {
    return promisesMade;
  }

  /** Replies with {@code thanks} / scored replies (SPEC §5.2 "thanks rate"). */
  public Double thanksRate() {
    return ratio(thanks, scored);
  }

  public Double thanksForContactRate() {
    return ratio(thanksForContact, scored);
  }

  /** Share of the replies to a thanking customer that met the thanks as {@code reception}. */
  public Double receptionRate(String reception) {
    return ratio(receptions[RECEPTIONS.indexOf(reception)], receptionTotal);
  }

  public Double completenessMean() {
    return completenessCount == 0 ? null : completenessSum / completenessCount;
  }

  /** Share of the replies where the element applies that have it. */
  public Double elementShare(int element) {
    return ratio(elementPresent[element], elementApplicable[element]);
  }

  /** Share of scored replies where statement B{@code n} (1–6) holds. */
  public Double statementShare(int n) {
    return ratio(statementHolds[n - 1], scored);
  }

  /** Share of scored replies without any greeting (B1's two-point case). */
  public Double noGreetingShare() {
    return ratio(b1NoGreeting, scored);
  }

  public Double unansweredRate() {
    return ratio(unanswered, customerThreads);
  }

  /** Kept / settled promises; open promises (archive ends first) are not yet either. */
  public Double promisesKeptRate() {
    return ratio(promisesKept, promisesKept + promisesBroken);
  }

  public Double cancellationScoreMean() {
    return cancellationCount == 0 ? null : (double) cancellationSum / cancellationCount;
  }

  public Double responseMinutes(double p) {
    return responseMinutes.percentile(p);
  }

  public Double responseBusinessMinutes(double p) {
    return responseBusinessMinutes.percentile(p);
  }

  private static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }
}
