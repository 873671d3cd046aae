package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a phrase stands under a condition ("jos", "mikäli", "ellei"): such a sentence promises or
 * confirms nothing yet ("on yhteydessä huomenna, jos tarvitsemme lisätietoja"; "Jos haluat silti
 * lopettaa, jäsenyys päättyy 31.3."). The condition counts in the phrase's own comma clause or
 * opening the clause right before or after it; a condition after "ja" opens a coordinated clause
 * of its own ("palaan perjantaina, ja jos paketti ei löydy, lähetämme uuden") and leaves the
 * phrase standing. "Kun" (when) is temporal, not a condition.
 */
final class Conditions {
  private static final Set<String> WORDS = Set.of("jos", "mikäli", "ellei", "ellemme", "ellen", "ellet", "ellette");

  private Conditions() {}

  /** Whether the match at {@code at} in the text, inside sentence {@code s}, is conditional. */
  static boolean govern(String text, Sentence s, int at) {
    List<int[]> clauses = new ArrayList<>();
    int from = s.start();
    for (int i = s.start(); i < s.end(); i++) {
      if (text.charAt(i) == ',') {
        clauses.add(new int[] {from, i});
        from = i + 1;
      }
    }
    clauses.add(new int[] {from, s.end()});
    for (int c = 0; c < clauses.size(); c++) {
      int[] span = clauses.get(c);
      if (at >= span[0] && at < span[1]) {
        return has(s, span, false)
            || (c > 0 && has(s, clauses.get(c - 1), true))
            || (c + 1 < clauses.size() && has(s, clauses.get(c + 1), true));
      }
    }
    return false;
  }

  private static boolean has(Sentence s, int[] clause, boolean firstWordOnly) {
    List<Token> words =
        s.tokens().stream().filter(t -> t.start() >= clause[0] && t.end() <= clause[1]).toList();
    if (firstWordOnly) {
      return !words.isEmpty() && WORDS.contains(words.get(0).surface());
    }
    return words.stream().anyMatch(t -> WORDS.contains(t.surface()));
  }
}
