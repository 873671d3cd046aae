package fi.mailaudit.rules;

import fi.mailaudit.conversation.BodySections;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The sign-off the conversation stage left in the new text. Without a closing from its list
 * ("Terkuin", or none at all: "Hyvää viikonloppua!\nAnni / Kauppa Oy") the stage keeps short
 * sign-off lines as text, or takes only the last of them as signature; the completeness elements
 * must still see them as closing and signature (SPEC §5.3) and must not grade them as sentences
 * (mechanics: "Anni / Kauppa Oy" needs no full stop).
 *
 * <p>Taken from the end of the new text, line by line, while each line is short and looks like a
 * sign-off: every word capitalised ("Emma / Salikeskus", "Ravintola Pelto"), a contact (phone,
 * e-mail, company form) or a role ("myyjä, Autotalo Virta"). A closing line ends the block and is
 * kept as the closing. A line ending in sentence punctuation, or with a lower-case word ("Toimitus
 * tulee huomenna"), ends it too: that is prose, which mechanics must still judge.
 *
 * @param closing a closing line found above the block, or null
 * @param signature the sign-off lines followed by the stage's signature, or null when none
 * @param newText the new text without the block and its closing
 */
record TrailingSignature(String closing, String signature, String newText) {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:]$");
  private static final Pattern LEADING_DASHES = Pattern.compile("^[-–—]+\\s*");
  private static final int MAX_WORDS = 8;
  private static final int MAX_LINES = 4;
  private static final Pattern LOWER_WORD = Pattern.compile("(^|[\\s/,])\\p{Ll}");

  /**
   * The last reply's sign-off on this thread: the closing, signature, mechanics and structure rules
   * all ask for the same reply's sign-off in turn, and it is worked out once instead of four times.
   */
  private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

  private record Memo(BodySections reply, FinnishText analysis, TrailingSignature signOff) {}

  /** The reply's sign-off: its trailing lines and the stage's signature. */
  static TrailingSignature of(BodySections reply, ShortLines shortLines) {
    Memo last = LAST.get();
    if (last != null && last.reply() == reply && last.analysis() == shortLines.analysis()) {
      return last.signOff();
    }
    TrailingSignature signOff = find(reply, shortLines);
    LAST.set(new Memo(reply, shortLines.analysis(), signOff));
    return signOff;
  }

  private static TrailingSignature find(BodySections reply, ShortLines shortLines) {
    String stage =
        reply.signature() == null || reply.signature().isBlank() ? null : reply.signature().strip();
    if (reply.closing() != null || reply.wish() != null) {
      // The stage found the end of the body itself: what stands above its closing or wish is prose.
      return new TrailingSignature(null, stage, reply.newText());
    }
    String[] lines = reply.newText().strip().split("\n");
    int start = lines.length;
    String closing = null;
    while (start > 0 && lines.length - start < MAX_LINES) {
      String line = lines[start - 1].strip();
      if (shortLines.isClosingLine(line)) {
        closing = line;
        break;
      }
      if (!isSignOff(line)) {
        break;
      }
      start--;
    }
    String block = String.join("\n", Arrays.copyOfRange(lines, start, lines.length)).strip();
    int bodyEnd = closing == null ? start : start - 1;
    if (bodyEnd == lines.length) {
      return new TrailingSignature(null, stage, reply.newText());
    }
    String body = String.join("\n", Arrays.copyOfRange(lines, 0, bodyEnd)).strip();
    return new TrailingSignature(closing, join(block, stage), body);
  }

  private static String join(String block, String stage) {
    if (block.isEmpty()) {
      return stage;
    }
    return stage == null ? block : block + "\n" + stage;
  }

  private static boolean isSignOff(String line) {
    if (line.isEmpty() || WHITESPACE.split(line).length > MAX_WORDS || ENDS_SENTENCE.matcher(line).matches()) {
      return false;
    }
    String body = LEADING_DASHES.matcher(line).replaceFirst("");
    return SignatureRule.CONTACT.matcher(body).find()
        || SignatureRule.hasRole(body)
        || !body.isEmpty() && !LOWER_WORD.matcher(body).find();
  }
}
