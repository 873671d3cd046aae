package fi.mailaudit.rules;

import java.util.List;
import java.util.Set;

/**
 * Cancellations (seed 002, "Tervemenoa, asiakas!": "Jos asiakas irtisanoo asiakkuutensa
 * sähköpostitse, toimi seuraavasti: 1. Pahoittele. 2. Kysy. 3. Ohjeista. 4. Varmista. 5. Kiitä.";
 * SPEC §5.4). The customer's own text decides whether they end the relationship
 * (cancellation-intent.txt); the reply then scores one point per step found in the agent's own
 * text, each with its evidence ({@code cancellation_regret} … {@code cancellation_thank}).
 *
 * <p>Decisions: a question is an inquiry ("Voinko irtisanoa sopimuksen kesken kauden?",
 * "Mikä on irtisanomisaika?") unless it is a request to the company ("Voisitteko irtisanoa
 * liittymäni?"); a condition ("Jos hinta nousee, irtisanon sopimuksen") is a threat, not yet a
 * cancellation. Step 2 counts only in a question or next to "kertoa"/"kuulla", so a statement
 * that merely says "syy" asks nothing. {@code cancellation_steps} is null when the customer did
 * not cancel, so a reply is never scored against steps it did not need.
 */
public final class CancellationRule implements Rule {
  /** Evidence keys of the five steps, in the seed's order. */
  static final List<String> STEPS =
      List.of("cancellation_regret", "cancellation_ask_reason", "cancellation_instruct",
          "cancellation_confirm", "cancellation_thank");
  private static final Set<String> REQUESTS =
      Set.of("voisitteko", "voitteko", "voisitko", "voitko", "voisiko", "voiko", "pystyttekö",
          "pystyisittekö", "saisinko", "saanko", "saisimmeko", "voisinko");
  private static final Set<String> CONDITIONS = Set.of("jos", "mikäli", "ellei", "ellette", "ellen", "muuten");
  private static final Set<String> ASKING = Set.of("kertoa", "kertoisitte", "kertoisit", "kertoisitteko",
      "kertoisitko", "kuulla", "kuulisimme", "kuulisin", "kuulemaan");

  private final FinnishText analysis;
  private final PhraseMatcher intent;
  private final List<PhraseMatcher> steps;
  private final Evidence evidence;

  public CancellationRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    this.intent = PhraseMatcher.load("cancellation-intent", analysis);
    this.steps =
        List.of("cancellation-regret", "cancellation-ask-reason", "cancellation-instruct",
                "cancellation-confirm", "cancellation-thank").stream()
            .map(name -> PhraseMatcher.load(name, analysis))
            .toList();
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    String customer = OwnText.of(input.prompt(), false);
    String cancelled = cancellation(customer);
    RuleResult result = RuleResult.EMPTY.with(RuleColumns.CANCELLATION, cancelled != null)
        .withEvidence(RuleColumns.CANCELLATION, cancelled);
    if (cancelled == null || !input.hasReply()) {
      return result.with(RuleColumns.CANCELLATION_STEPS, null);
    }
    String reply = OwnText.of(input.reply(), true);
    List<Sentence> sentences = analysis.sentences(reply);
    int points = 0;
    for (int i = 0; i < steps.size(); i++) {
      PhraseMatch step = firstStep(i, reply, sentences);
      if (step != null) {
        points++;
        result = result.withEvidence(STEPS.get(i), evidence.quote(reply, step));
      }
    }
    return result.with(RuleColumns.CANCELLATION_STEPS, points);
  }

  /** The evidence of the customer's cancellation, or null when they do not cancel. */
  private String cancellation(String customer) {
    List<PhraseMatch> found = intent.find(customer);
    for (Sentence s : analysis.sentences(customer)) {
      boolean inside = found.stream().anyMatch(m -> m.start() >= s.start() && m.end() <= s.end());
      if (!inside || s.tokens().stream().anyMatch(t -> CONDITIONS.contains(t.surface()))) {
        continue;
      }
      if (analysis.isQuestion(s) && s.tokens().stream().noneMatch(t -> REQUESTS.contains(t.surface()))) {
        continue;
      }
      PhraseMatch m = found.stream().filter(x -> x.start() >= s.start() && x.end() <= s.end()).findFirst().get();
      return evidence.quote(customer, m);
    }
    return null;
  }

  private PhraseMatch firstStep(int step, String reply, List<Sentence> sentences) {
    for (PhraseMatch m : steps.get(step).find(reply)) {
      if (step != 1) {
        return m;
      }
      Sentence s = sentences.stream().filter(x -> x.start() <= m.start() && m.end() <= x.end()).findFirst().orElse(null);
      if (s != null && (analysis.isQuestion(s) || s.tokens().stream().anyMatch(t -> ASKING.contains(t.surface())))) {
        return m;
      }
    }
    return null;
  }
}
