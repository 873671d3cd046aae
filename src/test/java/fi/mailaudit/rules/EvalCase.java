package fi.mailaudit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One hand-labelled pair of the evaluation set (src/test/resources/rules/eval/replies.tsv): the
 * customer message, the agent's reply (null = no reply) and the expected value per flag, as the
 * strings the rules put in their columns ("named", "true", "gracious", "2"); null = not applicable.
 */
record EvalCase(String id, String split, String firstName, String customer, String reply, Map<String, String> expected) {

  /** The labelled columns, in file order after the texts. */
  static final List<String> LABELS =
      List.of(
          RuleColumns.GREETING_KIND,
          RuleColumns.THANKS,
          RuleColumns.THANKS_FOR_CONTACT,
          RuleColumns.CUSTOMER_THANKED,
          RuleColumns.THANKS_RECEPTION,
          RuleColumns.QUESTIONS_ASKED,
          RuleColumns.QUESTIONS_ADDRESSED);

  static EvalCase parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 6 + LABELS.size()) {
      throw new IllegalArgumentException("expected " + (6 + LABELS.size()) + " fields, got " + f.length + ": " + line);
    }
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    for (int i = 0; i < LABELS.size(); i++) {
      String v = f[6 + i];
      expected.put(LABELS.get(i), v.equals("-") ? null : v);
    }
    return new EvalCase(f[0], f[1], dash(f[3]), unescape(f[4]), dash(unescape(f[5])), expected);
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

  static List<EvalCase> parseAll(List<String> lines) {
    List<EvalCase> out = new ArrayList<>();
    boolean header = true;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      out.add(parse(line));
    }
    return out;
  }
}
