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
 * not cancel, so a reply is never scored against steps it did not need. A confirmation under a
 * condition ({@link Conditions}) is not one.
 */
public final class CancellationRule implements Rule {
  /** Evidence keys of the five steps, in the seed's order. */
  static final List<String> STEPS =
      List.of("cancellation_regret", "cancellation_ask_reason", "cancellation_instruct",
          "cancellation_confirm", "cancellation_thank");
  private static final Set<String> REQUESTS =
      Set.of("voisitteko", "voitteko", "voisitko", "voitko", "pystyttekö", "pystyisittekö",
          "pystytkö");
  private static final Set<String> QUESTION_WORDS =
      Set.of("miten", "kuinka", "mikä", "mitä", "milloin", "miksi", "paljonko", "mihin", "missä",
          "onko", "voiko", "saako", "pitääkö", "täytyykö", "voinko", "saanko");
  /** "Korjatkaa lasku, muuten irtisanon sopimuksen": a threat, like a condition. */
  private static final String OTHERWISE = "muuten";
  private static final Set<String> ASKING = Set.of("kertoa", "kertoisitte", "kertoisit", "kertoisitteko",
      "kertoisitko", "kuulla", "kuulisimme", "kuulisin", "kuulemaan");

  private final FinnishText analysis;
  private final PhraseMatcher intent;
  private final List<PhraseMatcher> steps;
  private final Evidence evidence;
  /** The customer's words may carry the number or address being cancelled: hidden too. */
  private final Evidence customerEvidence = new Evidence(new ContactMasking());

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
      if (!inside) {
        continue;
      }
      PhraseMatch m = found.stream().filter(x -> x.start() >= s.start() && x.end() <= s.end()).findFirst().get();
      if (inquiry(s, m) || Conditions.govern(customer, s, m.start())
          || s.tokens().stream().anyMatch(t -> t.surface().equals(OTHERWISE))) {
        continue;
      }
      return customerEvidence.quote(customer, m);
    }
    return null;
  }

  /**
   * A question that asks about cancelling rather than asking the company to cancel: a question
   * word or a -ko/-kö verb before the match ("Voinko irtisanoa…?", "Voiko sopimuksen irtisanoa…?")
   * and no request to "you" ("Voisitteko irtisanoa liittymäni?"). A question after the match
   * ("Mun pitää lopettaa salijäsenyys :( Onnistuuko heti?") asks how, not whether.
   */
  private boolean inquiry(Sentence s, PhraseMatch m) {
    if (!analysis.isQuestion(s) || s.tokens().stream().anyMatch(t -> REQUESTS.contains(t.surface()))) {
      return false;
    }
    return s.tokens().stream()
        .filter(t -> t.end() <= m.end())
        .anyMatch(t -> QUESTION_WORDS.contains(t.surface())
            || (t.surface().length() > 4 && (t.surface().endsWith("ko") || t.surface().endsWith("kö"))));
  }

  private PhraseMatch firstStep(int step, String reply, List<Sentence> sentences) {
    for (PhraseMatch m : steps.get(step).find(reply)) {
      Sentence s = sentences.stream().filter(x -> x.start() <= m.start() && m.end() <= x.end()).findFirst().orElse(null);
      if (s == null) {
        continue;
      }
      if (step == 3 && Conditions.govern(reply, s, m.start())) {
        continue; // "Jos haluat silti lopettaa, jäsenyys päättyy 31.3." confirms nothing yet
      }
      if (step != 1 || analysis.isQuestion(s) || s.tokens().stream().anyMatch(t -> ASKING.contains(t.surface()))) {
        return m;
      }
    }
    return null;
  }
}
