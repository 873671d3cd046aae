package fi.mailaudit.rules;

import fi.mailaudit.conversation.BodySections;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A signature the conversation stage left in the new text. Without a closing line to anchor on
 * ("Hyvää viikonloppua!\nAnni / Kauppa Oy"), the stage keeps short sign-off lines as text; the
 * completeness elements must still see them as a signature (SPEC §5.3) and must not grade them as
 * sentences (mechanics: "Anni / Kauppa Oy" needs no full stop).
 *
 * <p>Taken from the end of the new text, line by line, while each line is short and looks like a
 * sign-off: every word capitalised ("Emma / Salikeskus", "Ravintola Pelto"), or a contact (phone,
 * e-mail, company form). A line ending in sentence punctuation, or with a lower-case word
 * ("Toimitus tulee huomenna"), ends the block: that is prose, which mechanics must still judge.
 *
 * @param signature the sign-off lines, or null when there are none
 * @param newText the new text without them
 */
record TrailingSignature(String signature, String newText) {
  private static final int MAX_WORDS = 8;
  private static final int MAX_LINES = 4;
  private static final Pattern CONTACT =
      Pattern.compile("(?i)(\\+?\\d[\\d ()-]{6,}\\d|[\\w.+-]+@[\\w-]+\\.[\\w.]+|www\\.|https?://|\\b(oy|oyj|ab|ky|ry|tmi|ltd)\\b)");
  private static final Pattern LOWER_WORD = Pattern.compile("(^|[\\s/,])\\p{Ll}");

  /** The reply's signature: the stage's, or else a sign-off block at the end of the new text. */
  static TrailingSignature of(BodySections reply) {
    if (reply.signature() != null && !reply.signature().isBlank()) {
      return new TrailingSignature(reply.signature().strip(), reply.newText());
    }
    String[] lines = reply.newText().strip().split("\n");
    int start = lines.length;
    while (start > 0 && lines.length - start < MAX_LINES && isSignOff(lines[start - 1].strip())) {
      start--;
    }
    if (start == lines.length) {
      return new TrailingSignature(null, reply.newText());
    }
    String rest = String.join("\n", Arrays.copyOfRange(lines, 0, start)).strip();
    return new TrailingSignature(String.join("\n", Arrays.copyOfRange(lines, start, lines.length)), rest);
  }

  private static boolean isSignOff(String line) {
    if (line.isEmpty() || line.split("\\s+").length > MAX_WORDS || line.matches(".*[.!?:]$")) {
      return false;
    }
    String body = line.replaceFirst("^[-–—]+\\s*", "");
    return CONTACT.matcher(body).find() || !body.isEmpty() && !LOWER_WORD.matcher(body).find();
  }
}
