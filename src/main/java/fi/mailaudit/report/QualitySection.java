package fi.mailaudit.report;

import fi.mailaudit.report.ReportData.DataQuality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manifest's data-quality figures (issue 5 item 4: parsed, rejected, not Finnish): what the
 * scores above rest on, so a reader can see whether mail was lost or left unscored before trusting
 * a comparison. Nothing is lost silently (SPEC §6): found = parsed + rejected.
 */
final class QualitySection {
  private final DataQuality quality;

  QualitySection(DataQuality quality) {
    this.quality = quality;
  }

  void write(ReportPage page) {
    page.open("quality", "Data quality", "Aineiston laatu",
        "<b>Found</b> is every mail item in the inputs; each was either <b>parsed</b> or <b>rejected</b> (the "
            + "rejects table says why, per item). Copies of the same message in several exports count once "
            + "(<b>unique</b>). Only human replies in Finnish are <b>scored</b>; replies in other languages are "
            + "counted as <b>not Finnish</b>. Files that are no mail archive are listed as unsupported.");
    Map<String, Long> figures = new LinkedHashMap<>();
    figures.put("found", quality.counts().found());
    figures.put("parsed", quality.counts().parsed());
    figures.put("rejected", quality.counts().rejected());
    figures.put("duplicates removed", quality.counts().duplicates());
    figures.put("unique messages", quality.counts().unique());
    figures.put("scored replies", quality.counts().scored());
    figures.put("not Finnish", quality.counts().notFinnish());
    List<Double> values = new ArrayList<>();
    figures.values().forEach(v -> values.add((double) v));
    page.chartsOpen();
    page.figure("Mail items, from found to scored", new BarChart("Mail items, from found to scored",
        List.copyOf(figures.keySet()), List.of(ChartSeries.of("messages", values)),
        ChartAxis.nice(values.stream().mapToDouble(Double::doubleValue).max().orElse(0), "messages",
            v -> ReportFormat.count(Math.round(v)))).svg());
    page.chartsClose();
    StringBuilder t = new StringBuilder("<table><tr><th>figure</th><th>count</th></tr>");
    figures.put("input files", (long) quality.inputFiles());
    figures.put("unsupported files", quality.counts().unsupportedFiles());
    figures.forEach((name, n) -> t.append("<tr><td>").append(name).append("</td>").append(UnitView.countCell(n)).append("</tr>"));
    t.append("<tr><td>quarters written</td><td>").append(Html.esc(String.join(", ", quality.quartersWritten())))
        .append("</td></tr><tr><td>run finished</td><td>").append(Html.esc(quality.finishedAt())).append("</td></tr></table>");
    page.raw(t.toString());
    if (quality.rejectsByReason().isEmpty()) {
      page.raw("<p>No item was rejected.</p>");
    } else {
      StringBuilder r = new StringBuilder("<h3>Rejected items by reason</h3><table><tr><th>reason</th><th>items</th></tr>");
      new TreeMap<>(quality.rejectsByReason()).forEach((reason, n) ->
          r.append("<tr><td>").append(Html.esc(reason)).append("</td>").append(UnitView.countCell(n)).append("</tr>"));
      page.raw(r.append("</table>").toString());
    }
    page.close();
  }
}
