package fi.mailaudit.parse.msg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * The RFC 5322 header block Outlook keeps of a received message (PR_TRANSPORT_MESSAGE_HEADERS, or
 * the {@code __substg1.0_007D} stream of a MSG file), split into fields. Values are kept both raw,
 * for the address and message-id parsers that must see the undecoded syntax, and decoded (RFC 2047)
 * for the {@code headers} map of the parsed message.
 */
final class TransportHeaders {
  static final TransportHeaders EMPTY = new TransportHeaders(Map.of());

  private final Map<String, List<String>> raw;

  private TransportHeaders(Map<String, List<String>> raw) {
    this.raw = raw;
  }

  /**
   * Parses a header block. Lines before the first field (POI's MSG headers start with "Microsoft
   * Mail Internet Headers Version 2.0") and anything after the first empty line are ignored.
   */
  static TransportHeaders parse(String block) {
    if (block == null || block.isBlank()) {
      return EMPTY;
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    String name = null;
    StringBuilder value = new StringBuilder();
    for (String line : block.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
      if (continuation) {
        // RFC 5322 §2.2.3: unfolding removes the CRLF before the white space, nothing else.
        if (name != null) {
          value.append(line);
        }
        continue;
      }
      add(fields, name, value);
      name = null;
      value.setLength(0);
      if (line.isEmpty()) {
        if (!fields.isEmpty()) {
          break;
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().indexOf(' ') < 0) {
        name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        value.append(line, colon + 1, line.length());
      }
    }
    add(fields, name, value);
    return new TransportHeaders(fields);
  }

  private static void add(Map<String, List<String>> fields, String name, CharSequence value) {
    if (name != null && !name.isEmpty()) {
      fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value.toString().strip());
    }
  }

  boolean isEmpty() {
    return raw.isEmpty();
  }

  boolean has(String name) {
    return raw.containsKey(name);
  }

  /** The first raw (undecoded) value of a lower-case field name, or null. */
  String firstRaw(String name) {
    List<String> values = raw.get(name);
    return values == null ? null : values.get(0);
  }

  /** Every raw value of a field, joined with ", " as RFC 5322 allows for address lists. */
  String joinedRaw(String name) {
    List<String> values = raw.get(name);
    return values == null ? null : String.join(", ", values);
  }

  /** All fields with RFC 2047 encoded words decoded, in order of appearance. */
  Map<String, List<String>> decoded() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    raw.forEach(
        (name, values) -> {
          List<String> decoded = new ArrayList<>(values.size());
          values.forEach(v -> decoded.add(decode(v)));
          out.put(name, Collections.unmodifiableList(decoded));
        });
    return out;
  }

  static String decode(String value) {
    return value == null ? null : DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
  }
}
