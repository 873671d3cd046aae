package fi.mailaudit.parse.rfc822;

/**
 * Checks on the raw bytes before mime4j sees them: where the header block starts and whether the
 * item is binary rather than mail.
 */
final class HeaderBlock {
  private static final int SNIFF_BYTES = 8 * 1024;

  private HeaderBlock() {}

  /**
   * Skips an mbox envelope line ({@code From sender date}) that .eml exports keep at the top
   * (tika testEmailWithPNGAtt.eml), and a UTF-8 byte order mark.
   */
  static int start(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    if (bytes.length - start > 5
        && bytes[start] == 'F' && bytes[start + 1] == 'r' && bytes[start + 2] == 'o'
        && bytes[start + 3] == 'm' && bytes[start + 4] == ' ') {
      while (start < bytes.length && bytes[start] != '\n') {
        start++;
      }
      start++;
    }
    return Math.min(start, bytes.length);
  }

  /** Whether the message's header section is empty: its first line (from {@code start}) is blank. */
  static boolean startsWithBlankLine(byte[] bytes, int start) {
    return start < bytes.length
        && (bytes[start] == '\n'
            || bytes[start] == '\r' && start + 1 < bytes.length && bytes[start + 1] == '\n');
  }

  /**
   * Why the header block is not text, or null when it looks like one. Only the header block is
   * sniffed: a binary-transfer body (UTF-16 text, stalwart thirdparty/005) is legal MIME.
   */
  /** True when the line at {@code start} is a header field: a field name, then a colon. */
  static boolean firstLineIsField(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == ':') {
        return i > start;
      }
      if (b <= ' ' || b >= 127) { // RFC 5322 ftext: printable US-ASCII except ':'
        return false;
      }
    }
    return false;
  }

  static String binaryProblem(byte[] bytes, int start) {
    return controlBytes(bytes, start, headerEnd(bytes, start, Math.min(bytes.length, start + SNIFF_BYTES)));
  }

  /**
   * Why the body of a message with an empty header section is not text, or null. With no
   * Content-Type it can only be text/plain (RFC 2045 §5.2), so binary there is not mail.
   */
  static String binaryBody(byte[] bytes, int start) {
    return controlBytes(bytes, start, Math.min(bytes.length, start + SNIFF_BYTES));
  }

  private static String controlBytes(byte[] bytes, int start, int end) {
    int control = 0;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "binary data: NUL byte at offset " + i;
      }
      if (b < 0x20 && b != '\r' && b != '\n' && b != '\t' && b != '\f') {
        control++;
      }
    }
    // Text mail has next to no control characters; compressed or image data has about 10 %.
    if (end > start && control * 20 > end - start) {
      return "binary data: " + control + " control bytes in the first " + (end - start);
    }
    return null;
  }

  /** The end of the header block (its blank line) or {@code limit}, whichever comes first. */
  private static int headerEnd(byte[] bytes, int start, int limit) {
    for (int i = start; i < limit; i++) {
      if (bytes[i] == '\n'
          && (i + 1 < limit && bytes[i + 1] == '\n'
              || i + 2 < limit && bytes[i + 1] == '\r' && bytes[i + 2] == '\n')) {
        return i;
      }
    }
    return limit;
  }
}
