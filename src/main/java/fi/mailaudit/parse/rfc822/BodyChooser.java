package fi.mailaudit.parse.rfc822;

import fi.mailaudit.parse.HtmlToText;
import java.util.BitSet;
import java.util.List;

/**
 * Picks the body text from the inline text parts, by SPEC §2: text/plain preferred, else text/html
 * converted to text, else "". Inline parts of a multipart/mixed are concatenated in order (the
 * message was written in pieces around an inline image or a forwarded text); inside a
 * multipart/alternative only the first part of the wanted type counts, since its siblings say the
 * same thing again.
 */
final class BodyChooser {
  static final String PLAIN = "text/plain";
  static final String HTML = "text/html";
  static final String NONE = "none";

  /**
   * An inline text part in document order.
   *
   * @param html whether it is text/html
   * @param text the decoded text
   * @param alternativeGroup the id of its outermost multipart/alternative ancestor, -1 if none
   */
  record TextPart(boolean html, String text, int alternativeGroup) {}

  /** The chosen body and the media type it came from. */
  record Body(String text, String source) {}

  private BodyChooser() {}

  static Body choose(List<TextPart> parts) {
    String plain = join(parts, false);
    if (plain != null && !plain.isBlank()) {
      return new Body(plain, PLAIN);
    }
    String html = join(parts, true);
    if (html != null) {
      return new Body(html, HTML);
    }
    return plain != null ? new Body(plain, PLAIN) : new Body("", NONE);
  }

  /** The parts of one type joined, one per alternative group; null when there is none. */
  private static String join(List<TextPart> parts, boolean html) {
    StringBuilder out = null;
    BitSet usedGroups = new BitSet();
    for (TextPart part : parts) {
      if (part.html() != html) {
        continue;
      }
      int group = part.alternativeGroup();
      if (group >= 0) {
        if (usedGroups.get(group)) {
          continue;
        }
        usedGroups.set(group);
      }
      String text = html ? HtmlToText.convert(part.text()) : part.text();
      if (out == null) {
        out = new StringBuilder(text.length());
      } else if (text.isEmpty()) {
        continue;
      } else {
        out.append('\n');
      }
      out.append(text);
    }
    return out == null ? null : out.toString();
  }
}
