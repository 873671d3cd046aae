package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Wish and closing lines the conversation stage left in the new text ("Turvallista matkaa!",
 * "Terkuin"): short sentences of completeness-wishes.txt or completeness-closings.txt. Structure
 * and mechanics (SPEC §5.3) judge prose, and these lines are not prose; the closing and signature
 * elements look for them where the stage's closing list ends.
 */
final class ShortLines {
  private static final Pattern ONLY_DASHES_AND_SPACE = Pattern.compile("[\\s\\-–—]*");
  /** A wish or closing this short in the text is a line of its own kind. */
  private static final int MAX_WORDS = 5;

  private final FinnishText analysis;
  private final PhraseMatcher kinds;
  private final PhraseMatcher closings;

  /** The analysis the lines are read with: sign-offs found with it are the same for every rule. */
  FinnishText analysis() {
    return analysis;
  }

  ShortLines(FinnishText analysis) {
    this.analysis = analysis;
    List<String> lines = new ArrayList<>(RuleResources.lines("completeness-wishes"));
    lines.addAll(RuleResources.lines("completeness-closings"));
    this.kinds = PhraseMatcher.of("completeness-wishes+closings", lines, analysis);
    this.closings = PhraseMatcher.load("completeness-closings", analysis);
  }

  /** Whether a sentence is a short wish or closing line. */
  boolean isWishOrClosing(Sentence s) {
    return s.tokens().size() <= MAX_WORDS && !kinds.find(s.text()).isEmpty();
  }

  /**
   * Whether a line is a closing salutation: a short line that starts with one ("Terkuin", "-
   * Heippa").
   */
  boolean isClosingLine(String line) {
    List<Token> tokens = analysis.tokens(line);
    if (tokens.isEmpty() || tokens.size() > MAX_WORDS) {
      return false;
    }
    List<PhraseMatch> found = closings.find(line, tokens);
    return !found.isEmpty()
        && ONLY_DASHES_AND_SPACE.matcher(line.substring(0, found.get(0).start())).matches();
  }
}
