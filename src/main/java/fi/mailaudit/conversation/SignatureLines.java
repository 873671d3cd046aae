package fi.mailaudit.conversation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a signature block at the end of an author's text when no closing or {@code -- } delimiter
 * marks it: the seed 003 model signature (name, then a role or contact line) and the customer's
 * bare "-Pekka" or "Matti" under the text. Each line must look like a signature line on its own, so
 * a last sentence mentioning a phone number ("Soittakaa numeroon 09 123 4567.") stays new text.
 */
final class SignatureLines {
  static final PhraseList FIRST_NAMES = PhraseList.load("first-names");
  private static final PhraseList TITLES = PhraseList.load("signature-titles");
  private static final PhraseList FOOTERS = PhraseList.load("signature-footers");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?i)^(?:(?:puh|puhelin|p|gsm|mob|mobile|matkapuh|tel|tfn|telefon|phone|direct|vaihde)"
              + "\\.?\\s*:?\\s*)?\\+?[\\d][\\d ()/-]{6,}\\d$");
  private static final Pattern EMAIL_OR_WEB =
      Pattern.compile(
          "(?i)^(?:[\\p{L}.]+\\s*:?\\s*)?(?:\\S+@\\S+\\.\\S+|(?:https?://|www\\.)\\S+)$");
  private static final Pattern COMPANY =
      Pattern.compile("^[\\p{L}\\d&.' -]{2,60}\\s(?:Oy|Oyj|Ab|Abp|Ky|Ry|Tmi|Ltd|Inc|GmbH|AS)\\.?$");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "^(?:.*\\d+.*,\\s*)?\\d{5}\\s+\\p{Lu}[\\p{L}-]+$|^\\p{Lu}[\\p{L}-]+\\s\\d+\\s?[A-Za-z]?(?:\\s\\d+)?,?$");
  private static final Pattern NAME =
      Pattern.compile("^\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3}$");
  private static final Pattern DASH_NAME =
      Pattern.compile("^[-–]\\s?\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'.-]*)?$");
  // Compiled once: these ran as String.matches / replaceAll, compiling on every line.
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?]$");
  private static final Pattern LEADING_DASH = Pattern.compile("^[-–]\\s?");

  /** Longer blocks are letters, not signatures (seed 003's has 2 lines, corporate ones 8–10). */
  private static final int MAX_BLOCK = 10;

  private static final int MAX_LINE_CHARS = 60;

  private SignatureLines() {}

  /**
   * Index of the first line of a trailing signature block in {@code lines[from, to)}, or -1. The
   * block must hold a contact / role / company line, or be a lone "-Pekka", or a lone known first
   * name.
   */
  static int blockStart(List<String> lines, int from, int to) {
    int start = -1;
    boolean strong = false;
    int nonBlank = 0;
    for (int i = to - 1; i >= from && nonBlank < MAX_BLOCK; i--) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (isStrong(line)) {
        strong = true;
      } else if (!isName(line)) {
        break;
      }
      start = i;
      nonBlank++;
    }
    if (start < 0) {
      return -1;
    }
    String first = lines.get(start).strip();
    boolean loneName = nonBlank == 1 && (DASH_NAME.matcher(first).matches() || isKnownName(first));
    return strong || loneName ? start : -1;
  }

  /** Whether a line is a contact, role, company, address or device-footer line. */
  static boolean isStrong(String line) {
    if (line.length() > MAX_LINE_CHARS * 2) {
      return false;
    }
    String norm = PhraseList.normalize(line);
    if (FOOTERS.prefixOf(norm) != null) {
      return true;
    }
    if (line.length() > MAX_LINE_CHARS) {
      return false;
    }
    return PHONE.matcher(line).matches()
        || EMAIL_OR_WEB.matcher(line).matches()
        || COMPANY.matcher(line).matches()
        || ADDRESS.matcher(line).matches()
        || (TITLES.foundIn(norm) != null
            && !ENDS_SENTENCE.matcher(line).matches()
            && norm.split(" ").length <= 5);
  }

  /** A name line: "Liisa Virtanen", "-Pekka"; one capitalised word only when it is a known name. */
  static boolean isName(String line) {
    if (DASH_NAME.matcher(line).matches()) {
      return true;
    }
    if (!NAME.matcher(line).matches() || line.length() > MAX_LINE_CHARS) {
      return false;
    }
    return line.contains(" ") || isKnownName(line);
  }

  static boolean isKnownName(String word) {
    return FIRST_NAMES.contains(PhraseList.normalize(withoutDash(word)));
  }

  /** "-Pekka" and "– Pekka" → "Pekka"; other text as it is. */
  static String withoutDash(String text) {
    return LEADING_DASH.matcher(text).replaceAll("");
  }
}
