package fi.mailaudit.ingest.mbox;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the messages whose separator starts in one byte range, from a {@link ByteWindow} that
 * begins at most 3 bytes before the range (the look-behind that {@link
 * SeparatorRule#previousLineBlank} needs). One message at a time: its bytes are copied out of the
 * window in bulk, skipping only the one {@code '>'} of each quoted {@code >From } line.
 */
final class MboxScanner {

  private static final int FROM_PREFIX = "From ".length();
  private static final byte[] CONTENT_LENGTH =
      "content-length".getBytes(StandardCharsets.US_ASCII);
  private static final int SNIPPET_BYTES = 80;

  private final ByteWindow window;
  private final MboxLayout layout;
  private final SeparatorRule rule;
  private final MboxOptions options;
  private final MboxSink sink;
  private final String sourceFile;
  private final InputFormat format;
  private final MessageBuffer out;
  private final byte eol;
  /** Next byte of the current message not yet copied to {@link #out}; -1 outside a message. */
  private long copyFrom = -1;
  /** Separator offset of the message being read, -1 between messages: for error reports. */
  private long current = -1;

  MboxScanner(
      ByteWindow window,
      MboxLayout layout,
      MboxOptions options,
      MboxSink sink,
      String sourceFile,
      InputFormat format) {
    this.window = window;
    this.layout = layout;
    this.rule = new SeparatorRule(window, layout);
    this.options = options;
    this.sink = sink;
    this.sourceFile = sourceFile;
    this.format = format;
    this.out = new MessageBuffer(options.maxMessageBytes());
    this.eol = layout.eol();
    window.spill(this::copyUpTo);
  }

  /** The separator offset of the message being read, or -1: where a read error is reported. */
  long current() {
    return current;
  }

  /** Reads the messages whose From_ line starts in {@code [range.start, range.end)}. */
  void scan(ByteRange range) throws IOException {
    long contentStart = layout.contentStart();
    long line = firstLineStart(Math.max(range.start(), contentStart));
    long separator =
        range.start() == 0 ? skipPrefix(line) : firstSeparator(line, range.end());
    while (separator >= 0 && separator < range.end()) {
      separator = readMessage(separator);
    }
  }

  private long firstLineStart(long offset) throws IOException {
    rule.fill(offset);
    if (offset == layout.contentStart() || window.atEnd(offset)) {
      return offset;
    }
    return window.at(offset - 1) == eol ? offset : nextLine(offset);
  }

  /** In a range after the first: the bytes before the first separator end someone else's message. */
  private long firstSeparator(long line, long end) throws IOException {
    while (line < end) {
      rule.fill(line);
      if (window.atEnd(line)) {
        return -1;
      }
      if (isSeparator(line)) {
        return line;
      }
      line = nextLine(line);
    }
    return -1;
  }

  /**
   * In the first range: bytes before the first separator belong to no message. Whitespace there is
   * harmless; anything else becomes one NOT_A_MESSAGE reject at "@0" rather than vanishing (SPEC:
   * nothing is lost silently), and is scanned past without being buffered.
   */
  private long skipPrefix(long line) throws IOException {
    long start = line;
    String snippet = null;
    boolean text = false;
    long separator = -1;
    while (true) {
      rule.fill(line);
      if (window.atEnd(line)) {
        break;
      }
      if (isSeparator(line)) {
        separator = line;
        break;
      }
      if (!text && hasText(line)) {
        text = true;
        snippet = snippet(line);
      }
      line = nextLine(line);
    }
    if (text) {
      long length = (separator < 0 ? window.end() : separator) - start;
      String where =
          separator < 0
              ? "no From_ separator line in the file: its " + length + " bytes are not an mbox"
              : length + " bytes before the first From_ separator line (@" + separator
                  + ") are not part of any message";
      sink.reject(
          new Reject(ref(0), RejectReason.NOT_A_MESSAGE, where + "; first text: \"" + snippet + "\""));
    }
    return separator;
  }

  private boolean isSeparator(long line) throws IOException {
    return window.at(line) == 'F' && rule.previousLineBlank(line) && rule.isSeparator(line);
  }

  /**
   * Reads the message whose From_ line is at {@code separator}; returns the next separator, or -1
   * at the end of the stream.
   */
  private long readMessage(long separator) throws IOException {
    current = separator;
    rule.fill(separator);
    long messageStart = rule.fromLineEnd(separator);
    String envelope = envelope(separator + FROM_PREFIX, messageStart);
    out.reset();
    copyFrom = messageStart;
    boolean inHeaders = true;
    long contentLength = -1;
    long protectedUntil = -1;
    long next = -1;
    long line = messageStart;
    while (true) {
      rule.fill(line);
      if (window.atEnd(line)) {
        break;
      }
      int b = window.at(line);
      if (inHeaders) {
        int blank = rule.blankLineLength(line);
        if (blank > 0) {
          inHeaders = false;
          line += blank;
          protectedUntil = contentLength < 0 ? -1 : trustedBodyEnd(line, contentLength);
          continue;
        }
        if ((b == 'C' || b == 'c') && contentLength < 0) {
          contentLength = contentLength(line);
        }
      } else if (line >= protectedUntil && isSeparator(line)) {
        next = line;
        break;
      }
      if (b == '>' && rule.quotedFromDepth(line) > 0) {
        copyUpTo(line);
        copyFrom = line + 1; // mboxrd: ">>From " was ">From " in the message
      }
      line = nextLine(line);
    }
    long end = next < 0 ? window.end() : next;
    copyUpTo(end);
    copyFrom = -1;
    if (!options.keepSeparatorBlankLine() && endsWithBlankLine(end, messageStart)) {
      out.truncate(separatorBlankLength(end, messageStart));
    }
    emit(separator, envelope);
    current = -1;
    return next;
  }

  private void emit(long separator, String envelope) {
    if (out.overflowed()) {
      sink.reject(
          new Reject(
              ref(separator),
              RejectReason.LIMIT_EXCEEDED,
              "message of "
                  + out.size()
                  + " bytes exceeds the limit of "
                  + options.maxMessageBytes()
                  + " bytes (maxMessageBytes); skipped, reading went on with the next message"));
    } else {
      sink.message(new RawMessage(ref(separator), out.toBytes(layout.crOnly()), envelope));
    }
  }

  /**
   * mboxcl/mboxcl2: the body is exactly {@code length} bytes when, after them, come only blank
   * lines and then the end of the file or a separator. Then no line inside the body is taken for a
   * separator, and the offset where the body ends is returned; a lying length (rjbs {@code
   * mboxcl2.lies}: 782 for 682) gives -1 and the reader goes by separator lines alone. A length
   * above the message limit is not followed: the message would be rejected anyway.
   */
  private long trustedBodyEnd(long bodyStart, long length) throws IOException {
    if (length > options.maxMessageBytes()) {
      return -1;
    }
    long target = bodyStart + length;
    window.pin(bodyStart - 3); // the body's lines are still to be scanned
    try {
      rule.fill(target);
      if (window.atEnd(target)) {
        return target == window.end() ? target : -1;
      }
      if (window.at(target - 1) != eol) {
        return -1;
      }
      long p = target;
      while (p - target < SeparatorRule.MAX_FROM_LINE) {
        rule.fill(p);
        if (window.atEnd(p)) {
          return target;
        }
        int blank = rule.blankLineLength(p);
        if (blank == 0) {
          return isSeparator(p) ? target : -1;
        }
        p += blank;
      }
      return -1;
    } finally {
      window.unpin();
    }
  }

  /** The value of a {@code Content-Length:} header at {@code line}, or -1 if it is not one. */
  private long contentLength(long line) {
    long limit = Math.min(window.end(), line + SeparatorRule.LOOKAHEAD);
    if (line + CONTENT_LENGTH.length >= limit) {
      return -1;
    }
    for (int i = 0; i < CONTENT_LENGTH.length; i++) {
      if (Character.toLowerCase(window.at(line + i)) != CONTENT_LENGTH[i]) {
        return -1;
      }
    }
    long p = skipBlanks(line + CONTENT_LENGTH.length, limit);
    if (p >= limit || window.at(p) != ':') {
      return -1;
    }
    p = skipBlanks(p + 1, limit);
    long value = 0;
    int digits = 0;
    while (p < limit && window.at(p) >= '0' && window.at(p) <= '9' && digits < 18) {
      value = value * 10 + (window.at(p) - '0');
      digits++;
      p++;
    }
    p = skipBlanks(p, limit);
    boolean ends = p >= limit || window.at(p) == eol || window.at(p) == '\r';
    return digits > 0 && ends ? value : -1;
  }

  private long skipBlanks(long p, long limit) {
    while (p < limit && (window.at(p) == ' ' || window.at(p) == '\t')) {
      p++;
    }
    return p;
  }

  /**
   * Whether a blank line ends the message: always before a separator, and at the end of the file
   * when the writer put one there too (RFC 4155 §2 ends every message with one).
   */
  private boolean endsWithBlankLine(long end, long messageStart) {
    return end > messageStart && window.at(end - 1) == eol && rule.previousLineBlank(end);
  }

  /** The blank line just before a separator, which the mbox writer added; never past the start. */
  private int separatorBlankLength(long separator, long messageStart) {
    int length = !layout.crOnly() && separator - 2 >= messageStart
        && window.at(separator - 2) == '\r' ? 2 : 1;
    return (int) Math.min(length, separator - messageStart);
  }

  /** Offset just past the end of the line at {@code p}, or the end of the stream. */
  private long nextLine(long p) throws IOException {
    while (true) {
      byte[] b = window.buf;
      long base = window.base;
      int limit = window.limit;
      for (int i = (int) (p - base); i < limit; i++) {
        if (b[i] == eol) {
          return base + i + 1;
        }
      }
      p = base + limit;
      if (!window.ensure(p - 3, p + 1)) {
        return p;
      }
    }
  }

  /**
   * Whether the line at {@code line} has anything but white space in its first {@link
   * SeparatorRule#LOOKAHEAD} bytes (filled by the caller): enough to tell a stray blank line from
   * text.
   */
  private boolean hasText(long line) {
    long limit = Math.min(window.end(), line + SeparatorRule.LOOKAHEAD);
    for (long p = line; p < limit && window.at(p) != eol; p++) {
      int b = window.at(p);
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
        return true;
      }
    }
    return false;
  }

  private String snippet(long line) {
    int length = (int) Math.min(SNIPPET_BYTES, window.end() - line);
    String text =
        new String(window.buf, (int) (line - window.base), length, StandardCharsets.UTF_8);
    return text.strip().replaceAll("\\p{Cntrl}", "?");
  }

  private String envelope(long from, long lineEnd) {
    long end = lineEnd;
    if (end > from && window.at(end - 1) == eol) {
      end--;
    }
    if (!layout.crOnly() && end > from && window.at(end - 1) == '\r') {
      end--;
    }
    int offset = (int) (from - window.base);
    return new String(window.buf, offset, (int) (end - from), StandardCharsets.UTF_8);
  }

  /** Copies the current message's bytes before {@code upTo} out of the window. */
  private void copyUpTo(long upTo) {
    if (copyFrom >= 0 && copyFrom < upTo) {
      out.append(window.buf, (int) (copyFrom - window.base), (int) (upTo - copyFrom));
      copyFrom = upTo;
    }
  }

  private SourceRef ref(long offset) {
    return new SourceRef(sourceFile, format, "@" + offset, null);
  }
}
