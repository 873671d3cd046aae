package fi.mailaudit.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Separates what the author of a message wrote now from the quoted history (SPEC §4, issue 3 item
 * 3), then splits the author's part into {@link BodySections}.
 *
 * <p>History starts at an Outlook separator or header block (fi / sv / en, see {@link
 * QuoteMarkers}); everything after it is history, since Outlook never interleaves. {@code >}
 * quoting (Gmail, Thunderbird, RFC 3676) is handled line by line, so an author who answers between
 * quoted lines keeps those answers as new text. An attribution line ("On … wrote:") is history;
 * when no {@code >} lines follow it (HTML mail flattened to text loses the marks), everything after
 * it is.
 */
public final class QuoteSplitter {
  private QuoteSplitter() {}

  /** Splits a plain-text body; null or blank gives {@link BodySections#EMPTY}. Never throws. */
  public static BodySections split(String body) {
    if (body == null || body.isBlank()) {
      return BodySections.EMPTY;
    }
    List<String> lines =
        Arrays.asList(body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    int cut = historyStart(lines);
    List<String> own = new ArrayList<>();
    List<String> quoted = new ArrayList<>();
    boolean seenQuote = false;
    boolean inline = false;
    for (int i = 0; i < cut; i++) {
      String line = lines.get(i);
      int attribution = QuoteMarkers.attributionLength(lines, i);
      if (attribution > 0) {
        quoted.addAll(lines.subList(i, i + attribution));
        i += attribution - 1;
      } else if (QuoteMarkers.isQuoted(line)) {
        quoted.add(line);
        seenQuote = true;
      } else {
        if (seenQuote && !line.isBlank()) {
          inline = true;
          // A blank line keeps each inline answer its own paragraph in the new text.
          if (!own.isEmpty() && !lastBlank(own) && QuoteMarkers.isQuoted(lines.get(i - 1))) {
            own.add("");
          }
        }
        own.add(line);
      }
    }
    // Outlook draws a rule above its header block; it belongs to the history.
    while (!own.isEmpty() && (lastBlank(own) || QuoteMarkers.isRule(own.get(own.size() - 1)))) {
      String removed = own.remove(own.size() - 1);
      if (cut < lines.size() && !removed.isBlank()) {
        quoted.add(removed);
      }
    }
    quoted.addAll(lines.subList(cut, lines.size()));
    String history = String.join("\n", quoted).strip();
    return OwnTextSections.split(own, history.isEmpty() ? null : history, inline);
  }

  /** The first line of unquoted history (separator, header block, or bare attribution), or size. */
  static int historyStart(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (QuoteMarkers.isQuoted(line)) {
        continue;
      }
      if (QuoteMarkers.isSeparator(line) || QuoteMarkers.isHeaderBlock(lines, i)) {
        return i;
      }
      int attribution = QuoteMarkers.attributionLength(lines, i);
      if (attribution > 0 && !QuoteMarkers.nextNonBlankIsQuoted(lines, i + attribution)) {
        return i;
      }
    }
    return lines.size();
  }

  private static boolean lastBlank(List<String> own) {
    return own.get(own.size() - 1).isBlank();
  }
}
