package fi.mailaudit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte- and line-level edits of mail the mutators share. Mail is handled as ISO-8859-1 text so that
 * every byte round-trips unchanged whatever the real charset.
 */
final class MailBytes {
  private static final Pattern CLOSING_BOUNDARY = Pattern.compile("(?m)^--[^\\r\\n]{1,200}--[ \\t]*\\r?$");
  private static final Pattern FROM_LINE = Pattern.compile("(?m)^From [^\\n]*\\n");

  private MailBytes() {}

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  static byte[] randomBytes(SplittableRandom random, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) random.nextInt(256);
    }
    return out;
  }

  /**
   * Adds a header field to every message: after each mbox From_ line, else at the very start of
   * a single message (where it is the first field of the header block).
   */
  static byte[] addField(byte[] mail, String field) {
    String text = text(mail);
    Matcher from = FROM_LINE.matcher(text);
    if (!from.find()) {
      return bytes(field + "\r\n" + text);
    }
    return bytes(from.replaceAll(m -> Matcher.quoteReplacement(m.group() + field + "\n")));
  }

  /** Replaces the value of every field named {@code name} (case-insensitive, unfolded part only). */
  static byte[] replaceField(byte[] mail, String name, String value) {
    Pattern field = Pattern.compile("(?im)^(" + Pattern.quote(name) + "):[^\\r\\n]*");
    Matcher m = field.matcher(text(mail));
    if (!m.find()) {
      return addField(mail, name + ": " + value);
    }
    return bytes(m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + ": " + value)));
  }

  /**
   * Drops the last closing boundary delimiter ({@code --b--}, RFC 2046 §5.1.1) and everything
   * after it; a message with none gets a multipart wrapper that never closes.
   */
  static byte[] unterminate(byte[] mail) {
    String text = text(mail);
    Matcher m = CLOSING_BOUNDARY.matcher(text);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    if (last >= 0) {
      return bytes(text.substring(0, last));
    }
    return bytes("Content-Type: multipart/mixed; boundary=\"avoin\"\r\n\r\n--avoin\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body(text));
  }

  /** The message wrapped in {@code depth} multipart/mixed levels, every one properly closed. */
  static byte[] nest(byte[] mail, int depth) {
    String text = text(mail);
    StringBuilder out = new StringBuilder(text.length() + depth * 90);
    out.append("From: Asiakas <asiakas@example.fi>\r\nSubject: Sisäkkäin\r\n")
        .append("Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
    for (int i = 0; i < depth; i++) {
      out.append("--b").append(i).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
          .append("\"\r\n\r\n");
    }
    out.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\n").append(body(text)).append("\r\n");
    for (int i = depth; i >= 0; i--) {
      out.append("--b").append(i).append("--\r\n");
    }
    return bytes(out.toString());
  }

  /** The text after the first blank line, or all of it. */
  private static String body(String text) {
    int blank = text.indexOf("\n\n");
    int crlf = text.indexOf("\r\n\r\n");
    int at = blank < 0 ? crlf : crlf < 0 ? blank : Math.min(blank, crlf);
    return at < 0 ? text : text.substring(at).strip();
  }
}
