package fi.mailaudit.rules;

import fi.mailaudit.conversation.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Masks the customer's name in evidence (SPEC §3: customer names never reach the output in clear).
 * Finnish inflects names ("Maijan", and with consonant gradation "Matti" → "Matille"), so a word
 * counts as the name when it starts with the name, or with its weak grade, and goes on for at most
 * four more letters. That masks a surname such as "Mattila" too: for privacy, masking too much is
 * the safe side. The mask keeps the shape an auditor needs ("Hei [asiakas]," is still a named
 * greeting).
 */
final class NameMasking {
  static final String MASK = PersonalData.NAME_MASK;

  private NameMasking() {}

  /** The evidence with every form of {@code name} (and the surname after it) masked. */
  static Map<String, String> mask(Map<String, String> evidence, String name) {
    if (name == null || evidence.isEmpty()) {
      return evidence;
    }
    Map<String, String> out = new LinkedHashMap<>();
    evidence.forEach((rule, text) -> out.put(rule, PersonalData.maskName(text, name)));
    return out;
  }
}
