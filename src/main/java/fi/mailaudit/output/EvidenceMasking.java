package fi.mailaudit.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last guard before evidence is written (issue 4: "no password or customer address anywhere in
 * the output"): e-mail addresses in evidence are replaced by {@value #MASK}. The rules already mask
 * passwords ({@code rules.Evidence}); an agent's text may still quote the customer's address
 * ("lähetimme vahvistuksen osoitteeseen matti.virtanen@…") and the customer's own thanks is quoted
 * as evidence too, and the tables otherwise hold customers only as pseudonyms (SPEC §6).
 */
final class EvidenceMasking {
  static final String MASK = "***@***";
  /** Local part and domain around an '@'; evidence is cut at whole words, so an address is whole. */
  private static final Pattern ADDRESS =
      Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*");

  private EvidenceMasking() {}

  /** The text with every e-mail address masked; null stays null. */
  static String mask(String text) {
    return text == null ? null : ADDRESS.matcher(text).replaceAll(MASK);
  }

  /** A copy of the evidence map with every value masked. */
  static Map<String, String> mask(Map<String, String> evidence) {
    Map<String, String> out = new LinkedHashMap<>();
    evidence.forEach((rule, text) -> out.put(rule, mask(text)));
    return out;
  }
}
