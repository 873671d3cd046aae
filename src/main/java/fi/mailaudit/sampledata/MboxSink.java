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

  /** mboxrd: quote {@code >*From } at the start of any line, not only bare {@code From }. */
  static void writeQuoted(byte[] b, OutputStream out) throws IOException {
    int lineStart = 0;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == '\n') {
        int j = lineStart;
        while (j < i && b[j] == '>') {
          j++;
        }
        if (i - j >= 5 && b[j] == 'F' && b[j + 1] == 'r' && b[j + 2] == 'o' && b[j + 3] == 'm' && b[j + 4] == ' ') {
          out.write('>');
        }
        out.write(b, lineStart, Math.min(i + 1, b.length) - lineStart);
        lineStart = i + 1;
      }
    }
  }

  long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
