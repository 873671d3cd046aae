package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the value after an obvious password label (seed 002, "Palautteeseen vastataan aina": the
 * registration mail that shows "salasanani luettavissa"): "salasana: Kesä2024!", "Salasanasi on
 * x7Hq2", "uusi salasananne on: ...", "password: hunter2", "tunnussana = ...". The whole
 * non-space run after the label is hidden, including trailing punctuation, because a password may
 * end in "!" or "." and showing too little is harmless while showing a character is not. The
 * security rule that flags passwords in clear comes later (issue 4 item 2) and reuses this.
 */
public final class PasswordMasking implements Masking {
  /**
   * The label, then ":" / "=" or a copula ("on", "is"), then the secret. Without either the label
   * is prose ("Salasanan voi vaihtaa asetuksista") and nothing is hidden.
   */
  private static final Pattern LABELLED_SECRET =
      Pattern.compile(
          "(?iu)\\b(?:salasana\\p{L}*|tunnussana\\p{L}*|passwords?|passwd|pwd|pin-?koodi\\p{L}*)"
              + "(?:\\s*[:=]\\s*|\\s+(?:on|oli|is|was)\\s*[:=]?\\s*)(\\S+)");

  @Override
  public List<int[]> secretSpans(String text) {
    List<int[]> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = LABELLED_SECRET.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(1), m.end(1)});
    }
    return out;
  }
}
