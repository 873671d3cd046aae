package fi.mailaudit.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a subject to the matter it names, so that a reply whose client dropped its References
 * can still find its thread (SPEC §4 "Threads", issue 3 item 4). Strips, repeatedly and in any
 * mix, the reply and forward prefixes of the clients Finnish offices meet: {@code Re}, {@code RE},
 * {@code VS}/{@code Vs} (vastaus), {@code Fwd}, {@code FW}, {@code VL} (välitetty), {@code SV}
 * (Swedish svar), {@code AW}/{@code WG} (German Outlook), {@code R} (Italian, seen in the
 * rjbs/Email-Folder test mbox), {@code TR}, counted forms ({@code Re[2]:}, {@code Re(3):}) and
 * leading mailing-list tags ({@code [p5ml]}); then folds case and whitespace. A prefix needs its
 * colon: "Reklamaatio" and "VS Lasku" are kept as written.
 */
public final class SubjectNormalizer {
  private static final Pattern PREFIX =
      Pattern.compile(
          "^\\s*(?:(?:re|vs|fwd?|vl|sv|aw|wg|r|tr|vast|antw)\\s*(?:\\[\\d+]|\\(\\d+\\))?\\s*[:：]"
              + "|\\[[^\\]]{1,40}])\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SubjectNormalizer() {}

  /** The normalised subject: prefixes stripped, lower case, single spaces; "" for null or blank. */
  public static String normalize(String subject) {
    if (subject == null) {
      return "";
    }
    String s = Normalizer.normalize(subject, Normalizer.Form.NFC);
    for (Matcher m = PREFIX.matcher(s); m.lookingAt(); m = PREFIX.matcher(s)) {
      s = s.substring(m.end());
    }
    return SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
