package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the value after an obvious password label (seed 002, "Palautteeseen vastataan aina": the
 * registration mail that shows "salasanani luettavissa"): "salasana: Kesä2024!", "Salasanasi on
 * x7Hq2", "uusi salasananne on: ...", "password: hunter2", "tunnussana = ...", "Salasanasi on nyt
 * Kesä2026!", "salasanaksi on asetettu Ab12cd". The whole non-space run after the label is hidden,
 * including trailing punctuation, because a password may end in "!" or "." and showing too little
 * is harmless while showing a character is not. For the same reason any secret-looking word (a
 * digit, a capital inside, a symbol) within a few words after a label on the same line is hidden
 * too, which covers wordings the label pattern does not know. {@link PasswordRule} reuses the
 * labelled values ({@link #labelled}) to decide whether a password was sent in clear.
 */
public final class PasswordMasking implements Masking {
  private static final String LABEL =
      "\\b(?:salasana\\p{L}*|tunnussana\\p{L}*|passwords?|passwd|pwd|pin-?koodi\\p{L}*)";

  /**
   * The label, then ":" / "=", a "was changed to" verb, or a copula ("on", "is"), then the secret.
   * The change verbs come before the copula so "on vaihdettu muotoon X" hides X, not "vaihdettu".
   * Without a connector only a value of letters mixed with digits or signs follows a bare label
   * ("Käyttäjätunnus on matti ja salasana Kesa2026!"); otherwise the label is prose ("Salasanan voi
   * vaihtaa asetuksista", "salasanassa 8 merkkiä").
   */
  private static final Pattern LABELLED_SECRET =
      Pattern.compile(
          "(?iu)" + LABEL
              + "(\\s*[:=]\\s*"
              + "|\\s+(?:on\\s+)?(?:asetettu|asetettiin|vaihdettu|vaihdettiin|muutettu|muutettiin)"
              + "\\s+(?:muotoon\\s+)?"
              + "|\\s+(?:on|oli|is|was)\\s*[:=]?\\s*(?:(?:nyt|jatkossa|edelleen|seuraava|now|still)\\s*:?\\s+)?"
              + "|\\s+(?=\\S*\\p{L})(?=\\S*[\\d#%&$@*+=!])(?=\\S{4}))"
              + "(\\S+)");

  /** A label and the rest of its line, up to about six words, for secret-looking words. */
  private static final Pattern LABEL_LINE = Pattern.compile("(?iu)" + LABEL + "[^\\n]{0,48}\\S*");
  /** Case-sensitive on purpose: a capital inside a word is a password habit, not prose. */
  private static final Pattern SECRET_LIKE =
      Pattern.compile("\\S*(?:\\d|\\p{Ll}\\p{Lu}|[^\\p{L}\\d\\s.,!?:;()\"'/-])\\S*");

  /**
   * One labelled value.
   *
   * @param start offset of the value
   * @param end offset after the value
   * @param explicit whether the label was followed by ":" or "=" (a form field, not prose)
   */
  record Labelled(int start, int end, boolean explicit) {}

  @Override
  public List<int[]> secretSpans(String text) {
    List<int[]> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (Labelled l : labelled(text)) {
      out.add(new int[] {l.start(), l.end()});
    }
    Matcher line = LABEL_LINE.matcher(text);
    while (line.find()) {
      Matcher w = SECRET_LIKE.matcher(text).region(line.start(), line.end());
      while (w.find()) {
        out.add(new int[] {w.start(), w.end()});
      }
    }
    return out;
  }

  /** The values standing right after a password label, in text order. */
  static List<Labelled> labelled(String text) {
    List<Labelled> out = new ArrayList<>();
    Matcher m = LABELLED_SECRET.matcher(text);
    while (m.find()) {
      boolean explicit = m.group(1).contains(":") || m.group(1).contains("=");
      out.add(new Labelled(m.start(2), m.end(2), explicit));
    }
    return out;
  }
}
