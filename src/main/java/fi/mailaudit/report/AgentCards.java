package fi.mailaudit.report;

import fi.mailaudit.conversation.PersonalData;
import fi.mailaudit.report.ReportData.ReplyExample;
import fi.mailaudit.report.ReportData.UnitFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One card per agent (issue 5 item 4): their figures per quarter and a few of their best and weakest
 * scored replies as evidence. Customers appear only as pseudonyms (SPEC §3): a pseudonym column that
 * holds anything else (a run with {@code --keep-customer-identities}) shows as "a customer", and
 * every text is masked for addresses and phone numbers once more, so the report never becomes the
 * place an address leaks.
 */
final class AgentCards {
  /** Examples on each side, best and weakest: "two or three evidence examples". */
  static final int PER_SIDE = 2;
  private static final Pattern PSEUDONYM = Pattern.compile("c_[0-9a-f]{8,64}");

  private final List<UnitFigures> agents;
  private final int minScored;
  private final Map<String, List<ReplyExample>> examplesByAgent = new LinkedHashMap<>();

  AgentCards(ReportData data) {
    this.agents = data.agents();
    this.minScored = data.minScoredReplies();
    for (ReplyExample e : data.examples()) {
      examplesByAgent.computeIfAbsent(e.agentEmail(), k -> new ArrayList<>()).add(e);
    }
  }

  void write(ReportPage page) {
    page.open("agents", "Agents", "Asiakaspalvelijat",
        "One card per agent, by department. The table gives the agent's figures per quarter; an agent with fewer "
            + "than " + minScored + " scored replies in a quarter is not scored for it. Below it, the agent's most complete "
            + "replies and their weakest ones, with the rule evidence the scores rest on (customer names, "
            + "addresses and phone numbers masked; customers shown as pseudonyms). <span class=\"missing\">Red</span> "
            + "lists the elements the reply needed and lacked.");
    Map<String, List<UnitFigures>> byAgent = new LinkedHashMap<>();
    agents.stream()
        .sorted(Comparator.comparing((UnitFigures u) -> Objects.requireNonNullElse(u.department(), ""))
            .thenComparing(u -> Objects.requireNonNullElse(u.agentName(), u.agentEmail()))
            .thenComparing(UnitFigures::quarter))
        .forEach(u -> byAgent.computeIfAbsent(u.agentEmail(), k -> new ArrayList<>()).add(u));
    if (byAgent.isEmpty()) {
      page.empty("No agent figures in this output.");
    } else {
      page.raw("<div class=\"cards\">");
      byAgent.forEach((email, rows) -> page.raw(card(email, rows)));
      page.raw("</div>");
    }
    page.close();
  }

  private String card(String email, List<UnitFigures> rows) {
    UnitFigures first = rows.get(0);
    String name = first.agentName() == null ? email : first.agentName();
    StringBuilder c = new StringBuilder("<article class=\"card\"><h3>").append(Html.esc(name)).append("</h3>")
        .append("<div class=\"who\">").append(Html.esc(email)).append(" · ")
        .append(Html.esc(String.join(", ", rows.stream().map(UnitFigures::department).filter(Objects::nonNull).distinct().toList())))
        .append("</div><table><tr><th>quarter</th><th>replies (scored)</th><th>template bingo</th><th>thanks</th>"
            + "<th>completeness</th><th>first response, median</th></tr>");
    for (UnitFigures u : rows) {
      c.append("<tr><td>").append(Html.esc(u.quarter())).append("</td><td class=\"num\">").append(u.repliesTotal())
          .append(" (").append(u.repliesScored()).append(")</td>").append(UnitView.scoreCells(u, minScored))
          .append(UnitView.durationCell(u.responseMedianMinutes())).append("</tr>");
    }
    c.append("</table>");
    EvidencePicker.Picks picks = EvidencePicker.pick(examplesByAgent.getOrDefault(email, List.of()), PER_SIDE);
    examples(c, "Best replies", picks.best());
    examples(c, "Weakest replies", picks.weakest());
    return c.append("</article>").toString();
  }

  private static void examples(StringBuilder c, String heading, List<ReplyExample> examples) {
    c.append("<h4>").append(heading).append("</h4>");
    if (examples.isEmpty()) {
      c.append("<p class=\"empty\">No scored reply to show.</p>");
      return;
    }
    for (ReplyExample e : examples) {
      c.append("<div class=\"example\"><div class=\"meta\">")
          .append(Html.esc(e.sentAt() == null ? e.quarter() : e.sentAt())).append(" · to ")
          .append(Html.esc(customer(e.customerPseudonym()))).append(" · “").append(Html.esc(masked(e.subject())))
          .append("” · completeness ").append(Html.esc(ReportFormat.percent(e.completeness())))
          .append(" · bingo ").append(e.bingoPoints() == null ? ReportFormat.MISSING : e.bingoPoints())
          .append(Integer.valueOf(1).equals(e.bingoPoints()) ? " point" : " points").append("</div><dl>");
      EvidenceLabels.shown(e.evidence(), e.missing()).forEach((label, text) ->
          c.append("<dt>").append(Html.esc(label)).append("</dt><dd lang=\"fi\">").append(Html.esc(masked(text))).append("</dd>"));
      if (!e.missing().isEmpty()) {
        c.append("<dt class=\"missing\">missing</dt><dd class=\"missing\">")
            .append(Html.esc(String.join(", ", EvidenceLabels.elements(e.missing())))).append("</dd>");
      }
      c.append("</dl></div>");
    }
  }

  /** The pseudonym, or "a customer" when the column holds anything that is not one. */
  static String customer(String pseudonym) {
    return pseudonym != null && PSEUDONYM.matcher(pseudonym).matches() ? pseudonym : "a customer";
  }

  private static String masked(String text) {
    return text == null ? "" : PersonalData.maskContacts(text);
  }
}
