package fi.mailaudit.parse.rfc822;

import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.MimeParameterMapping;

/**
 * The value and parameters of a Content-Type or Content-Disposition field. Parameters go through
 * mime4j's {@link MimeParameterMapping} for RFC 2231 ({@code filename*=utf-8''%C3%A4…} and
 * continuations); values that are raw 8-bit or RFC 2047 encoded (Outlook's habit, against RFC 2231)
 * are decoded as header text.
 */
final class PartParams {
  private final String value;
  private final MimeParameterMapping params;

  private PartParams(String value, MimeParameterMapping params) {
    this.value = value;
    this.params = params;
  }

  static PartParams of(Field field) {
    var raw = field.getRaw();
    int colon = 0;
    while (colon < raw.length() && raw.byteAt(colon) != ':') {
      colon++;
    }
    RawBody body =
        RawFieldParser.DEFAULT.parseRawBody(
            raw, new ParserCursor(Math.min(colon + 1, raw.length()), raw.length()));
    MimeParameterMapping params = new MimeParameterMapping();
    List<NameValuePair> pairs = body.getParams();
    for (NameValuePair pair : pairs) {
      if (pair.getName() != null && pair.getValue() != null) {
        params.addParameter(pair.getName().toLowerCase(Locale.ROOT), pair.getValue());
      }
    }
    String value = body.getValue() == null ? "" : body.getValue().strip();
    return new PartParams(value.toLowerCase(Locale.ROOT), params);
  }

  /** The field's value in lower case, e.g. {@code attachment} or {@code text/plain}. */
  String value() {
    return value;
  }

  /** A decoded parameter, null when absent or blank. */
  String param(String name) {
    String raw;
    try {
      raw = params.get(name);
    } catch (RuntimeException e) {
      // MimeParameterMapping throws on a broken RFC 2231 charset or percent escape; the raw
      // value is still the best name there is.
      raw = params.getParameters().get(name);
    }
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return HeaderValues.decodeWords(HeaderValues.fromLatin1Chars(raw)).strip();
  }
}
