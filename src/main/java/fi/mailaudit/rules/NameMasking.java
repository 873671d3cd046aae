package fi.mailaudit.rules;

import java.util.LinkedHashMap;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the customer's name in evidence (SPEC §3: customer names never reach the output in clear).
 * Finnish inflects names ("Maijan", and with consonant gradation "Matti" → "Matille"), so a word
 * counts as the name when it starts with the name, or with its weak grade, and goes on for at most
 * four more letters. That masks a surname such as "Mattila" too: for privacy, masking too much is
 * the safe side. The mask keeps the shape an auditor needs ("Hei [asiakas]," is still a named
 * greeting).
 */
final class NameMasking {
  static final String MASK = "[asiakas]";
  /** Names shorter than this ("Aa") would mask ordinary words. */
  private static final int MIN_NAME = 3;
  private static final int MAX_ENDING = 4;
  /**
   * A capitalised word right after the first name, on the same line, is the surname ("Hei Matti
   * Virtanen," in a greeting, "Matti Virtanen" under the customer's own thanks): issue 6 item 3 says
   * names, not first names, and the first name alone would leave "[asiakas] Virtanen". Case is
   * matched exactly here ({@code (?-i)}), so "Matti soitti" keeps its verb; a double-barrelled
   * surname ("Virtanen-Korhonen") goes whole.
   */
  private static final String SURNAME = "(?-i:(?:[ \\u00A0]+\\p{Lu}\\p{L}*(?:-\\p{Lu}\\p{L}*)?)?)";

  private NameMasking() {}

  /** "Matti" → "Mati", "Jukka" → "Juka", "Pekka" → "Peka": the grade of "Matille", "Jukalle". */
  static String weakGrade(String name) {
    int n = name.length();
    if (n >= 4 && "kpt".indexOf(name.charAt(n - 2)) >= 0 && name.charAt(n - 3) == name.charAt(n - 2)) {
      return name.substring(0, n - 2) + name.charAt(n - 1);
    }
    return name;
  }

  /** The evidence with every form of {@code name} masked; unchanged when the name is unknown. */
  static Map<String, String> mask(Map<String, String> evidence, String name) {
    if (name == null || name.strip().length() < MIN_NAME || evidence.isEmpty()) {
      return evidence;
    }
    String strong = name.strip();
    Pattern forms = Pattern.compile("(?<![\\p{L}])(" + Pattern.quote(strong) + "|" + Pattern.quote(weakGrade(strong))
            + ")\\p{L}{0," + MAX_ENDING + "}(?![\\p{L}])" + SURNAME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Map<String, String> out = new LinkedHashMap<>();
    evidence.forEach((rule, text) -> out.put(rule, text == null ? null : forms.matcher(text).replaceAll(Matcher.quoteReplacement(MASK))));
    return out;
  }

}
