package fi.mailaudit.output;

import fi.mailaudit.conversation.PersonalData;

import java.util.LinkedHashMap;
import java.util.Map;

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
  static final String MASK = PersonalData.ADDRESS_MASK;
  static final String PHONE_MASK = PersonalData.PHONE_MASK;

  private EvidenceMasking() {}

  /** The text with every e-mail address and phone number masked; null stays null. */
  static String mask(String text) {
    return PersonalData.maskContacts(text);
  }

  /** A copy of the evidence map with every value masked. */
  static Map<String, String> mask(Map<String, String> evidence) {
    Map<String, String> out = new LinkedHashMap<>();
    evidence.forEach((rule, text) -> out.put(rule, mask(text)));
    return out;
  }
}
