package fi.mailaudit.conversation;

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
  /** PHONE needs the trunk 0 (or 358), one to three area digits and five to eight more. */
  public static final int MIN_PHONE_DIGITS = 7;
  /** What separates the words of a display name. */
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[^\\p{L}-]+");
  /**
   * Each name's pattern, compiled once per name and thread: a customer's name masks every piece
   * of evidence of each of their replies and each subject of their mail, and compiling it was most
   * of the cost. Per thread, because Spark runs many tasks in one JVM and the patterns need no
   * sharing; bounded, because an archive has millions of names.
   */
  private static final ThreadLocal<NamePatterns> NAME_PATTERNS =
      ThreadLocal.withInitial(() -> new NamePatterns(NamePatterns.DEFAULT_CAPACITY));

  private PersonalData() {}

  /** The text with every e-mail address and phone number masked; null stays null. */
  public static String maskContacts(String text) {
    if (text == null) {
      return null;
    }
    // Addresses first: a number inside one ("matti040@…") goes with the address. Most texts have
    // no '@' and too few digits for a number, so the patterns only run where they could match.
    String masked = text.indexOf('@') < 0 ? text : ADDRESS.matcher(text).replaceAll(ADDRESS_MASK);
    return asciiDigits(masked) < MIN_PHONE_DIGITS ? masked : PHONE.matcher(masked).replaceAll(PHONE_MASK);
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
    Pattern forms = NAME_PATTERNS.get().forName(name.strip());
    return forms.matcher(text).replaceAll(Matcher.quoteReplacement(NAME_MASK));
  }

  /** The pattern of a (stripped) name's forms: the name or its weak grade, an ending, a surname. */
  static Pattern nameForms(String strong) {
    return Pattern.compile("(?<![\\p{L}])(" + Pattern.quote(strong) + "|" + Pattern.quote(weakGrade(strong))
        + ")\\p{L}{0," + MAX_ENDING + "}(?![\\p{L}])" + SURNAME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The text with every word of a display name ("Virtanen Matti", "Matti Virtanen") masked. */
  public static String maskNames(String text, String displayName) {
    if (text == null || displayName == null) {
      return text;
    }
    String masked = text;
    for (String word : NAME_SEPARATORS.split(displayName)) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        masked = maskName(masked, word);
      }
    }
    return masked;
  }

  /** How many of the characters are {@code 0}–{@code 9} (what the regex {@code \d} matches). */
  public static int asciiDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
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
