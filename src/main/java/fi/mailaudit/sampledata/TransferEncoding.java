package fi.mailaudit.sampledata;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The wire encodings a generated message uses: quoted-printable (RFC 2045 §6.7), base64 (§6.8)
 * and RFC 2047 encoded words for headers, written here because the generator must control every
 * byte to stay byte-identical from run to run.
 */
final class TransferEncoding {
  private static final int LINE = 76;
  /** RFC 2047 §2: an encoded word is at most 75 characters. */
  private static final int WORD = 75;

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
        String piece = (b >= 33 && b <= 126 && b != '=') || (b == ' ' && !last)
            ? String.valueOf((char) b) : String.format(Locale.ROOT, "=%02X", b);
        if (col + piece.length() > LINE - 1) {
          out.append('=').append(eol);
          col = 0;
        }
        out.append(piece);
        col += piece.length();
      }
      if (li < lines.length - 1) {
        out.append(eol);
      }
    }
    return out.toString();
  }

  /** Base64 in 76-character lines (RFC 2045 §6.8). */
  static String base64(byte[] bytes, String eol) {
    String flat = Base64.getEncoder().encodeToString(bytes);
    StringBuilder out = new StringBuilder(flat.length() + flat.length() / LINE * 2 + 2);
    for (int i = 0; i < flat.length(); i += LINE) {
      out.append(flat, i, Math.min(flat.length(), i + LINE)).append(eol);
    }
    return out.toString();
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
        q.append(String.format(Locale.ROOT, "=%02X", c));
      }
    }
    return q.append("?=").toString();
  }
}
