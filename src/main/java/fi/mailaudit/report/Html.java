package fi.mailaudit.report;

/**
 * Escaping for the report's HTML and inline SVG. Every value that comes from an output table or the
 * manifest goes through {@link #esc}: evidence quotes what customers and agents wrote, and a reply
 * holding {@code <script>} must show as text, never run (the report's Content-Security-Policy would
 * block it, but it would also break the page).
 */
final class Html {
  private Html() {}

  /** Text safe in element content and in double- or single-quoted attributes; null gives "". */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters other than tab and newline are not allowed in HTML text (and a
          // stray one from a broken mail would be a parse error in the SVG).
          if (c < 0x20 && c != '\t' && c != '\n') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
