package fi.mailaudit.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last guard before evidence is written (issue 4: "no password or customer address anywhere in
 * the output"; issue 6 item 3: nor phone numbers): e-mail addresses in evidence become {@value #MASK},
 * phone numbers {@value #PHONE_MASK}. The rules already mask passwords ({@code rules.Evidence}) and
 * the customer's name ({@code rules.NameMasking}); an agent's text may still quote the customer's
 * address ("lähetimme vahvistuksen osoitteeseen matti.virtanen@…") or number ("soitamme numeroon
 * 040 123 4567"), the customer's own thanks is quoted as evidence too, and the tables otherwise hold
 * customers only as pseudonyms (SPEC §6).
 */
final class EvidenceMasking {
  static final String MASK = "***@***";
  static final String PHONE_MASK = "[puhelinnumero]";
  /** Local part and domain around an '@'; evidence is cut at whole words, so an address is whole. */
  private static final Pattern ADDRESS =
      Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*");
  /**
   * Finnish numbers as people write them: "040 123 4567", "040-1234567", "+358 40 1234567",
   * "09-123 4567", "(09) 123 4567". A Finnish number starts with the trunk 0 or the country code,
   * which is what keeps dates ("31.3.2026"), sums ("1 234,50 €"), hours ("08:00-16:00") and
   * customer numbers (no leading 0) out: separators are only spaces and hyphens, never '.' or ','.
   */
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\p{N}+])(?:\\+358|00358|\\(?0)[ -]?\\(?\\d{1,3}\\)?(?:[ -]?\\d){5,8}(?![\\p{N}])");

  private EvidenceMasking() {}

  /** The text with every e-mail address and phone number masked; null stays null. */
  static String mask(String text) {
    if (text == null) {
      return null;
    }
    // Addresses first: a number inside one ("matti040@…") goes with the address.
    String masked = ADDRESS.matcher(text).replaceAll(MASK);
    return PHONE.matcher(masked).replaceAll(PHONE_MASK);
  }

  /** A copy of the evidence map with every value masked. */
  static Map<String, String> mask(Map<String, String> evidence) {
    Map<String, String> out = new LinkedHashMap<>();
    evidence.forEach((rule, text) -> out.put(rule, mask(text)));
    return out;
  }
}
