package fi.mailaudit.report;

import static fi.mailaudit.report.ReportModels.agent;
import static fi.mailaudit.report.ReportModels.data;
import static fi.mailaudit.report.ReportModels.department;
import static fi.mailaudit.report.ReportModels.insufficient;
import static fi.mailaudit.report.ReportModels.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.report.ReportData.ReplyExample;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String AGENT = "laura.virtanen@saimaankuitu.fi";

  private static ReportData full(List<ReplyExample> examples) {
    return data(List.of(department("2026-Q2", "Laskutus", 0.4, 0.5), department("2026-Q3", "Laskutus", 0.6, 0.7),
            department("2026-Q3", "Tekninen tuki", 0.8, 0.9), insufficient("2026-Q3", "Asiakaspalvelu")),
        List.of(agent("2026-Q3", AGENT, "Laura Virtanen", "Asiakaspalvelu", false)), examples);
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void evidenceSubjectAndNamesAreEscaped() {
    ReplyExample hostile = new ReplyExample("k1", AGENT, "2026-Q3", "2026-09-01 10:00", "c_0123456789abcdef0123",
        "\"><img src=x onerror=alert(1)>", 0.5, 2,
        Map.of("greeting_kind", "<script>alert('hei')</script>", "b5_points", "Kiitämme & <b>palautteesta</b>"), List.of());
    String html = HtmlReport.render(full(List.of(hostile)));
    assertFalse(html.contains("<script>alert"), "evidence must not become markup");
    assertFalse(html.contains("<img"), "the subject must not become markup");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;hei&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("Kiitämme &amp; &lt;b&gt;palautteesta&lt;/b&gt;"));
    assertEquals(1, count(html, "<script>"), "only the report's own counting script");
  }

  @Test
  void aUnitWithTooFewRepliesShowsNoScore() {
    String html = HtmlReport.render(full(List.of()));
    assertTrue(html.contains("too few replies to judge (4 scored, 10 needed)"));
    assertTrue(html.contains("too few replies (4)"), "the chart names the gap instead of drawing a bar");
    // The near miss: the judged departments keep their card, in English and the seed's Finnish.
    assertTrue(html.contains("3 / 7 · a typical Finnish firm"));
    assertTrue(html.contains("Yrityksesi edustaa tyypillistä suomalaisfirmaa."));
    assertFalse(html.contains(">75 %</td>"), "the insufficient unit's thanks share is no score in a table");
    assertFalse(html.contains("Asiakaspalvelu, thanks rate: 75 %"), "nor a bar in a chart");
    assertTrue(html.contains("Laskutus, thanks rate: 60 %"), "where a judged unit has one");
  }

  @Test
  void theRunsOwnMinimumSampleIsTheOneNamed() {
    ReportData base = full(List.of());
    String html = HtmlReport.render(new ReportData(base.title(), base.companies(), base.departments(), base.agents(),
        base.examples(), base.quality(), 20));
    assertTrue(html.contains("too few replies to judge (4 scored, 20 needed)"));
    assertTrue(html.contains("fewer than 20 scored replies"));
    assertFalse(html.contains("10 needed"));
  }

  @Test
  void theEmptyOutputStillRendersEverySectionWithAnExplanation() {
    String html = HtmlReport.render(data(List.of(), List.of(), List.of()));
    for (String id : List.of("summary", "departments", "quarters", "agents", "quality")) {
      assertTrue(html.contains("<section id=\"" + id + "\">"), id);
    }
    assertTrue(html.contains("No department figures in this output."));
    assertTrue(html.contains("No dated quarters in this output."));
    assertTrue(html.contains("No agent figures in this output."));
    assertTrue(html.contains("data-charts-expected=\"1\""), "the data-quality chart only");
  }

  @Test
  void oneDepartmentOnlyGivesOneGroupOfBarsAndOneLine() {
    String html = HtmlReport.render(data(List.of(department("2026-Q3", "Laskutus", 0.6, 0.7)), List.of(), List.of()));
    assertEquals(8, count(html, "<svg class=\"chart\""));
    assertTrue(html.contains("data-charts-expected=\"8\""));
    assertTrue(html.contains("Departments side by side, 2026-Q3"));
    assertTrue(html.contains("<tspan x=\"347.0\" dy=\"0\">Laskutus</tspan>"), "centred under the one group");
  }

  @Test
  void undatedMailIsNoPointOnTheQuarterAxis() {
    String html = HtmlReport.render(data(List.of(department("unknown", "Laskutus", 0.6, 0.7),
        department("2026-Q3", "Laskutus", 0.6, 0.7)), List.of(), List.of()));
    assertTrue(html.contains("Departments side by side, 2026-Q3"));
    assertFalse(html.contains(">unknown</tspan>"), "no quarter called unknown on an axis");
  }

  @Test
  void agentCardsShowBestAndWeakestEvidenceWithPseudonymsOnly() {
    List<ReplyExample> replies = List.of(
        reply("a", AGENT, 0.9, 0, Map.of("has_apology", "Pahoittelen viivästystä.")),
        reply("b", AGENT, 0.3, 4, Map.of("b5_points", "Kiitämme saamastamme palautteesta.",
            "has_closing", "Lähetimme vahvistuksen osoitteeseen matti.virtanen@example.fi")),
        new ReplyExample("c", AGENT, "2026-Q3", null, "matti.virtanen@example.fi", "Lasku", 0.6, 1, Map.of(), List.of("empathy")));
    String html = HtmlReport.render(full(replies));
    assertTrue(html.contains("<h4>Best replies</h4>") && html.contains("<h4>Weakest replies</h4>"));
    assertTrue(html.indexOf("Pahoittelen viivästystä.") < html.indexOf("Kiitämme saamastamme palautteesta."),
        "best before weakest");
    assertFalse(html.contains("matti.virtanen@example.fi"), "no customer address, in evidence or as a pseudonym");
    assertTrue(html.contains("to a customer"), "a pseudonym column holding an address shows as a customer");
    assertTrue(html.contains("to c_0123456789abcdef0123"));
  }

  @Test
  void noAgentsSaysSo() {
    String html = HtmlReport.render(data(List.of(department("2026-Q3", "Laskutus", 0.6, 0.7)), List.of(), List.of()));
    assertTrue(html.contains("No agent figures in this output."));
  }

  @Test
  void nothingOutsideTheFileIsReferenced() {
    String html = HtmlReport.render(full(List.of(reply("a", AGENT, 0.9, 0, Map.of("has_closing", "Katso https://kuitu.fi")))));
    String withoutEvidence = html.replace("Katso https://kuitu.fi", "");
    assertFalse(Pattern.compile("(?i)https?:|//[a-z]|url\\(|@import|<link|<iframe|<img").matcher(withoutEvidence).find(),
        "an external reference in the page");
    assertFalse(Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?[a-z]*:").matcher(html).find(), "a URL attribute");
  }

  @Test
  void theContentSecurityPolicyAllowsOnlyThisStyleAndScript() {
    String html = HtmlReport.render(full(List.of()));
    Matcher csp = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").matcher(html);
    assertTrue(csp.find());
    String policy = csp.group(1).replace("&#39;", "'");
    assertTrue(policy.startsWith("default-src 'none';"), policy);
    String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
    assertTrue(policy.contains("style-src " + ReportStyle.hash(style) + ";"), policy);
    assertTrue(policy.contains("script-src " + ReportStyle.hash(script) + ";"), policy);
    assertFalse(html.contains(" style=\""), "an inline style attribute would be blocked by the policy");
  }
}
