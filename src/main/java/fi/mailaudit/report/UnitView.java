package fi.mailaudit.report;

import fi.mailaudit.report.ReportData.UnitFigures;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How a unit's figures read in the report: its name, its quarters, and its scores shown only when it
 * has enough scored replies (the run's {@code bingo.min_scored_replies}, by default seed 002's
 * "kymmenkunta", README {@code sufficient_data}); otherwise
 * "too few replies to judge" stands where a score would, in tables and charts alike.
 */
final class UnitView {
  static final String TOO_FEW = "too few replies to judge";
  /** Quarter of undated mail (README "Output"): not a point on a time axis. */
  static final String UNKNOWN_QUARTER = "unknown";

  private UnitView() {}

  /** The dated quarters of {@code units}, oldest first ({@code YYYY-Qn} sorts as text). */
  static List<String> quarters(List<UnitFigures> units) {
    TreeSet<String> quarters = new TreeSet<>();
    units.stream().map(UnitFigures::quarter).filter(q -> q != null && !q.equals(UNKNOWN_QUARTER)).forEach(quarters::add);
    return List.copyOf(quarters);
  }

  /** A department's name, with its company when the output holds more than one company. */
  static String department(UnitFigures u, boolean manyCompanies) {
    String name = Objects.requireNonNullElse(u.department(), "unknown");
    return manyCompanies ? name + " (" + Objects.requireNonNullElse(u.company(), "unknown") + ")" : name;
  }

  static boolean manyCompanies(List<UnitFigures> units) {
    return units.stream().map(UnitFigures::company).distinct().count() > 1;
  }

  /**
   * A unit with something to show: a scored reply or a customer thread. A run's stray company
   * (mail from a shared address the roster does not place) has neither and would only add a line
   * of dashes to every chart; the company summary still lists it.
   */
  static boolean relevant(UnitFigures u) {
    return u.repliesScored() > 0 || u.customerThreads() > 0;
  }

  /** A reply-based score, or null (drawn as a gap) when the unit has too few replies to judge. */
  static Double score(UnitFigures u, Function<UnitFigures, Double> measure) {
    return u.sufficientData() ? measure.apply(u) : null;
  }

  /** What a chart writes where a reply-based score is missing. */
  static String gap(UnitFigures u) {
    return u == null || u.repliesScored() == 0 ? "no scored replies"
        : u.sufficientData() ? ChartSeries.NO_DATA : "too few replies (" + u.repliesScored() + ")";
  }

  /** What a chart writes where a thread-based measure (a response time) is missing. */
  static String threadGap(UnitFigures u) {
    return u == null || u.customerThreads() == 0 ? "no threads" : "no answered thread";
  }

  /**
   * The three score cells (template bingo with the English band and the seed's Finnish words, SPEC
   * §5.1; thanks rate; completeness), or one cell across them saying why there is no score.
   */
  static String scoreCells(UnitFigures u, int minScored) {
    if (!u.sufficientData() || u.bingoPoints() == null) {
      return "<td colspan=\"3\" class=\"insufficient\">" + TOO_FEW + " (" + u.repliesScored()
          + " scored, " + minScored + " needed)</td>";
    }
    return "<td>" + u.bingoPoints() + " / 7 · " + Html.esc(u.bingoBand())
        + "<span class=\"band-fi\" lang=\"fi\">" + Html.esc(u.bingoBandFi()) + "</span></td>"
        + "<td class=\"num\">" + Html.esc(ReportFormat.percent(u.thanksRate())) + "</td>"
        + "<td class=\"num\">" + Html.esc(ReportFormat.percent(u.completenessMean())) + "</td>";
  }

  /** A response-time cell: thread-based, so shown for every unit that had a reply. */
  static String durationCell(Double minutes) {
    return "<td class=\"num\">" + Html.esc(ReportFormat.duration(minutes)) + "</td>";
  }

  static String countCell(long n) {
    return "<td class=\"num\">" + ReportFormat.count(n) + "</td>";
  }
}
