package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text an auditor sees next to a flag (SPEC §5: "the matched text (at most 120 characters,
 * passwords redacted)"): the match, widened word by word to both sides within its line while it
 * fits, with every secret found by the {@link Masking} replaced by {@value #MASK}. A secret the
 * window cuts into is hidden whole, so a cut can never reveal part of a password.
 */
public final class Evidence {
  /** SPEC §5 limit. */
  public static final int MAX_LENGTH = 120;
  /** What a hidden secret reads as in the evidence. */
  public static final String MASK = "********";

  /** The texts one reply's rules quote from: the reply, the prompt, their own texts. */
  private static final int RECENT_TEXTS = 4;

  private final Masking masking;
  // Several rules quote the same reply: its secrets are found once, not once per quote (issue 7).
  private final RecentTexts<List<int[]>> secretsOfRecent = new RecentTexts<>(RECENT_TEXTS);

  public Evidence(Masking masking) {
    if (masking == null) {
      throw new IllegalArgumentException("masking is required; use Masking.NONE for none");
    }
    this.masking = masking;
  }

  /** Evidence with the default password masking. */
  public static Evidence withPasswordMasking() {
    return new Evidence(new PasswordMasking());
  }

  /** The evidence for text[start, end), at most {@link #MAX_LENGTH} characters. */
  public String quote(String text, int start, int end) {
    if (text == null || start < 0 || end > text.length() || start >= end) {
      throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
    }
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int from = start;
    int to = Math.min(end, start + MAX_LENGTH);
    boolean grew = true;
    while (grew) {
      grew = false;
      int right = nextWordEnd(text, to, lineEnd);
      if (right > to && right - from <= MAX_LENGTH) {
        to = right;
        grew = true;
      }
      int left = previousWordStart(text, from, lineStart);
      if (left < from && to - left <= MAX_LENGTH) {
        from = left;
        grew = true;
      }
    }
    return fit(masked(text, from, to).strip());
  }

  /** The evidence for a phrase match. */
  public String quote(String text, PhraseMatch match) {
    return quote(text, match.start(), match.end());
  }

  /** A short text (a greeting line) as evidence: masked and cut to the limit. */
  public String of(String text) {
    return text == null || text.isBlank() ? "" : quote(text.strip(), 0, text.strip().length());
  }

  private String masked(String text, int from, int to) {
    List<int[]> secrets = secretsOfRecent.get(text, this::secretsInOrder);
    StringBuilder out = new StringBuilder();
    int at = from;
    for (int[] s : secrets) {
      if (s[1] <= at || s[0] >= to) {
        continue;
      }
      out.append(text, at, Math.max(at, s[0]));
      out.append(MASK);
      at = Math.min(to, s[1]);
    }
    if (at < to) {
      out.append(text, at, to);
    }
    return out.toString();
  }

  private List<int[]> secretsInOrder(String text) {
    List<int[]> secrets = new ArrayList<>(masking.secretSpans(text));
    secrets.sort(Comparator.comparingInt(s -> s[0]));
    return List.copyOf(secrets);
  }

  /** The mask may make the text longer than the limit; cut at the last space that fits. */
  private static String fit(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    int space = text.lastIndexOf(' ', MAX_LENGTH);
    return (space > 0 ? text.substring(0, space) : text.substring(0, MAX_LENGTH)).strip();
  }

  private static int nextWordEnd(String text, int from, int limit) {
    int i = from;
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    while (i < limit && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int previousWordStart(String text, int from, int limit) {
    int i = from;
    while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
