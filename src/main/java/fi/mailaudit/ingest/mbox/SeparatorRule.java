package fi.mailaudit.ingest.mbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a line is an mbox {@code From_} separator. A line starting {@code "From "} is a
 * separator only
 *
 * <ul>
 *   <li>at the start of the content or after a blank line (RFC 4155 §2: writers put an empty line
 *       before each separator), and
 *   <li>when the next line is a header field ({@code Name:}, RFC 5322 §2.2 field-name characters,
 *       with the obsolete white space before the colon of §4.5.3), or the line itself carries an
 *       envelope date: a sender, then an English month abbreviation, a {@code h:mm} time and a
 *       four-digit year in any order (asctime as in Tika's {@code simple.mbox}, RFC 5322 style as in
 *       rjbs {@code mboxcl3}, Gmail's {@code +0000} before the year). stalwart's mboxrd test file has
 *       messages without any header, and Tika's {@code simple.mbox} begins each body with a blank
 *       line.
 * </ul>
 *
 * Otherwise it is body text: rjbs {@code mboxcl2} has an unquoted body line {@code "From
 * perl5-porters:"} between blank lines, and its peer test counts 3 messages, not 4. The rule looks
 * only at bytes near the line, so every task of a split file decides the same way. Only candidate
 * lines (after a blank line, starting {@code "From "}) are ever decoded.
 */
final class SeparatorRule {

  /** Longest {@code From_} line considered; an address is at most 254 bytes (RFC 5321 §4.5.3.1). */
  static final int MAX_FROM_LINE = 1024;

  /** Bytes after a line start that this class may look at: a From_ line and a field name. */
  static final int LOOKAHEAD = 2 * MAX_FROM_LINE;

  private static final byte[] FROM = {'F', 'r', 'o', 'm', ' '};

  /** What every envelope date has, whatever its order: month, time of day, year. */
  private static final List<Pattern> DATE_PARTS =
      List.of(
          Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b"),
          Pattern.compile("\\b\\d{1,2}:\\d{2}\\b"),
          Pattern.compile("\\b(19|20)\\d{2}\\b"));

  private final ByteWindow window;
  private final MboxLayout layout;
  private final byte eol;

  SeparatorRule(ByteWindow window, MboxLayout layout) {
    this.window = window;
    this.layout = layout;
    this.eol = layout.eol();
  }

  /** Makes the look-behind and lookahead of the line at {@code line} available. */
  void fill(long line) throws IOException {
    window.ensure(line - 3, line + LOOKAHEAD);
  }

  /**
   * The number of {@code '>'} before {@code "From "} at {@code line}: mboxrd/mboxo quoting (RFC
   * 4155 App. A), 0 if the line is not quoted that way ({@code "> From"}, {@code ">F"}).
   */
  int quotedFromDepth(long line) throws IOException {
    fill(line);
    long p = line;
    long limit = Math.min(window.end(), line + LOOKAHEAD - FROM.length);
    while (p < limit && window.at(p) == '>') {
      p++;
    }
    return p > line && matchesFrom(p) ? (int) (p - line) : 0;
  }

  /** Whether the line before the one starting at {@code line} is empty, or there is none. */
  boolean previousLineBlank(long line) {
    long contentStart = layout.contentStart();
    if (line <= contentStart) {
      return true;
    }
    long q = line - 1; // the previous line's end byte
    if (!layout.crOnly() && q - 1 >= contentStart && window.at(q - 1) == '\r') {
      q--;
    }
    return q == contentStart || window.at(q - 1) == eol;
  }

  /** Length of the blank line at {@code line} with its end bytes, or 0 if it is not blank. */
  int blankLineLength(long line) throws IOException {
    fill(line);
    return blankAt(line);
  }

  /** {@link #blankLineLength} within bytes already filled. */
  private int blankAt(long line) {
    if (window.atEnd(line)) {
      return 0;
    }
    int b = window.at(line);
    if (b == eol) {
      return 1;
    }
    boolean crlf = !layout.crOnly() && b == '\r' && !window.atEnd(line + 1)
        && window.at(line + 1) == '\n';
    return crlf ? 2 : 0;
  }

  /** Whether the line at {@code line}, whose previous line is blank, is a separator. */
  boolean isSeparator(long line) throws IOException {
    fill(line);
    if (!matchesFrom(line)) {
      return false;
    }
    long next = fromLineEnd(line);
    if (next < 0) {
      return false;
    }
    return hasEnvelopeDate(line + FROM.length, next)
        || (!window.atEnd(next) && blankAt(next) == 0 && isHeaderLine(next));
  }

  /**
   * Offset just past the end of the From_ line at {@code line} (the end of the stream counts), or
   * -1 if it is longer than {@link #MAX_FROM_LINE}. Valid after {@link #fill}.
   */
  long fromLineEnd(long line) {
    long limit = Math.min(window.end(), line + MAX_FROM_LINE);
    for (long p = line; p < limit; p++) {
      if (window.at(p) == eol) {
        return p + 1;
      }
    }
    return limit < line + MAX_FROM_LINE ? limit : -1;
  }

  private boolean matchesFrom(long p) {
    if (p + FROM.length > window.end()) {
      return false;
    }
    for (int i = 0; i < FROM.length; i++) {
      if (window.at(p + i) != FROM[i]) {
        return false;
      }
    }
    return true;
  }

  /** {@code Name:}: RFC 5322 ftext (printable US-ASCII except ':'), optional WSP before ':'. */
  private boolean isHeaderLine(long line) {
    long limit = Math.min(window.end(), line + MAX_FROM_LINE);
    long p = line;
    while (p < limit && window.at(p) >= 33 && window.at(p) <= 126 && window.at(p) != ':') {
      p++;
    }
    if (p == line) {
      return false;
    }
    while (p < limit && (window.at(p) == ' ' || window.at(p) == '\t')) {
      p++;
    }
    return p < limit && window.at(p) == ':';
  }

  /** A sender token, then a month, a time and a year, as {@link #DATE_PARTS} describe. */
  private boolean hasEnvelopeDate(long from, long lineEnd) {
    if (from >= lineEnd || window.at(from) == ' ' || window.at(from) == '\t') {
      return false;
    }
    int offset = (int) (from - window.base);
    String rest =
        new String(window.buf, offset, (int) (lineEnd - from), StandardCharsets.ISO_8859_1);
    int space = rest.indexOf(' ');
    if (space < 0) {
      return false;
    }
    String date = rest.substring(space);
    for (Pattern part : DATE_PARTS) {
      if (!part.matcher(date).find()) {
        return false;
      }
    }
    return true;
  }

}
