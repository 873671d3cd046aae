package fi.mailaudit.parse.rfc822;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Header field bytes to text: unfolded (RFC 5322 §2.2.3), raw bytes read as UTF-8 when valid (RFC
 * 6532) else windows-1252, then RFC 2047 encoded words decoded. mime4j's own {@code
 * Field.getBody()} reads bytes as Latin-1, which turns raw UTF-8 ä into "Ã¤".
 */
final class HeaderValues {
  /** The WHATWG rule again: a Latin-1 encoded word may carry Windows-1252 punctuation. */
  private static final Map<Charset, Charset> OVERRIDES =
      Map.of(
          StandardCharsets.ISO_8859_1, TextDecoding.WINDOWS_1252,
          StandardCharsets.US_ASCII, TextDecoding.WINDOWS_1252);

  private HeaderValues() {}

  /** The value part of a raw field ({@code Name: value}), unfolded and charset-decoded. */
  static String rawValue(ByteSequence raw) {
    int length = raw.length();
    int colon = 0;
    while (colon < length && raw.byteAt(colon) != ':') {
      colon++;
    }
    byte[] out = new byte[Math.max(0, length - colon - 1)];
    int n = 0;
    for (int i = colon + 1; i < length; i++) {
      byte b = raw.byteAt(i);
      if (b != '\r' && b != '\n') {
        out[n++] = b;
      }
    }
    byte[] escaped = escapeRawBytesInWords(out, n);
    return escaped == null
        ? TextDecoding.detect(out, 0, n).strip()
        : TextDecoding.detect(escaped, 0, escaped.length).strip();
  }

  /**
   * Raw 8-bit bytes inside a Q encoded word (Outlook writes {@code =?iso-8859-1?Q?Fr\xf6sche?=},
   * stalwart legacy/009) become {@code =XX} escapes, so the word's own charset decodes them;
   * null when there is nothing to escape.
   */
  private static byte[] escapeRawBytesInWords(byte[] in, int n) {
    boolean eightBit = false;
    for (int i = 0; i < n && !eightBit; i++) {
      eightBit = in[i] < 0;
    }
    if (!eightBit) {
      return null;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(n + 16);
    // -1 outside a word; else the '?' seen: 1 after "=?", 2 after the charset, 3 in the text.
    int questionMarks = -1;
    for (int i = 0; i < n; i++) {
      byte b = in[i];
      if (questionMarks < 0) {
        if (b == '=' && i + 1 < n && in[i + 1] == '?') {
          questionMarks = 0;
        }
      } else if (b == '?') {
        questionMarks = questionMarks >= 3 && i + 1 < n && in[i + 1] == '=' ? -1 : questionMarks + 1;
      } else if (b == ' ' || b == '\t') {
        questionMarks = -1; // encoded words hold no white space: this was no word
      } else if (questionMarks == 3 && b < 0) {
        out.write('=');
        out.write(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.write(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        continue;
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  /** Decodes RFC 2047 encoded words; an unknown charset is read as windows-1252, never thrown. */
  static String decodeWords(String value) {
    if (value == null || value.indexOf("=?") < 0) {
      return value;
    }
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    int utf7 = lower.indexOf("=?utf-7?");
    if (utf7 >= 0) {
      int end = lower.indexOf("?=", utf7 + 10);
      if (end > 0) {
        String word = Utf7.decode(decodeKnown(value.substring(utf7, end + 2)));
        return decodeKnown(value.substring(0, utf7)) + word + decodeWords(value.substring(end + 2));
      }
    }
    return decodeKnown(value);
  }

  private static String decodeKnown(String value) {
    try {
      return DecoderUtil.decodeEncodedWords(
          value, DecodeMonitor.SILENT, TextDecoding.WINDOWS_1252, OVERRIDES);
    } catch (IllegalArgumentException e) {
      // Thrown for malformed words under a strict monitor only; keep the text as written.
      return value;
    }
  }

  /**
   * Re-reads a string whose chars are raw bytes (mime4j's parameter parser maps byte to char) as
   * text, for raw UTF-8 file names.
   */
  static String fromLatin1Chars(String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0xff) {
        return value; // already text (an RFC 2231 value decoded by its declared charset)
      }
    }
    byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
    return TextDecoding.detect(bytes, 0, bytes.length);
  }
}
