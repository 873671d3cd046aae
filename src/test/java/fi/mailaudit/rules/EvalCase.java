package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One hand-labelled pair of the evaluation set (src/test/resources/rules/eval/replies.tsv): the
 * customer message, the agent's reply (null = no reply) and the expected value per flag, as the
 * strings the rules put in their columns ("named", "true", "gracious", "2"); null = not applicable.
 */
record EvalCase(
    String id,
    String split,
    String department,
    String firstName,
    String customer,
    String reply,
    Map<String, String> expected) {

  /** The text columns every evaluation file starts with; its label columns follow. */
  static final List<String> TEXT_COLUMNS =
      List.of("id", "split", "department", "customer_first_name", "customer", "reply");

  /** Parses one data line against its file's header (the label columns after the texts). */
  static EvalCase parse(String line, List<String> header) {
    String[] f = line.split("\t", -1);
    if (f.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " fields, got " + f.length + ": " + line);
    }
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    for (int i = TEXT_COLUMNS.size(); i < header.size(); i++) {
      expected.put(header.get(i), f[i].equals("-") ? null : f[i]);
    }
    return new EvalCase(f[0], f[1], f[2], dash(f[3]), unescape(f[4]), dash(unescape(f[5])), expected);
  }

  private static String dash(String s) {
    return s.equals("-") ? null : s;
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Parses one evaluation file: '#' comments, a header line naming the {@link #TEXT_COLUMNS} and
   * then the file's label columns (rule column names, see RuleColumns), then one pair a line.
   */
  static List<EvalCase> parseAll(List<String> lines) {
    List<EvalCase> out = new ArrayList<>();
    List<String> header = null;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header == null) {
        header = List.of(line.split("\t", -1));
        if (!header.subList(0, TEXT_COLUMNS.size()).equals(TEXT_COLUMNS)) {
          throw new IllegalArgumentException("an evaluation file must start with " + TEXT_COLUMNS + ": " + header);
        }
        continue;
      }
      out.add(parse(line, header));
    }
    return out;
  }
}
