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

  /** A header block's labels lie within this many lines of its From line. */
  private static final int HEADER_WINDOW = 6;

  /** Attribution lines are one sentence; a long line ending in a colon is prose. */
  private static final int MAX_ATTRIBUTION_CHARS = 250;

  private QuoteMarkers() {}

  /** Whether a line is quoted with {@code >} (RFC 3676 §4.5 quote marks, also "> >" nesting). */
  static boolean isQuoted(String line) {
    return line.stripLeading().startsWith(">");
  }

  /** Whether the line is an Outlook / Gmail / Apple Mail separator opening history. */
  static boolean isSeparator(String line) {
    String stripped = line.strip();
    boolean ruled = stripped.startsWith("--") || stripped.startsWith("__");
    String core = PhraseList.normalize(stripped.replaceAll("^[-_=*\\s]+|[-_=*:\\s]+$", ""));
    if (!SEPARATORS.contains(core)) {
      return false;
    }
    return ruled || stripped.endsWith(":");
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
    if (index + 1 < lines.size() && !line.endsWith(":")) {
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
    return text.matches(".*[\\d@<].*") || nextNonBlankIsQuoted(lines, next);
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
