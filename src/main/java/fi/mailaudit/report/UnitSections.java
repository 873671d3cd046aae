package fi.mailaudit.report;

import fi.mailaudit.report.ReportData.UnitFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The company summary, the departments side by side in the latest quarter, and each department
 * quarter over quarter (issue 5 item 4): bar charts, line charts and the tables they are drawn from.
 */
final class UnitSections {
  private static final String TABLE_HEAD = "<tr><th>%s</th><th>replies (scored)</th><th>template bingo</th>"
      + "<th>thanks rate</th><th>completeness</th><th>first response, median</th><th>unanswered threads</th>"
      + "<th>passwords in clear</th></tr>";

  private final List<UnitFigures> companies;
  private final List<UnitFigures> departments;
  private final boolean manyCompanies;
  private final int minScored;

  UnitSections(ReportData data) {
    this.companies = data.companies();
    this.departments = data.departments().stream().filter(UnitView::relevant).toList();
    this.manyCompanies = UnitView.manyCompanies(departments);
    this.minScored = data.minScoredReplies();
  }

  /** The company per quarter: one table, the figures everything below breaks down. */
  void summary(ReportPage page) {
    page.open("summary", "Company summary", "Yhteenveto",
        "One row per company and quarter. <b>Template bingo</b> (seed 002) counts how many of six template habits "
            + "hold in at least half of the replies: 0–2 points is personal service, 7 is “Bingo!”. "
            + "<b>Thanks rate</b> is the share of replies that thank the customer; <b>completeness</b> the weighted "
            + "share of the courtesies and answers a reply needed (SPEC §5.3). Response times are wall-clock. "
            + "A unit with fewer than " + minScored + " scored replies gets no score: “" + UnitView.TOO_FEW + "”.");
    table(page, "quarter · company", companies, u -> u.quarter() + " · " + u.company());
    page.close();
  }

  /** The latest quarter's departments, side by side. */
  void departmentsSideBySide(ReportPage page) {
    List<String> quarters = UnitView.quarters(departments);
    page.open("departments", "Departments side by side" + (quarters.isEmpty() ? "" : ", " + quarters.get(quarters.size() - 1)),
        "Osastot rinnakkain",
        "Each group of bars is one department in the latest quarter. Higher is better for thanks and completeness; "
            + "lower is better for bingo points and response times. A department with fewer than " + minScored
            + " scored replies shows “too few replies” and the count instead of a bar. The table below has the numbers.");
    if (quarters.isEmpty()) {
      page.empty("No department figures in this output.");
      page.close();
      return;
    }
    String latest = quarters.get(quarters.size() - 1);
    List<UnitFigures> rows = departments.stream().filter(u -> latest.equals(u.quarter())).toList();
    List<String> names = rows.stream().map(u -> UnitView.department(u, manyCompanies)).toList();
    page.chartsOpen();
    page.figure("Thanks and completeness, " + latest, new BarChart("Thanks and completeness by department, " + latest,
        names, List.of(bars("thanks rate", rows, UnitFigures::thanksRate, true),
            bars("thanks for the contact", rows, UnitFigures::thanksForContactRate, true),
            bars("completeness", rows, UnitFigures::completenessMean, true)),
        ChartAxis.percent("share of scored replies")).svg());
    page.figure("Template bingo points, " + latest + " (lower is better)", new BarChart("Template bingo points by department, " + latest,
        names, List.of(bars("bingo points", rows, u -> u.bingoPoints() == null ? null : u.bingoPoints().doubleValue(), true)),
        ChartAxis.bingoPoints()).svg());
    List<ChartSeries> times = List.of(bars("median", rows, u -> hours(u.responseMedianMinutes()), false),
        bars("90th percentile", rows, u -> hours(u.responseP90Minutes()), false),
        bars("median in business hours", rows, u -> hours(u.responseMedianBusinessMinutes()), false));
    page.figure("First response time, " + latest, new BarChart("First response time by department, " + latest, names, times,
        ChartAxis.nice(max(times), "hours", ReportFormat::hours)).svg());
    page.chartsClose();
    table(page, "department", rows, u -> UnitView.department(u, manyCompanies));
    page.close();
  }

  /** Each department over the quarters, one line each. */
  void quarterOverQuarter(ReportPage page) {
    List<String> quarters = UnitView.quarters(departments);
    page.open("quarters", "Quarter over quarter", "Neljännesvuosittain",
        "Each line is a department, each point a quarter. A missing point means the department had too few "
            + "scored replies that quarter to judge (or no threads, for response times): the line breaks there "
            + "rather than dropping to zero. Hover a point for its value.");
    if (quarters.isEmpty()) {
      page.empty("No dated quarters in this output.");
      page.close();
      return;
    }
    Map<String, Map<String, UnitFigures>> byName = new LinkedHashMap<>();
    for (UnitFigures u : departments) {
      byName.computeIfAbsent(UnitView.department(u, manyCompanies), k -> new LinkedHashMap<>()).put(u.quarter(), u);
    }
    page.chartsOpen();
    page.figure("Template bingo points (0–7, lower is better)", new LineChart("Template bingo points per quarter", quarters,
        lines(byName, quarters, u -> u.bingoPoints() == null ? null : u.bingoPoints().doubleValue(), true),
        ChartAxis.bingoPoints()).svg());
    page.figure("Thanks rate", new LineChart("Thanks rate per quarter", quarters,
        lines(byName, quarters, UnitFigures::thanksRate, true), ChartAxis.percent("share of scored replies")).svg());
    page.figure("Completeness", new LineChart("Completeness per quarter", quarters,
        lines(byName, quarters, UnitFigures::completenessMean, true), ChartAxis.percent("mean completeness")).svg());
    List<ChartSeries> times = lines(byName, quarters, u -> hours(u.responseMedianMinutes()), false);
    page.figure("First response time, median", new LineChart("Median first response time per quarter", quarters, times,
        ChartAxis.nice(max(times), "hours", ReportFormat::hours)).svg());
    page.chartsClose();
    page.close();
  }

  private void table(ReportPage page, String unitHeading, List<UnitFigures> rows, Function<UnitFigures, String> name) {
    if (rows.isEmpty()) {
      page.empty("No figures.");
      return;
    }
    StringBuilder t = new StringBuilder("<table>").append(String.format(TABLE_HEAD, Html.esc(unitHeading)));
    for (UnitFigures u : rows) {
      t.append("<tr><td>").append(Html.esc(name.apply(u))).append("</td>")
          .append("<td class=\"num\">").append(u.repliesTotal()).append(" (").append(u.repliesScored()).append(")</td>")
          .append(UnitView.scoreCells(u, minScored)).append(UnitView.durationCell(u.responseMedianMinutes()))
          .append("<td class=\"num\">").append(Html.esc(ReportFormat.percent(u.unansweredRate()))).append(" of ")
          .append(u.customerThreads()).append("</td>")
          .append(u.passwordFindings() > 0 ? "<td class=\"num finding\">" : "<td class=\"num\">")
          .append(u.passwordFindings()).append("</td></tr>");
    }
    page.raw(t.append("</table>").toString());
  }

  private static ChartSeries bars(String name, List<UnitFigures> rows, Function<UnitFigures, Double> measure, boolean replyScore) {
    List<Double> values = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    for (UnitFigures u : rows) {
      values.add(replyScore ? UnitView.score(u, measure) : measure.apply(u));
      gaps.add(replyScore ? UnitView.gap(u) : UnitView.threadGap(u));
    }
    return new ChartSeries(name, values, gaps);
  }

  private static List<ChartSeries> lines(Map<String, Map<String, UnitFigures>> byName, List<String> quarters,
      Function<UnitFigures, Double> measure, boolean replyScore) {
    List<ChartSeries> out = new ArrayList<>();
    byName.forEach((name, byQuarter) -> {
      List<Double> values = new ArrayList<>();
      List<String> gaps = new ArrayList<>();
      for (String q : quarters) {
        UnitFigures u = byQuarter.get(q);
        values.add(u == null ? null : replyScore ? UnitView.score(u, measure) : measure.apply(u));
        gaps.add(replyScore ? UnitView.gap(u) : UnitView.threadGap(u));
      }
      // A department with no value in any quarter (the "unknown" of unanswered threads) has no line.
      if (values.stream().anyMatch(v -> v != null)) {
        out.add(new ChartSeries(name, values, gaps));
      }
    });
    return out;
  }

  private static Double hours(Double minutes) {
    return minutes == null ? null : minutes / 60;
  }

  private static double max(List<ChartSeries> series) {
    return series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
