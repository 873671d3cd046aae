package fi.mailaudit.conversation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks a customer's personal data in text that must be written in clear otherwise: rule evidence
 * and the subject of a message (SPEC §3: customer addresses and names never appear in clear; issue
 * 6 item 3: nor phone numbers). One place, used by the conversation stage (subjects), the rules
 * (names in evidence) and the output stage (addresses and numbers in evidence).
 */
public final class PersonalData {
  public static final String ADDRESS_MASK = "***@***";
  public static final String PHONE_MASK = "[puhelinnumero]";
  public static final String NAME_MASK = "[asiakas]";

  /** Local part and domain around an '@'. */
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
  /** Names shorter than this ("Aa") would mask ordinary words. */
  private static final int MIN_NAME = 3;
  /** Finnish case endings on a name: "Maijan", "Matille", "Virtaselle". */
  private static final int MAX_ENDING = 4;
  /**
   * A capitalised word right after the name, on the same line, is the surname ("Hei Matti
   * Virtanen,"). Case is matched exactly ({@code (?-i)}), so "Matti soitti" keeps its verb; a
   * double-barrelled surname ("Virtanen-Korhonen") goes whole.
   */
  private static final String SURNAME = "(?-i:(?:[ \\u00A0]+\\p{Lu}\\p{L}*(?:-\\p{Lu}\\p{L}*)?)?)";

  private PersonalData() {}

  /** The text with every e-mail address and phone number masked; null stays null. */
  public static String maskContacts(String text) {
    if (text == null) {
      return null;
    }
    // Addresses first: a number inside one ("matti040@…") goes with the address.
    return PHONE.matcher(ADDRESS.matcher(text).replaceAll(ADDRESS_MASK)).replaceAll(PHONE_MASK);
  }

  /**
   * The text with every form of {@code name} masked, with the surname that follows it: a word that
   * starts with the name or its weak grade ("Matti" → "Matille") and goes on for at most four more
   * letters. That masks "Mattila" too: for privacy, masking too much is the safe side.
   */
  public static String maskName(String text, String name) {
    if (text == null || name == null || name.strip().length() < MIN_NAME) {
      return text;
    }
    String strong = name.strip();
    Pattern forms = Pattern.compile("(?<![\\p{L}])(" + Pattern.quote(strong) + "|" + Pattern.quote(weakGrade(strong))
        + ")\\p{L}{0," + MAX_ENDING + "}(?![\\p{L}])" + SURNAME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return forms.matcher(text).replaceAll(Matcher.quoteReplacement(NAME_MASK));
  }

  /** The text with every word of a display name ("Virtanen Matti", "Matti Virtanen") masked. */
  public static String maskNames(String text, String displayName) {
    if (text == null || displayName == null) {
      return text;
    }
    String masked = text;
    for (String word : List.of(displayName.split("[^\\p{L}-]+"))) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        masked = maskName(masked, word);
      }
    }
    return masked;
  }

  /** "Matti" → "Mati", "Jukka" → "Juka", "Pekka" → "Peka": the grade of "Matille", "Jukalle". */
  static String weakGrade(String name) {
    int n = name.length();
    if (n >= 4 && "kpt".indexOf(name.charAt(n - 2)) >= 0 && name.charAt(n - 3) == name.charAt(n - 2)) {
      return name.substring(0, n - 2) + name.charAt(n - 1);
    }
    return name;
  }
}
