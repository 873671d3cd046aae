package fi.mailaudit.conversation;

import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.ParsedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The customer's first name, so the rules can tell a named greeting ("Hei Matti,") from a generic
 * one (seed 002 B1: "Hei!" or "Hyvä asiakkaamme" without the customer's name). Sources in order of
 * trust: the From display name ("Matti Meikäläinen", Outlook's "Meikäläinen Matti", "Meikäläinen,
 * Matti"), the customer's own signature ("Terveisin Matti", "t. Maija", "-Pekka"), and, as a weak
 * fallback, an address local part that clearly holds a known first name
 * ("matti.meikalainen@gmail.com"). Company and role names ("Asiakaspalvelu", "Kauppa Oy") give
 * none.
 */
public final class CustomerNameFinder {
  private static final PhraseList NON_PERSON = PhraseList.load("non-person-names");
  private static final PhraseList SURNAME_ENDINGS = PhraseList.load("surname-endings");

  // Compiled once: the finder runs for every customer message, and String.matches / split /
  // replaceAll compile their pattern on every call.
  private static final Pattern QUOTE_MARKS = Pattern.compile("[\"']");
  private static final Pattern BRACKETED = Pattern.compile("[(\\[].*?[)\\]]");
  private static final Pattern PARTS = Pattern.compile("[|/]");
  private static final Pattern DASHED = Pattern.compile("^[-–]\\s?\\p{L}.*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NAME_LINE = Pattern.compile("\\p{Lu}[\\p{L}'-]+(\\s+\\p{Lu}[\\p{L}'.-]*){0,3}");
  private static final Pattern LOCAL_PARTS = Pattern.compile("[._-]");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*\\p{L}");

  private CustomerNameFinder() {}

  /** The first name from display name, then signature, then address; null when none is clear. */
  public static String firstName(ParsedMessage message, BodySections sections) {
    Address from = message.from();
    String name = from == null ? null : fromDisplayName(from.name());
    if (name == null && sections != null) {
      name = fromSignature(sections);
    }
    if (name == null && from != null) {
      name = fromAddress(from.email());
    }
    return name;
  }

  /** The first name in a display name, or null for company / role names and unclear ones. */
  public static String fromDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank() || displayName.contains("@")) {
      return null;
    }
    // "Matti Meikäläinen | Kauppa Oy", "Matti Meikäläinen (Kauppa)": the person is the first part.
    String text =
        PARTS.split(BRACKETED.matcher(QUOTE_MARKS.matcher(displayName).replaceAll("")).replaceAll(" "))[0];
    if (NON_PERSON.foundIn(PhraseList.normalize(text)) != null) {
      return null;
    }
    int comma = text.indexOf(',');
    if (comma >= 0) {
      // Directory order "Meikäläinen, Matti": the given names follow the comma.
      List<String> given = words(text.substring(comma + 1));
      return given.isEmpty() ? null : capitalise(given.get(0));
    }
    List<String> words = words(text);
    if (words.isEmpty()) {
      return null;
    }
    String first = words.get(0);
    if (words.size() == 1) {
      return SignatureLines.isKnownName(first) ? capitalise(first) : null;
    }
    String last = words.get(words.size() - 1);
    boolean firstKnown = SignatureLines.isKnownName(first);
    boolean lastKnown = SignatureLines.isKnownName(last);
    if (lastKnown && !firstKnown) {
      return capitalise(last);
    }
    if (!firstKnown && !lastKnown && looksLikeSurname(first) && !looksLikeSurname(last)) {
      return capitalise(last);
    }
    return capitalise(first);
  }

  /** The name under the customer's own closing or dash ("Terveisin Matti", "-Pekka"), or null. */
  public static String fromSignature(BodySections sections) {
    String signature = sections.signature();
    if (signature == null) {
      return null;
    }
    String line = signature.lines().findFirst().orElse("").strip();
    boolean dashed = DASHED.matcher(line).matches();
    String bare = SignatureLines.withoutDash(line);
    String word = SPACES.split(bare)[0];
    boolean nameLine =
        NAME_LINE.matcher(bare).matches()
            || SignatureLines.isKnownName(bare);
    if (!nameLine || NON_PERSON.foundIn(PhraseList.normalize(bare)) != null) {
      return null;
    }
    // A lone capitalised word is a name only under a closing or a dash, or when it is a known name.
    boolean trusted = dashed || sections.closing() != null || SignatureLines.isKnownName(word);
    return trusted ? capitalise(word) : null;
  }

  /** A known first name as the first (or second) dot-separated part of a local part, or null. */
  public static String fromAddress(String email) {
    if (email == null || !email.contains("@")) {
      return null;
    }
    String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
    String[] parts = LOCAL_PARTS.split(local);
    for (int i = 0; i < Math.min(2, parts.length); i++) {
      for (String name : SignatureLines.FIRST_NAMES.phrases()) {
        if (name.length() > 2 && fold(name).equals(parts[i])) {
          return capitalise(name);
        }
      }
    }
    return null;
  }

  /** Words of letters only; initials ("M.") and stray symbols are dropped. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : SPACES.split(text.strip())) {
      if (WORD.matcher(w).matches()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean looksLikeSurname(String word) {
    String w = PhraseList.normalize(word);
    return SURNAME_ENDINGS.phrases().stream()
        .anyMatch(e -> w.endsWith(e) && w.length() > e.length() + 1);
  }

  /** "MATTI" and "matti" → "Matti"; "anna-liisa" → "Anna-Liisa". */
  static String capitalise(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-';
    }
    return out.toString();
  }

  /** Addresses are ASCII: "jyrki.kyosti" must find Kyösti. */
  private static String fold(String name) {
    return name.replace('ä', 'a').replace('ö', 'o').replace('å', 'a').replace('é', 'e');
  }
}
