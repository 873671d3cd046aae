package fi.mailaudit.sampledata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Appends messages to one mbox in the mboxrd dialect: a {@code From sender asctime} separator
 * (UTC, as Gmail Takeout writes it), every body line matching {@code ^>*From } quoted with one
 * more {@code >} so a reader can split on separators and un-quote losslessly, a blank line after
 * each message.
 */
final class MboxSink implements MessageSink {
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final String relative;
  private final OutputStream out;
  private long count;

  MboxSink(Path root, String relative) throws IOException {
    this.relative = relative;
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  @Override
  public String write(Mail mail, byte[] rendered, String eol) throws IOException {
    String sender = mail.from().email().isEmpty() ? "MAILER-DAEMON" : mail.from().email();
    out.write(("From " + sender + " " + ASCTIME.format(mail.date()) + "\n").getBytes(StandardCharsets.US_ASCII));
    writeQuoted(rendered, out);
    if (rendered.length > 0 && rendered[rendered.length - 1] != '\n') {
      out.write('\n');
    }
    out.write('\n');
    count++;
    return relative;
  }

  /**
   * mboxrd: quote {@code >*From } at the start of any line, not only bare {@code From }. Runs of
   * lines that need no quote are written in one call: a base64 attachment is thousands of lines.
   */
  static void writeQuoted(byte[] b, OutputStream out) throws IOException {
    int written = 0;
    int lineStart = 0;
    while (lineStart < b.length) {
      if (needsQuote(b, lineStart)) {
        out.write(b, written, lineStart - written);
        out.write('>');
        written = lineStart;
      }
      int end = lineStart;
      while (end < b.length && b[end] != '\n') {
        end++;
      }
      lineStart = end + 1;
    }
    out.write(b, written, b.length - written);
  }

  /** Whether the line at {@code start} is {@code >*From }; "From " holds no line end to cross. */
  private static boolean needsQuote(byte[] b, int start) {
    int j = start;
    while (j < b.length && b[j] == '>') {
      j++;
    }
    return b.length - j >= 5 && b[j] == 'F' && b[j + 1] == 'r' && b[j + 2] == 'o' && b[j + 3] == 'm'
        && b[j + 4] == ' ';
  }

  long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
