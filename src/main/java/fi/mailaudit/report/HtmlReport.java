package fi.mailaudit.report;

import java.util.List;

/**
 * Renders {@link ReportData} as one self-contained HTML file (issue 5 item 4, SPEC §7): inline CSS,
 * inline SVG charts, one small inline script, no external URL at all. A strict
 * Content-Security-Policy (nothing may load; only this style sheet and this script, by hash) turns
 * any accidental fetch into a console error that {@code ReportBrowserIT} catches. Pure: no Spark,
 * no file system.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The whole page. Every value from the model is escaped. */
  public static String render(ReportData data) {
    ReportPage page = new ReportPage();
    UnitSections sections = new UnitSections(data);
    sections.summary(page);
    sections.departmentsSideBySide(page);
    sections.quarterOverQuarter(page);
    new AgentCards(data).write(page);
    new QualitySection(data.quality()).write(page);
    // The quarters the tables hold: a run that recomputed one quarter keeps the others (SPEC §6).
    List<ReportData.UnitFigures> units = new java.util.ArrayList<>(data.companies());
    units.addAll(data.departments());
    List<String> quarters = UnitView.quarters(units);
    String period = quarters.isEmpty() ? "no dated quarter"
        : quarters.size() == 1 ? quarters.get(0) : quarters.get(0) + " – " + quarters.get(quarters.size() - 1);
    String csp = "default-src 'none'; style-src " + ReportStyle.hash(ReportStyle.CSS) + "; script-src "
        + ReportStyle.hash(ReportStyle.SCRIPT) + "; img-src data:; base-uri 'none'; form-action 'none'";
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Html.esc(csp) + "\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + Html.esc("Mail audit: " + data.title()) + "</title>"
        + "<style>" + ReportStyle.CSS + "</style></head>\n"
        + "<body data-charts-expected=\"" + page.charts() + "\">"
        + "<header class=\"top\"><h1>" + Html.esc("Customer-service mail audit: " + data.title()) + "</h1>"
        + "<p>" + Html.esc("Asiakaspalvelun sähköpostiauditointi · " + period + " · "
            + ReportFormat.count(data.quality().counts().scored()) + " scored replies") + "</p></header>"
        + "<nav><a href=\"#summary\">Summary</a><a href=\"#departments\">Departments</a>"
        + "<a href=\"#quarters\">Quarter over quarter</a><a href=\"#agents\">Agents</a>"
        + "<a href=\"#quality\">Data quality</a></nav>\n<main>" + page.html() + "</main>\n"
        + "<footer>Written by mailaudit from the audit's Parquet tables and _manifest.json. Scores follow the "
        + "product specification's rules (template bingo: seed 002; thanks: seeds 000, 001, 003; completeness: "
        + "seeds 003, 004). This file needs no network and can be printed.</footer>"
        + "<script>" + ReportStyle.SCRIPT + "</script></body></html>\n";
  }
}
