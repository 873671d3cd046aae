package fi.mailaudit.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180: comma separated, fields optionally in double quotes, {@code ""}
 * an escaped quote). A roster is small and one row a line, so no multi-line fields.
 */
final class CsvLine {
  private CsvLine() {}

  static List<String> split(String line, Roster.Problem at) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw at.error("a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }
}
