package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Wish and closing lines the conversation stage left in the new text ("Turvallista matkaa!",
 * "Terkuin"): short sentences of completeness-wishes.txt or completeness-closings.txt. Structure and
 * mechanics (SPEC §5.3) judge prose, and these lines are not prose.
 */
final class ShortLines {
  /** A wish or closing this short in the text is a line of its own kind. */
  private static final int MAX_WORDS = 5;

  private final PhraseMatcher kinds;

  ShortLines(FinnishText analysis) {
    List<String> lines = new ArrayList<>(RuleResources.lines("completeness-wishes"));
    lines.addAll(RuleResources.lines("completeness-closings"));
    this.kinds = PhraseMatcher.of("completeness-wishes+closings", lines, analysis);
  }

  /** Whether a sentence is a short wish or closing line. */
  boolean isWishOrClosing(Sentence s) {
    return s.tokens().size() <= MAX_WORDS && !kinds.find(s.text()).isEmpty();
  }
}
