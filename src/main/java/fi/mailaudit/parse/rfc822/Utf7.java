package fi.mailaudit.parse.rfc822;

import java.util.Base64;

/**
 * UTF-7 (RFC 2152), which Java has no charset for but Outlook 2000 wrote into subjects and bodies
 * ({@code =?utf-7?Q?Fr+APY-sche?=}, stalwart legacy/001). Runs of {@code +base64-} are modified
 * base64 of UTF-16BE; {@code +-} is a literal plus; everything else is ASCII as is.
 */
final class Utf7 {
  private Utf7() {}

  static boolean isUtf7(String charsetName) {
    return charsetName != null
        && (charsetName.equalsIgnoreCase("utf-7") || charsetName.equalsIgnoreCase("utf7"));
  }

  static String decode(String ascii) {
    int plus = ascii.indexOf('+');
    if (plus < 0) {
      return ascii;
    }
    StringBuilder out = new StringBuilder(ascii.length());
    int i = 0;
    while (plus >= 0) {
      out.append(ascii, i, plus);
      int end = plus + 1;
      while (end < ascii.length() && isBase64(ascii.charAt(end))) {
        end++;
      }
      if (end == plus + 1) {
        out.append('+'); // "+-" is a literal plus; a lone "+" is kept as written
      } else {
        out.append(utf16(ascii.substring(plus + 1, end)));
      }
      i = end < ascii.length() && ascii.charAt(end) == '-' ? end + 1 : end;
      plus = ascii.indexOf('+', i);
    }
    return out.append(ascii, i, ascii.length()).toString();
  }

  private static String utf16(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64.substring(0, base64.length() / 4 * 4)
        + switch (base64.length() % 4) {
          case 2 -> base64.substring(base64.length() - 2) + "==";
          case 3 -> base64.substring(base64.length() - 3) + "=";
          default -> "";
        });
    return new String(bytes, 0, bytes.length & ~1, java.nio.charset.StandardCharsets.UTF_16BE);
  }

  private static boolean isBase64(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
        || c == '/';
  }
}
