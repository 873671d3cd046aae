package fi.mailaudit.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines where quoted history begins (SPEC §4, issue 3 item 3): Outlook separators
 * ("-----Alkuperäinen viesti-----", "-----Original Message-----"), Outlook header blocks in
 * Finnish, Swedish and English (Lähettäjä:/Lähetetty:/Vastaanottaja:/Aihe:, Från:/Skickat:,
 * From:/Sent:/To:/Subject:) and attribution lines ("On … wrote:", "… kirjoitti …:", "… skrev …:").
 */
final class QuoteMarkers {
  private static final PhraseList SEPARATORS = PhraseList.load("quote-separators");
  private static final PhraseList VERBS = PhraseList.load("quote-attribution-verbs");
  private static final Map<String, String> HEADER_KINDS = headerKinds();

  /** Outlook's HTML → text keeps bold as "*From:*"; Gmail forwards indent nothing. */
  private static final Pattern HEADER_LINE =
      Pattern.compile("^\\s*\\**([\\p{L}]+)\\**\\s*:\\**(?:\\s.*)?$");

  private static final Pattern RULE_LINE = Pattern.compile("^\\s*[-_=*]{5,}\\s*$");

  /** A date, an address or a "<" in an attribution line. */
  private static final Pattern ATTRIBUTION_DETAIL = Pattern.compile(".*[\\d@<].*");

  /** What a separator's rule may be drawn with: "-----", "_____", "=====", "*****" and spaces. */
  private static final String RULE_CHARS = "-_=* \t\n\u000B\f\r";

  /** Line terminators outside regex {@code \s}: a regex "$" also matches before one at the very end. */
  private static final String LINE_SEPARATORS = "\u0085\u2028\u2029";

  /** A header block's labels lie within this many lines of its From line. */
  private static final int HEADER_WINDOW = 6;

  /** Attribution lines are one sentence; a long line ending in a colon is prose. */
  private static final int MAX_ATTRIBUTION_CHARS = 250;

  private QuoteMarkers() {}

  /** Whether a line is quoted with {@code >} (RFC 3676 §4.5 quote marks, also "> >" nesting). */
  static boolean isQuoted(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i < line.length() && line.charAt(i) == '>';
  }

  /** Whether the line is an Outlook / Gmail / Apple Mail separator opening history. */
  static boolean isSeparator(String line) {
    String stripped = line.strip();
    boolean ruled = stripped.startsWith("--") || stripped.startsWith("__");
    if (!SEPARATORS.contains(PhraseList.normalize(withoutRule(stripped)))) {
      return false;
    }
    return ruled || stripped.endsWith(":");
  }

  /**
   * The line without the rule around it: leading rule characters, then trailing rule characters
   * and colons ("-----Alkuperäinen viesti-----", "Original Message:"). Exactly what {@code
   * replaceAll("^[-_=*\\s]+|[-_=*:\\s]+$", "")} did, compiled for every line, down to the
   * regex's "$" that also matches before a final line separator (U+0085, U+2028, U+2029).
   */
  static String withoutRule(String line) {
    int from = 0;
    int end = line.length();
    while (from < end && RULE_CHARS.indexOf(line.charAt(from)) >= 0) {
      from++;
    }
    int to = end > from && LINE_SEPARATORS.indexOf(line.charAt(end - 1)) >= 0 ? end - 1 : end;
    int cut = to;
    while (cut > from && (RULE_CHARS.indexOf(line.charAt(cut - 1)) >= 0 || line.charAt(cut - 1) == ':')) {
      cut--;
    }
    return to == end ? line.substring(from, cut) : line.substring(from, cut) + line.charAt(to);
  }

  /** Whether the line is only a horizontal rule (Outlook draws one above its header block). */
  static boolean isRule(String line) {
    return RULE_LINE.matcher(line).matches();
  }

  /**
   * Whether an Outlook header block starts at {@code index}: a "from" label followed, within a few
   * lines, by at least two other label kinds. One "From:" line alone is prose ("From: me").
   */
  static boolean isHeaderBlock(List<String> lines, int index) {
    if (!"from".equals(headerKind(lines.get(index)))) {
      return false;
    }
    Set<String> kinds = new HashSet<>();
    int end = Math.min(lines.size(), index + 1 + HEADER_WINDOW);
    for (int i = index + 1; i < end; i++) {
      String kind = headerKind(lines.get(i));
      if (kind != null && !"from".equals(kind)) {
        kinds.add(kind);
      }
    }
    return kinds.size() >= 2;
  }

  /**
   * How many lines (1 or 2) an attribution line starting at {@code index} takes, or 0. Gmail wraps
   * long attributions after the address's "<", so two joined lines are tried too.
   */
  static int attributionLength(List<String> lines, int index) {
    String line = lines.get(index).strip();
    if (isAttribution(line, lines, index + 1)) {
      return 1;
    }
    // The joined text can only end in a colon when the next line does: no string is built for
    // the (nearly all) lines that are no attribution.
    if (index + 1 < lines.size() && !line.endsWith(":") && endsWithColon(lines.get(index + 1))) {
      String joined = line + " " + lines.get(index + 1).strip();
      if (isAttribution(joined, lines, index + 2)) {
        return 2;
      }
    }
    return 0;
  }

  private static boolean isAttribution(String text, List<String> lines, int next) {
    if (!text.endsWith(":") || text.length() > MAX_ATTRIBUTION_CHARS || isQuoted(text)) {
      return false;
    }
    if (VERBS.foundIn(PhraseList.normalize(text)) == null) {
      return false;
    }
    // "Asiakas kirjoitti:" inside prose is rare, but a real attribution carries a date, an
    // address, or is followed by quoted lines.
    return ATTRIBUTION_DETAIL.matcher(text).matches() || nextNonBlankIsQuoted(lines, next);
  }

  /** Whether the line's last non-whitespace character is a colon ({@code line.strip().endsWith(":")}). */
  private static boolean endsWithColon(String line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return end > 0 && line.charAt(end - 1) == ':';
  }

  static boolean nextNonBlankIsQuoted(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return isQuoted(lines.get(i));
      }
    }
    return false;
  }

  private static String headerKind(String line) {
    if (line.indexOf(':') < 0) {
      return null; // every header label ends in a colon; most lines have none
    }
    Matcher m = HEADER_LINE.matcher(line);
    return m.matches() ? HEADER_KINDS.get(PhraseList.normalize(m.group(1))) : null;
  }

  private static Map<String, String> headerKinds() {
    Map<String, String> kinds = new HashMap<>();
    for (String entry : PhraseList.load("quote-header-labels").phrases()) {
      String[] parts = entry.split(" ", 2);
      kinds.put(parts[1], parts[0]);
    }
    return Map.copyOf(kinds);
  }
}
