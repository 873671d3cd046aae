package fi.mailaudit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which evidence of a reply a card shows, in which order and under which name. The template-bingo
 * findings (SPEC §5.1) come first, then the courtesies of SPEC §5.3. What the customer wrote
 * ({@code customer_register}, {@code customer_thanked}) and the always-present mechanics and
 * signature are left out: the card is about the agent's writing, and four lines are enough to
 * check a verdict.
 */
final class EvidenceLabels {
  static final int LINES = 4;

  private static final Map<String, String> SHOWN = new LinkedHashMap<>();

  static {
    SHOWN.put("password_in_clear", "password sent in clear");
    SHOWN.put("greeting_kind", "opening (B1)");
    SHOWN.put("b2_points", "vague word (B2)");
    SHOWN.put("b3_points", "register (B3)");
    SHOWN.put("b4_points", "question left open (B4)");
    SHOWN.put("b5_points", "stock phrase (B5)");
    SHOWN.put("b6_points", "template (B6)");
    SHOWN.put("thanks_for_contact", "thanks for the contact");
    SHOWN.put("has_apology", "apology");
    SHOWN.put("has_empathy", "empathy");
    SHOWN.put("has_timeframe", "timeframe");
    SHOWN.put("promise", "promise");
    SHOWN.put("has_all_questions_addressed", "questions");
    SHOWN.put("has_invitation", "invitation to ask more");
    SHOWN.put("has_wishes", "wishes");
    SHOWN.put("has_closing", "closing");
  }

  private EvidenceLabels() {}

  /**
   * The evidence lines to show: label → text, at most {@link #LINES}, in the order above, leaving
   * out the elements in {@code missing}.
   */
  static Map<String, String> shown(Map<String, String> evidence, List<String> missing) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : SHOWN.entrySet()) {
      // An element the reply lacked keeps evidence of its absence ("no apology; customer: …"):
      // it belongs under "missing", not among what the reply did.
      boolean absent = e.getKey().startsWith("has_") && missing.contains(e.getKey().substring(4));
      String text = absent ? null : evidence.get(e.getKey());
      if (text != null && !text.isBlank() && out.size() < LINES) {
        out.put(e.getValue(), text);
      }
    }
    return out;
  }

  /** {@code has_empathy} → "empathy": a completeness element's name for people. */
  static List<String> elements(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      out.add(name.replace('_', ' '));
    }
    return out;
  }
}
