package fi.mailaudit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.mailaudit.conversation.ThreadSummary;
import fi.mailaudit.rules.RuleColumns;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitMetricsTest {
  private static final String LAURA = "laura.virtanen@saimaankuitu.fi";

  @Test
  void percentilesInterpolateBetweenRanks() {
    assertEquals(9.1, Percentiles.of(new double[] {10, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 0.9), 1e-9);
    assertEquals(5.5, Percentiles.of(new double[] {10, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 0.5), 1e-9);
    // 30 min, 2 h, one over a weekend: the median is the middle one, p90 near the weekend.
    assertEquals(120.0, Percentiles.of(new double[] {30, 120, 3900}, 0.5));
    assertEquals(3144.0, Percentiles.of(new double[] {30, 120, 3900}, 0.9), 1e-9);
    assertEquals(42.0, Percentiles.of(new double[] {42}, 0.9));
    assertNull(Percentiles.of(new double[0], 0.5));
  }

  @Test
  void repliesGiveThanksCompletenessElementAndReceptionRates() {
    UnitMetrics m = new UnitMetrics();
    m.merge(reply(Map.of(RuleColumns.THANKS, true, RuleColumns.THANKS_FOR_CONTACT, true,
        RuleColumns.COMPLETENESS, 0.8, "has_greeting", true, "has_apology", false,
        RuleColumns.THANKS_RECEPTION, "dismissive")));
    m.merge(reply(Map.of(RuleColumns.THANKS, false, RuleColumns.COMPLETENESS, 0.4,
        "has_greeting", false, RuleColumns.THANKS_RECEPTION, "gracious",
        RuleColumns.PASSWORD_IN_CLEAR, true)));
    m.merge(reply(Map.of(RuleColumns.THANKS, true, "has_greeting", true)));
    m.merge(UnitMetrics.ofReply(Replies.unscored(LAURA, "Asiakaspalvelu")));
    assertEquals(4, m.replies());
    assertEquals(3, m.scored());
    assertEquals(2.0 / 3, m.thanksRate(), 1e-12);
    assertEquals(1.0 / 3, m.thanksForContactRate(), 1e-12);
    assertEquals(0.6, m.completenessMean(), 1e-12); // the reply without completeness is left out
    assertEquals(2.0 / 3, m.elementShare(UnitMetrics.ELEMENTS.indexOf("greeting")), 1e-12);
    assertEquals(0.0, m.elementShare(UnitMetrics.ELEMENTS.indexOf("apology"))); // applicable once
    assertNull(m.elementShare(UnitMetrics.ELEMENTS.indexOf("empathy"))); // never applicable
    assertEquals(0.5, m.receptionRate("dismissive"));
    assertEquals(0.5, m.receptionRate("gracious"));
    assertEquals(0.0, m.receptionRate("ignored"));
    assertEquals(1, m.passwordFindings());
  }

  @Test
  void threadsGiveResponseTimesUnansweredPromisesAndCancellations() {
    UnitMetrics m = new UnitMetrics();
    m.merge(thread(30.0, 30.0, false, Map.of(RuleColumns.PROMISES_MADE, 2, RuleColumns.PROMISES_KEPT, 1,
        RuleColumns.PROMISES_BROKEN, 1)));
    m.merge(thread(120.0, 60.0, true, Map.of(RuleColumns.CANCELLATION_SCORE, 4)));
    m.merge(thread(3900.0, 480.0, false, Map.of(RuleColumns.PROMISES_MADE, 1, RuleColumns.PROMISES_KEPT, 1,
        RuleColumns.CANCELLATION_SCORE, 1)));
    m.merge(thread(null, null, true, Map.of()));
    assertEquals(4, m.customerThreads());
    assertEquals(0.5, m.unansweredRate());
    assertEquals(120.0, m.responseMinutes(0.5));
    assertEquals(3144.0, m.responseMinutes(0.9), 1e-9);
    assertEquals(60.0, m.responseBusinessMinutes(0.5));
    assertEquals(3, m.promisesMade());
    assertEquals(2.0 / 3, m.promisesKeptRate(), 1e-12);
    assertEquals(2.5, m.cancellationScoreMean());
  }

  @Test
  void mergingInAnyGroupingGivesTheSameNumbers() {
    UnitMetrics left = new UnitMetrics().merge(thread(10.0, 10.0, false, Map.of()))
        .merge(thread(20.0, 20.0, false, Map.of()));
    UnitMetrics right = new UnitMetrics().merge(thread(40.0, 40.0, false, Map.of()));
    UnitMetrics oneByOne = new UnitMetrics();
    for (double v : new double[] {40, 10, 20}) {
      oneByOne.merge(thread(v, v, false, Map.of()));
    }
    assertEquals(oneByOne.responseMinutes(0.5), new UnitMetrics().merge(right).merge(left).responseMinutes(0.5));
    assertEquals(20.0, oneByOne.responseMinutes(0.5));
  }

  @Test
  void anEmptyUnitHasNoRates() {
    UnitMetrics m = new UnitMetrics();
    assertNull(m.thanksRate());
    assertNull(m.completenessMean());
    assertNull(m.unansweredRate());
    assertNull(m.promisesKeptRate());
    assertNull(m.cancellationScoreMean());
    assertNull(m.responseMinutes(0.9));
    assertNull(m.receptionRate("dismissive"));
  }

  @Test
  void anUnansweredThreadCountsForTheRunsOnlyCompanyButNoAgent() {
    ThreadSummary nobody = summary(null, null, null, true);
    assertEquals("Saimaan Kuitu Oy", ThreadFacts.of(nobody, Map.of(), "Saimaan Kuitu Oy").company());
    assertNull(ThreadFacts.of(nobody, Map.of(), null).company());
    assertNull(ThreadFacts.of(nobody, Map.of(), "Saimaan Kuitu Oy").agentEmail());
    ThreadSummary answered = summary(LAURA, "Asiakaspalvelu", "Saimaan Kuitu Oy", false);
    assertEquals("Asiakaspalvelu", ThreadFacts.of(answered, Map.of(), "Other Oy").department());
    assertEquals("Saimaan Kuitu Oy", ThreadFacts.of(answered, Map.of(), "Other Oy").company());
  }

  private static UnitMetrics reply(Map<String, Object> flags) {
    return UnitMetrics.ofReply(Replies.scored(LAURA, "Asiakaspalvelu", "2026-Q3", new HashMap<>(flags)));
  }

  private static UnitMetrics thread(Double minutes, Double business, boolean unanswered, Map<String, Object> flags) {
    return UnitMetrics.ofThread(new ThreadFacts("2026-Q3", LAURA, "Asiakaspalvelu", "Saimaan Kuitu Oy", true,
        unanswered, minutes, business,
        flags.get(RuleColumns.PROMISES_KEPT) instanceof Integer k ? k : 0,
        flags.get(RuleColumns.PROMISES_BROKEN) instanceof Integer b ? b : 0,
        flags.get(RuleColumns.PROMISES_MADE) instanceof Integer n ? n : 0,
        (Integer) flags.get(RuleColumns.CANCELLATION_SCORE)));
  }

  private static ThreadSummary summary(String agent, String department, String company, boolean unanswered) {
    return new ThreadSummary("t-1", "2026-Q3", Instant.parse("2026-08-10T08:00:00Z"), null, null, null,
        unanswered, 1, 1, 0, 0, agent, department, company, "fi", "asiakas-7f3a");
  }
}
