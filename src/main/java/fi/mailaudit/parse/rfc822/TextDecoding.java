package fi.mailaudit.parse.rfc822;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Bytes to text for header values and body parts. Mail lies about its charset: an undeclared or
 * us-ascii part often holds raw UTF-8 (RFC 6532) or Windows-1252 bytes, so those are detected by
 * UTF-8 validity instead of trusted. iso-8859-1 and us-ascii are read as windows-1252, the WHATWG
 * Encoding Standard's rule, because Outlook writes ” (0x94) and € (0x80) under those labels.
 */
final class TextDecoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /** Decodes a part's bytes by its declared charset name (may be null or unknown). */
  static String decode(byte[] bytes, int length, String declaredCharset) {
    if (Utf7.isUtf7(declaredCharset)) {
      return Utf7.decode(new String(bytes, 0, length, StandardCharsets.ISO_8859_1));
    }
    Charset declared = lookup(declaredCharset);
    if (declared == null || declared.equals(StandardCharsets.US_ASCII)) {
      return detect(bytes, 0, length);
    }
    return new String(bytes, 0, length, declared);
  }

  /** UTF-8 when the bytes are valid UTF-8, else windows-1252; pure ASCII takes the cheap path. */
  static String detect(byte[] bytes, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (bytes[i] < 0) {
        Charset charset = isValidUtf8(bytes, i, end) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new String(bytes, offset, length, charset);
      }
    }
    return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
  }

  /** Java's charset for a MIME name, with the WHATWG Latin-1 rule; null when unknown. */
  static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      Charset charset = Charset.forName(name.strip());
      return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // An unknown label is common in spam and old mailers; detection below takes over.
      return null;
    }
  }

  /** Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
  static boolean isValidUtf8(byte[] b, int from, int end) {
    int i = from;
    while (i < end) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int extra;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        extra = 1;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        extra = 2;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        extra = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + extra >= end) {
        return false;
      }
      int cp = c & (0x3f >> extra);
      for (int k = 1; k <= extra; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          return false;
        }
        cp = cp << 6 | cc & 0x3f;
      }
      if (cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) {
        return false;
      }
      i += extra + 1;
    }
    return true;
  }
}
