package fi.mailaudit.report;

import fi.mailaudit.output.Manifest;
import fi.mailaudit.report.ReportData.DataQuality;
import fi.mailaudit.report.ReportData.ReplyExample;
import fi.mailaudit.report.ReportData.UnitFigures;
import java.util.List;
import java.util.Map;

/** Tiny hand-made report models for the renderer's tests, in the sample's Finnish setting. */
final class ReportModels {
  static final String COMPANY = "Saimaan Kuitu Oy";

  private ReportModels() {}

  /** A unit with enough replies to judge: 14 scored, three bingo points. */
  static UnitFigures department(String quarter, String department, double thanks, double completeness) {
    return new UnitFigures(quarter, COMPANY, department, null, null, 15, 14, true, thanks, thanks, 0.0, completeness,
        3, "a typical Finnish firm", "Yrityksesi edustaa tyypillistä suomalaisfirmaa.", 9, 95.0, 600.0, 40.0, 0.1, 0);
  }

  /** A unit the audit could not judge: four scored replies, no points, no band. */
  static UnitFigures insufficient(String quarter, String department) {
    return new UnitFigures(quarter, COMPANY, department, null, null, 4, 4, false, 0.75, 0.5, null, 0.6,
        null, null, null, 3, 30.0, 60.0, 30.0, 0.0, 0);
  }

  static UnitFigures agent(String quarter, String email, String name, String department, boolean sufficient) {
    UnitFigures d = sufficient ? department(quarter, department, 0.5, 0.7) : insufficient(quarter, department);
    return new UnitFigures(d.quarter(), d.company(), d.department(), email, name, d.repliesTotal(), d.repliesScored(),
        d.sufficientData(), d.thanksRate(), d.thanksForContactRate(), d.dismissiveThanksRate(), d.completenessMean(),
        d.bingoPoints(), d.bingoBand(), d.bingoBandFi(), d.customerThreads(), d.responseMedianMinutes(),
        d.responseP90Minutes(), d.responseMedianBusinessMinutes(), d.unansweredRate(), d.passwordFindings());
  }

  static ReplyExample reply(String key, String agent, double completeness, int bingo, Map<String, String> evidence) {
    return new ReplyExample(key, agent, "2026-Q3", "2026-09-0" + (key.length() % 9 + 1) + " 10:15", "c_0123456789abcdef0123",
        "VS: Laskun eräpäivä", completeness, bingo, evidence, List.of());
  }

  static DataQuality quality() {
    return new DataQuality(new Manifest.Counts(212, 210, 2, 6, 204, 98, 4, 1), 129, List.of("2026-Q2", "2026-Q3"), "2026-11-23 08:24 UTC",
        Map.of("malformed_mime", 2L));
  }

  static ReportData data(List<UnitFigures> departments, List<UnitFigures> agents, List<ReplyExample> examples) {
    return new ReportData(COMPANY, List.of(), departments, agents, examples, quality(), ReportData.DEFAULT_MIN_SCORED_REPLIES);
  }
}
