package fi.mailaudit.sampledata;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the ground truth the generator knows into {@code labels/}: one row per message file
 * (a duplicate exported twice has two rows), per agent reply and per thread. RFC 4180 CSV, UTF-8,
 * LF line ends.
 */
final class LabelWriter implements Closeable {
  static final List<String> MESSAGE_COLUMNS = List.of("file", "message_id", "thread_key",
      "sent_at", "sender_role", "sender_email", "language", "is_auto_reply", "subject");
  static final List<String> REPLY_PREFIX = List.of("file", "message_id", "thread_key", "agent_email", "sent_at");

  private final BufferedWriter messages;
  private final BufferedWriter replies;
  private final BufferedWriter threads;

  LabelWriter(Path dir) throws IOException {
    Files.createDirectories(dir);
    messages = open(dir.resolve("messages.csv"), MESSAGE_COLUMNS);
    List<String> replyColumns = new ArrayList<>(REPLY_PREFIX);
    replyColumns.addAll(ReplyFacts.COLUMNS);
    replies = open(dir.resolve("replies.csv"), replyColumns);
    threads = open(dir.resolve("threads.csv"), ThreadFacts.COLUMNS);
  }

  /** Records one written copy of {@code m}; its reply facts only once, with its first copy. */
  void message(Mail m, String file, boolean firstCopy) throws IOException {
    String sentAt = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.date());
    row(messages, List.of(file, m.messageId(), m.threadKey(), sentAt, m.role(), m.from().email(),
        m.language(), String.valueOf(m.autoReply()), m.subject()));
    if (firstCopy && m.reply() != null) {
      List<String> r = new ArrayList<>(List.of(file, m.messageId(), m.threadKey(), m.from().email(), sentAt));
      for (String c : ReplyFacts.COLUMNS) {
        r.add(m.reply().get(c));
      }
      row(replies, r);
    }
  }

  void thread(ThreadFacts f) throws IOException {
    row(threads, f.row());
  }

  private static BufferedWriter open(Path file, List<String> header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    row(w, header);
    return w;
  }

  private static void row(BufferedWriter w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(cells.get(i)));
    }
    w.write('\n');
  }

  static String cell(String s) {
    if (s == null) {
      return "";
    }
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  @Override
  public void close() throws IOException {
    try (messages; replies; threads) {
      messages.flush();
    }
  }
}
