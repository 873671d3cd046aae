package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits e-mail text into sentences for question detection and evidence (issue 4 item 1).
 *
 * <p>A sentence ends at a run of "!" or "?" followed by white space, and at a full stop (or "…")
 * followed by white space and then something that is not a lower-case letter: Finnish starts
 * sentences with a capital, so "15.3. mennessä", "3. kerros" and "esim. tilaus" continue, while a
 * colloquial "moi! mikä on halvin?" still has two sentences. A full stop after an abbreviation (abbreviations.txt:
 * esim., mm., klo, puh. …) never ends a sentence, except the list closers jne., yms., ym., tms. that
 * often end one. A dot inside a token (12.30, wisenetwork.fi, 15.3) is not followed by white space
 * and so never splits; neither does "?" in a URL query. A number and a dot at the start of a line
 * ("1. Avaa sovellus") is a list marker. A blank line always ends a sentence; a single line break
 * does too unless the next line starts in lower case (wrapped plain text), so greeting and closing
 * lines ("Hei Matti," / "Ystävällisin terveisin") are sentences of their own.
 */
final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = RuleResources.words("abbreviations");
  /** List closers that are abbreviations but commonly end the sentence too. */
  private static final Set<String> CLOSERS = Set.of("jne", "yms", "ym", "tms");

  /** [start, end) spans of the sentences, trimmed, in order; empty for a blank text. */
  List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        int next = nextNonSpace(text, i + 1);
        boolean blankLine = text.substring(i + 1, next).indexOf('\n') >= 0;
        if (blankLine || next >= n || !Character.isLowerCase(text.charAt(next))) {
          add(out, text, start, i);
          start = i + 1;
        }
      } else if (isTerminal(c)) {
        int runEnd = i;
        while (runEnd + 1 < n && (isTerminal(text.charAt(runEnd + 1)) || text.charAt(runEnd + 1) == '"'
            || text.charAt(runEnd + 1) == '”' || text.charAt(runEnd + 1) == ')')) {
          runEnd++;
        }
        if (endsSentence(text, i, runEnd, start)) {
          add(out, text, start, runEnd + 1);
          start = runEnd + 1;
        }
        i = runEnd;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** Whether the terminal run text[from..to] ends a sentence begun at sentenceStart. */
  private static boolean endsSentence(String text, int from, int to, int sentenceStart) {
    int after = to + 1;
    if (after < text.length() && !Character.isWhitespace(text.charAt(after))) {
      return false; // 12.30, example.fi, ?id=3, "Hei!Mitä" is too rare to split on
    }
    boolean fullStopOnly = text.substring(from, to + 1).chars().allMatch(c -> c == '.');
    int next = nextNonSpace(text, after);
    if (fullStopOnly && next < text.length() && Character.isLowerCase(text.charAt(next))) {
      return false; // "15.3. mennessä", "esim. tilaus"; but "moi! mikä on…" splits after "!"
    }
    if (from == to && text.charAt(from) == '.') {
      String word = wordBefore(text, from).toLowerCase(Locale.ROOT);
      if (ABBREVIATIONS.contains(word) && !CLOSERS.contains(word)) {
        return false;
      }
      if (!word.isEmpty() && word.chars().allMatch(Character::isDigit)) {
        // "1. Avaa sovellus" at the start of a line is a list marker, not a sentence.
        int lineStart = text.lastIndexOf('\n', from - 1) + 1;
        return !text.substring(Math.max(lineStart, sentenceStart), from - word.length()).isBlank();
      }
    }
    return true;
  }

  private static String wordBefore(String text, int at) {
    int i = at;
    while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i, at);
  }

  private static int nextNonSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(List<int[]> out, String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new int[] {s, e});
    }
  }
}
