package fi.mailaudit.report;

import fi.mailaudit.output.Manifest;
import java.util.List;
import java.util.Map;

/**
 * Everything the HTML report shows, as plain values read once from an audit output: the unit tables'
 * rows, a few scored replies per agent as evidence, and the manifest's data-quality figures. The
 * renderer ({@link HtmlReport}) needs no Spark, so it is tested on hand-made models.
 *
 * @param title what the report is about (the audited company, or the output folder's name)
 * @param companies {@code company_quarter} rows
 * @param departments {@code department_quarter} rows
 * @param agents {@code agent_quarter} rows
 * @param examples candidate evidence replies, at most a few best and weakest per agent
 * @param quality the manifest's counts and the rejects by reason
 * @param minScoredReplies the run's {@code bingo.min_scored_replies}: below it a unit has no card
 */
public record ReportData(
    String title,
    List<UnitFigures> companies,
    List<UnitFigures> departments,
    List<UnitFigures> agents,
    List<ReplyExample> examples,
    DataQuality quality,
    int minScoredReplies) {

  /** Seed 002's "kymmenkunta": the minimum sample when the manifest does not name the run's. */
  public static final int DEFAULT_MIN_SCORED_REPLIES = 10;

  public ReportData {
    companies = List.copyOf(companies);
    departments = List.copyOf(departments);
    agents = List.copyOf(agents);
    examples = List.copyOf(examples);
  }

  /**
   * One row of a unit table (README "unit tables"): a company, department or agent in a quarter.
   * Rates are null when their denominator is 0; {@code bingoPoints} and the bands are null when
   * {@code sufficientData} is false (fewer scored replies than the run's minimum, seed 002's "kymmenkunta").
   */
  public record UnitFigures(
      String quarter,
      String company,
      String department,
      String agentEmail,
      String agentName,
      int repliesTotal,
      int repliesScored,
      boolean sufficientData,
      Double thanksRate,
      Double thanksForContactRate,
      Double dismissiveThanksRate,
      Double completenessMean,
      Integer bingoPoints,
      String bingoBand,
      String bingoBandFi,
      int customerThreads,
      Double responseMedianMinutes,
      Double responseP90Minutes,
      Double responseMedianBusinessMinutes,
      Double unansweredRate,
      int passwordFindings) {}

  /**
   * A scored reply shown as evidence on its agent's card. Its texts come from the {@code replies}
   * table's evidence (already masked: {@code [asiakas]}, {@code ***@***}, {@code ********}) and the
   * {@code messages} table's masked subject; the customer appears only as a pseudonym.
   *
   * @param evidence rule → the text that triggered it (at most 120 characters)
   * @param missing completeness elements the reply needed and lacked ({@code has_<element>} false)
   */
  public record ReplyExample(
      String messageKey,
      String agentEmail,
      String quarter,
      String sentAt,
      String customerPseudonym,
      String subject,
      Double completeness,
      Integer bingoPoints,
      Map<String, String> evidence,
      List<String> missing) {

    public ReplyExample {
      evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
      missing = missing == null ? List.of() : List.copyOf(missing);
    }
  }

  /**
   * The manifest's {@code counts} (README "_manifest.json") and the rejects by reason: what the
   * figures above rest on.
   */
  public record DataQuality(
      Manifest.Counts counts,
      int inputFiles,
      List<String> quartersWritten,
      String finishedAt,
      Map<String, Long> rejectsByReason) {

    public DataQuality {
      quartersWritten = List.copyOf(quartersWritten);
      rejectsByReason = Map.copyOf(rejectsByReason);
    }
  }
}
