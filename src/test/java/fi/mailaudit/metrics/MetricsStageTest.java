package fi.mailaudit.metrics;

import static fi.mailaudit.metrics.Replies.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.mailaudit.SparkTestSession;
import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.conversation.ThreadSummary;
import fi.mailaudit.output.AgentQuarterTable;
import fi.mailaudit.output.Columns;
import fi.mailaudit.output.CompanyQuarterTable;
import fi.mailaudit.output.DepartmentQuarterTable;
import fi.mailaudit.rules.RuleColumns;
import fi.mailaudit.rules.ScoredReply;
import fi.mailaudit.rules.ThreadScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saimaan Kuitu Oy in 2026-Q3: Laura (Asiakaspalvelu) answers 12 times without a greeting, Mikko
 * (Laskutus) three times with "Hei!"; one customer thread is answered by nobody.
 */
class MetricsStageTest {
  private static final String LAURA = "laura.virtanen@saimaankuitu.fi";
  private static final String MIKKO = "mikko.heikkinen@saimaankuitu.fi";
  private static final String COMPANY = "Saimaan Kuitu Oy";
  private static Map<UnitKey, UnitSummary> units;

  @BeforeAll
  static void run() {
    JavaSparkContext jsc = SparkTestSession.context();
    List<ScoredReply> laura = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      laura.add(Replies.scored(LAURA, "Asiakaspalvelu", "2026-Q3", card(2, 0, 0, 0, 0, 0)));
    }
    List<ScoredReply> mikko = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mikko.add(Replies.scored(MIKKO, "Laskutus", "2026-Q3", card(1, 0, 0, 1, 0, 0)));
    }
    mikko.add(Replies.unscored(MIKKO, "Laskutus").withFlags(Map.of(RuleColumns.PASSWORD_IN_CLEAR, true)));
    List<ThreadScores> scores = List.of(
        new ThreadScores("t1", laura.subList(0, 6), Map.of(RuleColumns.PROMISES_MADE, 1, RuleColumns.PROMISES_KEPT, 1)),
        new ThreadScores("t2", laura.subList(6, 12), Map.of()),
        new ThreadScores("t3", mikko, Map.of(RuleColumns.PROMISES_MADE, 1, RuleColumns.PROMISES_BROKEN, 1)));
    List<ThreadSummary> threads = List.of(
        thread("t1", LAURA, "Asiakaspalvelu", 30.0), thread("t2", LAURA, "Asiakaspalvelu", 90.0),
        thread("t3", MIKKO, "Laskutus", 600.0), thread("t4", null, null, null));
    List<AuditedMessage> messages = List.of(agentMessage(LAURA, "Laura Virtanen"), agentMessage(MIKKO, "Mikko Heikkinen"));
    List<UnitSummary> out = MetricsStage.units(jsc.parallelize(scores, 2), jsc.parallelize(threads, 2),
        jsc.parallelize(messages, 1), CardRules.seedDefaults()).collect();
    units = out.stream().collect(Collectors.toMap(UnitSummary::key, Function.identity()));
  }

  @Test
  void agentsGetTheirCardsAndTheirThreads() {
    UnitSummary laura = units.get(UnitKey.of(UnitLevel.AGENT, "2026-Q3", LAURA, "Asiakaspalvelu", COMPANY));
    assertEquals("Laura Virtanen", laura.agentName());
    assertEquals(12, laura.metrics().scored());
    assertEquals(2, laura.card().points()); // no greeting in every reply: B1's two points
    assertEquals(BingoBand.PERSONAL, laura.card().band());
    assertEquals(60.0, laura.metrics().responseMinutes(0.5));
    assertEquals(0.0, laura.metrics().unansweredRate());
    assertEquals(1.0, laura.metrics().promisesKeptRate());
    UnitSummary mikko = units.get(UnitKey.of(UnitLevel.AGENT, "2026-Q3", MIKKO, "Laskutus", COMPANY));
    assertFalse(mikko.card().sufficientData());
    assertNull(mikko.card().points());
    assertEquals(4, mikko.metrics().replies());
    assertEquals(1, mikko.metrics().passwordFindings());
    assertEquals(0.0, mikko.metrics().promisesKeptRate());
  }

  @Test
  void theThreadNobodyAnsweredCountsForAnUnknownDepartmentAndTheOnlyCompany() {
    UnitSummary unknown = units.get(UnitKey.of(UnitLevel.DEPARTMENT, "2026-Q3", null, null, COMPANY));
    assertEquals(0, unknown.metrics().scored());
    assertEquals(1.0, unknown.metrics().unansweredRate());
    UnitSummary company = units.get(UnitKey.of(UnitLevel.COMPANY, "2026-Q3", null, null, COMPANY));
    assertEquals(15, company.metrics().scored());
    assertEquals(4, company.metrics().customerThreads());
    assertEquals(0.25, company.metrics().unansweredRate());
    assertEquals(90.0, company.metrics().responseMinutes(0.5));
    assertEquals(2 + 3 + 1, units.size()); // 2 agents, 3 departments, 1 company
  }

  @Test
  void theRowsFitTheirDeclaredSchemas() {
    var spark = SparkTestSession.get();
    List<Row> agentRows = units.values().stream().filter(u -> u.key().level() == UnitLevel.AGENT)
        .map(AgentQuarterTable::toRow).toList();
    List<Row> read = spark.createDataFrame(agentRows, AgentQuarterTable.SCHEMA)
        .orderBy(Columns.AGENT_EMAIL).collectAsList();
    assertEquals("Laura Virtanen", read.get(0).getAs(Columns.AGENT_NAME));
    assertEquals("Yrityksesi antaa henkilökohtaista palvelua lähes aina.", read.get(0).getAs(Columns.BINGO_BAND_FI));
    assertEquals(1.0, (Double) read.get(0).getAs(Columns.BINGO_SHARE_B1_NONE));
    assertNull(read.get(1).getAs(Columns.BINGO_POINTS));
    assertEquals(1.0, (Double) read.get(1).getAs(Columns.BINGO_SHARE_PREFIX + 4));
    List<Row> departmentRows = units.values().stream().filter(u -> u.key().level() == UnitLevel.DEPARTMENT)
        .map(DepartmentQuarterTable::toRow).toList();
    assertEquals(3, spark.createDataFrame(departmentRows, DepartmentQuarterTable.SCHEMA).count());
    List<Row> companyRows = units.values().stream().filter(u -> u.key().level() == UnitLevel.COMPANY)
        .map(CompanyQuarterTable::toRow).toList();
    Row company = spark.createDataFrame(companyRows, CompanyQuarterTable.SCHEMA).first();
    assertEquals(15, (Integer) company.getAs(Columns.REPLIES_SCORED));
    assertEquals(1, (Integer) company.getAs(Columns.PASSWORD_FINDINGS));
  }

  private static ThreadSummary thread(String id, String agent, String department, Double minutes) {
    Instant start = Instant.parse("2026-08-10T08:00:00Z");
    return new ThreadSummary(id, "2026-Q3", start, minutes == null ? null : start.plusSeconds((long) (minutes * 60)),
        minutes, minutes, minutes == null, 2, 1, minutes == null ? 0 : 1, 0, agent, department,
        agent == null ? null : COMPANY, "fi", "asiakas-" + id);
  }

  private static AuditedMessage agentMessage(String email, String name) {
    return new AuditedMessage("k-" + email, null, "t1", "file:/vienti.mbox", "mbox", "0", null,
        Instant.parse("2026-08-10T09:00:00Z"), "2026-Q3", "outbound", "agent", email, name, null, COMPANY,
        null, "fi", false, 40, "Re: Tilaus", 0, 1000, 1, "text", null, List.of(), List.of(), "tilaus", false, null);
  }
}
