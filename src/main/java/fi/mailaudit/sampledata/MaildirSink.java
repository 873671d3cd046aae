package fi.mailaudit.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Writes a Maildir: read messages in {@code cur/} with the {@code :2,S} info suffix, unread ones
 * (after {@code unreadAfter}) in {@code new/}, and {@code tmp/} created empty, as a delivery
 * agent leaves it. Names follow the maildir convention time.M&lt;n&gt;P&lt;pid&gt;.host, with
 * fixed numbers instead of a clock, so runs are identical.
 */
final class MaildirSink implements MessageSink {
  private static final String HOST = "posti.saimaankuitu.fi";

  private final Path root;
  private final String folder;
  private final ZonedDateTime unreadAfter;
  private long count;

  MaildirSink(Path root, String folder, ZonedDateTime unreadAfter) throws IOException {
    this.root = root;
    this.folder = folder;
    this.unreadAfter = unreadAfter;
    for (String sub : new String[] {"cur", "new", "tmp"}) {
      Files.createDirectories(root.resolve(folder).resolve(sub));
    }
  }

  @Override
  public String write(Mail mail, byte[] rendered, String eol) throws IOException {
    boolean unread = unreadAfter != null && mail.date().isAfter(unreadAfter);
    String base = String.format(Locale.ROOT, "%d.M%dP%d.%s,S=%d", mail.date().toEpochSecond(),
        100000 + count, 4242, HOST, rendered.length);
    String name = folder + (unread ? "/new/" + base : "/cur/" + base + ":2,S");
    Files.write(root.resolve(name), rendered);
    count++;
    return name;
  }

  /** A half-delivered file in tmp/: readers must ignore it (a Maildir reader never reads tmp/). */
  void leaveInTmp(byte[] partial) throws IOException {
    Files.write(root.resolve(folder).resolve("tmp").resolve("1790000000.M999999P4242." + HOST), partial);
  }

  long count() {
    return count;
  }

  @Override
  public void close() {}
}
