package fi.mailaudit.parse.rfc822;

/**
 * The Subject of a forwarded message/rfc822 part, to name it in the attachment list when the part
 * has no file name (Outlook and GroupWise forward "as attachment" without one). Reads only the
 * header block; the part is listed, never parsed for its body (SPEC §2).
 */
final class EmbeddedSubject {
  private static final byte[] SUBJECT = "subject:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private EmbeddedSubject() {}

  /** The decoded subject, or null when the header block has none. */
  static String of(byte[] bytes, int length) {
    int line = 0;
    while (line < length) {
      int end = lineEnd(bytes, line, length);
      if (end == line || end == line + 1 && bytes[line] == '\r') {
        return null; // blank line: the header block ended without a Subject
      }
      if (startsWithIgnoreCase(bytes, line, end, SUBJECT)) {
        int valueEnd = end;
        while (valueEnd + 1 < length && (bytes[valueEnd + 1] == ' ' || bytes[valueEnd + 1] == '\t')) {
          valueEnd = lineEnd(bytes, valueEnd + 1, length);
        }
        var raw = new org.apache.james.mime4j.util.ByteArrayBuffer(valueEnd - line);
        raw.append(bytes, line, valueEnd - line);
        String subject = HeaderValues.decodeWords(HeaderValues.rawValue(raw));
        return subject.isBlank() ? null : subject;
      }
      line = end + 1;
    }
    return null;
  }

  private static int lineEnd(byte[] bytes, int from, int length) {
    int i = from;
    while (i < length && bytes[i] != '\n') {
      i++;
    }
    return i;
  }

  private static boolean startsWithIgnoreCase(byte[] bytes, int from, int end, byte[] prefix) {
    if (end - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (Character.toLowerCase(bytes[from + i]) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
