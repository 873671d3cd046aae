package fi.mailaudit.sampledata;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Arrays;

/**
 * The wire encodings a generated message uses: quoted-printable (RFC 2045 §6.7), base64 (§6.8)
 * and RFC 2047 encoded words for headers, written here because the generator must control every
 * byte to stay byte-identical from run to run.
 */
final class TransferEncoding {
  private static final int LINE = 76;
  /** RFC 2047 §2: an encoded word is at most 75 characters. */
  private static final int WORD = 75;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private TransferEncoding() {}

  /** Quoted-printable of {@code text} in {@code charset}, lines joined by {@code eol}. */
  static String quotedPrintable(String text, Charset charset, String eol) {
    StringBuilder out = new StringBuilder(text.length() * 11 / 10);
    String[] lines = text.split("\n", -1);
    for (int li = 0; li < lines.length; li++) {
      byte[] bytes = lines[li].getBytes(charset);
      int col = 0;
      for (int i = 0; i < bytes.length; i++) {
        int b = bytes[i] & 0xFF;
        boolean last = i == bytes.length - 1;
        // Characters appended one by one, not as formatted strings: this loop was a third of the
        // large mode's time (JFR, 40,000 messages).
        boolean literal = (b >= 33 && b <= 126 && b != '=') || (b == ' ' && !last);
        int width = literal ? 1 : 3;
        if (col + width > LINE - 1) {
          out.append('=').append(eol);
          col = 0;
        }
        if (literal) {
          out.append((char) b);
        } else {
          hex(out.append('='), b);
        }
        col += width;
      }
      if (li < lines.length - 1) {
        out.append(eol);
      }
    }
    return out.toString();
  }

  /** Two upper-case hex digits, as {@code %02X} writes them. */
  private static void hex(StringBuilder out, int b) {
    out.append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  /** Base64 in 76-character lines (RFC 2045 §6.8). */
  static String base64(byte[] bytes, String eol) {
    return new String(base64Ascii(bytes, eol), StandardCharsets.US_ASCII);
  }

  /**
   * {@link #base64} as ASCII bytes, every line ended by {@code eol}, the last one too: one pass and
   * one array, since attachments of up to 2 MB go through it.
   */
  static byte[] base64Ascii(byte[] bytes, String eol) {
    byte[] separator = eol.getBytes(StandardCharsets.US_ASCII);
    byte[] lines = Base64.getMimeEncoder(LINE, separator).encode(bytes);
    if (lines.length == 0) {
      return lines;
    }
    byte[] out = Arrays.copyOf(lines, lines.length + separator.length);
    System.arraycopy(separator, 0, out, lines.length, separator.length);
    return out;
  }

  /**
   * A header value as RFC 2047 encoded words when it holds non-ASCII text; B or Q encoding by
   * the caller's choice, so both decode paths are exercised. Words are folded onto new lines.
   */
  static String header(String value, boolean bEncoding, String eol) {
    if (value.chars().allMatch(c -> c < 128)) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (start < value.length()) {
      int end = start;
      while (end < value.length() && encodedLength(value.substring(start, end + 1), bEncoding) <= WORD) {
        end = value.offsetByCodePoints(end, 1);
      }
      if (out.length() > 0) {
        out.append(eol).append(' ');
      }
      out.append(encodedWord(value.substring(start, end), bEncoding));
      start = end;
    }
    return out.toString();
  }

  private static int encodedLength(String s, boolean b) {
    return encodedWord(s, b).length();
  }

  private static String encodedWord(String s, boolean b) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (b) {
      return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(bytes) + "?=";
    }
    StringBuilder q = new StringBuilder("=?UTF-8?Q?");
    for (byte x : bytes) {
      int c = x & 0xFF;
      if (c == ' ') {
        q.append('_');
      } else if (c < 128 && Character.isLetterOrDigit(c)) {
        q.append((char) c);
      } else {
        hex(q.append('='), c);
      }
    }
    return q.append("?=").toString();
  }
}
