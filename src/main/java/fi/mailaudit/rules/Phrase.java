package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One compiled line of a phrase list (syntax in {@link PhraseMatcher}): a sequence of slots, each a
 * set of stems or surface forms, optionally preceded by a gap of up to {@link
 * PhraseMatcher#MAX_GAP} words.
 *
 * @param source the line as written, for evidence and error messages
 * @param exact whether slots hold surface forms ({@code =} lines) instead of stems
 * @param slots the words in order
 * @param atSentenceEnd whether the phrase must end its sentence or clause ({@code $}: "ei kestä $"
 *     is the brush-off "Ei kestä!", not "Toimitus ei kestä kauan")
 */
record Phrase(String source, boolean exact, List<Slot> slots, boolean atSentenceEnd) {

  /**
   * One word position.
   *
   * @param words stems (or surfaces, for exact phrases) that fill it
   * @param prefixes surface prefixes that fill it ({@code asiakaspalvelu*})
   * @param suffixes surface endings that fill it ({@code *kaa}, the plural imperative)
   * @param gapBefore whether up to MAX_GAP other words may stand before it
   */
  record Slot(Set<String> words, List<String> prefixes, List<String> suffixes, boolean gapBefore) {
    /** Whether the slot can only be found by scanning (no hash key covers it). */
    boolean hasPrefix() {
      return !prefixes.isEmpty() || !suffixes.isEmpty();
    }

    boolean accepts(Token t, boolean exact) {
      if (words.contains(exact ? t.surface() : t.stem())) {
        return true;
      }
      String surface = t.surface();
      for (String prefix : prefixes) {
        if (surface.startsWith(prefix)) {
          return true;
        }
      }
      for (String suffix : suffixes) {
        if (surface.endsWith(suffix) && surface.length() > suffix.length()) {
          return true;
        }
      }
      return false;
    }
  }

  static Phrase compile(String source, String body, FinnishText analysis) {
    boolean exact = body.startsWith("=");
    String words = exact ? body.substring(1).strip() : body;
    List<Slot> slots = new ArrayList<>();
    boolean gap = false;
    boolean anchored = words.endsWith(" $");
    if (anchored) {
      words = words.substring(0, words.length() - 2).strip();
    }
    for (String word : words.split("\\s+")) {
      if (word.equals("*")) {
        if (slots.isEmpty()) {
          throw new IllegalArgumentException("phrase cannot start with a gap: " + source);
        }
        gap = true;
        continue;
      }
      List<String> stems = new ArrayList<>();
      List<String> prefixes = new ArrayList<>();
      List<String> suffixes = new ArrayList<>();
      for (String alternative : word.split("\\|")) {
        String lower = PhraseMatcher.lower(alternative);
        if (lower.startsWith("*") && lower.length() > 1) {
          suffixes.add(lower.substring(1));
          continue;
        }
        if (lower.endsWith("*")) {
          prefixes.add(lower.substring(0, lower.length() - 1));
          continue;
        }
        List<Token> tokens = analysis.tokens(lower);
        if (tokens.size() != 1) {
          throw new IllegalArgumentException(
              "\"" + alternative + "\" is not one word for the tokenizer in phrase: " + source);
        }
        stems.add(exact ? tokens.get(0).surface() : tokens.get(0).stem());
      }
      slots.add(new Slot(Set.copyOf(stems), List.copyOf(prefixes), List.copyOf(suffixes), gap));
      gap = false;
    }
    if (slots.isEmpty() || gap) {
      throw new IllegalArgumentException("empty phrase or trailing gap: " + source);
    }
    return new Phrase(source, exact, List.copyOf(slots), anchored);
  }

  /** The index of the last token when this phrase starts at token {@code from}, else -1. */
  int matchAt(String text, List<Token> tokens, int from) {
    int last = matchSlot(text, tokens, 0, from, -1);
    if (last >= 0 && atSentenceEnd && !endsClause(text, tokens.get(last).end())) {
      return -1;
    }
    return last;
  }

  /** Whether only a punctuation mark, a line break or the end of the text follows. */
  private static boolean endsClause(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || ".!?,;:\n)".indexOf(text.charAt(i)) >= 0;
  }

  private int matchSlot(String text, List<Token> tokens, int slot, int at, int previous) {
    if (slot == slots.size()) {
      return previous;
    }
    Slot s = slots.get(slot);
    int reach = s.gapBefore() ? PhraseMatcher.MAX_GAP : 0;
    for (int i = at; i <= at + reach && i < tokens.size(); i++) {
      if (previous >= 0 && crossesSentence(text, tokens.get(i - 1), tokens.get(i))) {
        return -1;
      }
      if (s.accepts(tokens.get(i), exact)) {
        int last = matchSlot(text, tokens, slot + 1, i + 1, i);
        if (last >= 0) {
          return last;
        }
      }
    }
    return -1;
  }

  /** Whether the text between two neighbouring tokens ends a sentence. */
  static boolean crossesSentence(String text, Token left, Token right) {
    boolean dot = false;
    for (int i = left.end(); i < right.start(); i++) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || c == ';' || c == '\n') {
        return true;
      }
      dot |= c == '.';
    }
    return dot && Character.isUpperCase(text.charAt(right.start()));
  }
}
