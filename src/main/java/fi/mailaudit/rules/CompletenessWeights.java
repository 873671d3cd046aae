package fi.mailaudit.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights of the response-completeness score (SPEC §5.3: "weighted share of applicable elements
 * present, 0–1, with the weights in one place in the code and in the README"). This is that one
 * place.
 *
 * <p><b>README: how completeness is scored.</b> Each agent reply is checked for twelve elements
 * taken from seed 003's model replies and seed 004's checklist; each element is present, absent or
 * not applicable ({@code has_<element>} true / false / null). {@code completeness} is the sum of
 * the weights of the applicable elements that are present, divided by the sum of the weights of all
 * applicable elements, so a reply is never punished for an element it did not need (no apology is
 * owed to a customer with nothing to complain about). Weights: answering every question the
 * customer asked 3 (seed 004 "Huomioi kaikki asiakkaan kysymykset": the reason the reply exists);
 * saying when an open matter will move 2 (seed 003 "Vähintään kerrotaan, milloin asiakkaalle
 * palataan"; a missing date is what makes a customer write again); greeting, thanks for the
 * contact, apology when something went wrong, invitation to get back, closing, signature, structure
 * and mechanics 1 each (seed 003's "kohteliaat peruskäytöstavat" and seed 004's "selkeä,
 * jäsennelty"); a closing wish and empathy 0.5 (courtesies the seeds recommend, but a reply without
 * them still does its job; SPEC asks for empathy at a lower weight). A timeframe that only says
 * "mahdollisimman pian" counts half of its weight: the seed's own model uses it, but it tells the
 * customer nothing they can plan on.
 */
public final class CompletenessWeights {
  /** Share of the timeframe weight a vague time ("mahdollisimman pian") earns. */
  public static final double VAGUE_TIMEFRAME_SHARE = 0.5;

  /** Element column → weight, in the order of seed 003's model reply. */
  public static final Map<String, Double> WEIGHTS;

  static {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put(RuleColumns.HAS_GREETING, 1.0);
    w.put(RuleColumns.HAS_THANKS_FOR_CONTACT, 1.0);
    w.put(RuleColumns.HAS_ALL_QUESTIONS_ADDRESSED, 3.0);
    w.put(RuleColumns.HAS_APOLOGY, 1.0);
    w.put(RuleColumns.HAS_EMPATHY, 0.5);
    w.put(RuleColumns.HAS_TIMEFRAME, 2.0);
    w.put(RuleColumns.HAS_INVITATION, 1.0);
    w.put(RuleColumns.HAS_WISHES, 0.5);
    w.put(RuleColumns.HAS_CLOSING, 1.0);
    w.put(RuleColumns.HAS_SIGNATURE, 1.0);
    w.put(RuleColumns.HAS_STRUCTURE, 1.0);
    w.put(RuleColumns.HAS_MECHANICS, 1.0);
    WEIGHTS = Collections.unmodifiableMap(w);
  }

  private CompletenessWeights() {}

  /**
   * The completeness of a reply's element flags, 0–1; null when no element applies. A flag that is
   * missing or null is not applicable; {@code timeframe_vague} true halves the timeframe's credit.
   */
  public static Double score(Map<String, Object> flags) {
    double applicable = 0;
    double earned = 0;
    for (Map.Entry<String, Double> e : WEIGHTS.entrySet()) {
      Object value = flags.get(e.getKey());
      if (!(value instanceof Boolean present)) {
        continue;
      }
      applicable += e.getValue();
      if (present) {
        boolean vague =
            e.getKey().equals(RuleColumns.HAS_TIMEFRAME)
                && Boolean.TRUE.equals(flags.get(RuleColumns.TIMEFRAME_VAGUE));
        earned += e.getValue() * (vague ? VAGUE_TIMEFRAME_SHARE : 1.0);
      }
    }
    return applicable == 0 ? null : earned / applicable;
  }
}
