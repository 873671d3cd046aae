package fi.mailaudit.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.MessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/** Test helpers that read a written corpus back: files, mbox messages, CSV rows, MIME parse. */
public final class CorpusFiles {
  private CorpusFiles() {}

  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Splits an mboxrd file on its separator lines and un-quotes {@code >From}. */
  static List<byte[]> mboxMessages(Path mbox) throws IOException {
    String all = new String(Files.readAllBytes(mbox), StandardCharsets.ISO_8859_1);
    List<byte[]> out = new ArrayList<>();
    StringBuilder cur = null;
    for (String line : all.split("\n", -1)) {
      if (line.startsWith("From ")) {
        if (cur != null) {
          out.add(cur.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        cur = new StringBuilder();
      } else if (cur != null) {
        cur.append(line.matches("^>+From .*") ? line.substring(1) : line).append('\n');
      }
    }
    if (cur != null) {
      out.add(cur.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
    return out;
  }

  static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Message parse(byte[] bytes) throws IOException {
    MessageBuilder b = new DefaultMessageBuilder();
    ((DefaultMessageBuilder) b).setMimeEntityConfig(MimeConfig.PERMISSIVE);
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      return b.parseMessage(in);
    } catch (org.apache.james.mime4j.MimeException e) {
      throw new IOException("not a parseable message", e);
    }
  }

  /** RFC 4180 rows (quoted cells may hold commas, quotes, newlines). */
  public static List<List<String>> csv(Path file) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
