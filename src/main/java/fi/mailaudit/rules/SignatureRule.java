package fi.mailaudit.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Signature, a completeness element of SPEC §5.3 ("the writer's name, and a role or contact line";
 * seed 003 §5 "Sähköpostin allekirjoitus": name, "markkinointi- ja viestintäpäällikkö", phone,
 * e-mail). Always applicable.
 *
 * <p>Reads the signature the conversation stage split off (the lines after the closing, or a
 * trailing name / title / phone block). Present when its first line is a person's name (one to four
 * capitalised words, none of them a role word) and some line, or the rest of the name line after
 * "/" or ",", is a role or contact: a word of completeness-signature-roles.txt (whole or as a
 * compound's end: "asiakaspalvelu", "myyntipäällikkö"), a company form (Oy, Ab, Ky, ry), a phone
 * number, an e-mail or web address. "Liisa" alone, or "Asiakaspalvelu" alone, is not a signature:
 * the first names nobody's role, the second nobody.
 */
public final class SignatureRule implements Rule {
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[/,|]\\s*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Set<String> ROLES = RuleResources.words("completeness-signature-roles");
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}");

  /** A phone number, e-mail or web address, or a company form: a contact line. */
  static final Pattern CONTACT =
      Pattern.compile(
          "(?i)(\\+?\\d[\\d"
              + " ()-]{6,}\\d|[\\w.+-]+@[\\w-]+\\.[\\w.]+|www\\.|https?://|\\b(oy|oyj|ab|ky|ry|tmi|ltd)\\b)");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern LEAD = Pattern.compile("^[\\s\\-–—/]+");

  private final Evidence evidence;
  private final ShortLines shortLines;

  public SignatureRule(FinnishText analysis, Evidence evidence) {
    this.evidence = evidence;
    this.shortLines = new ShortLines(analysis);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    String found = TrailingSignature.of(input.reply(), shortLines).signature();
    String signature = found == null ? "" : found;
    boolean present = isSignature(signature);
    RuleResult result = RuleResult.EMPTY.with(RuleColumns.HAS_SIGNATURE, present);
    return signature.isEmpty()
        ? result
        : result.withEvidence(
            RuleColumns.HAS_SIGNATURE, evidence.of(signature.replace("\n", " / ")));
  }

  /** Whether a signature block holds the writer's name and a role or contact line. */
  static boolean isSignature(String signature) {
    if (signature.isBlank()) {
      return false;
    }
    String[] lines = signature.split("\n");
    String first = LEAD.matcher(lines[0].strip()).replaceFirst("");
    String[] nameAndRest = NAME_SEPARATOR.split(first, 2);
    String name = nameAndRest[0].strip();
    if (isRoleThenName(name)) {
      return true; // "farmaseutti Laura Niemi": role and name on one line
    }
    if (!NAME.matcher(name).matches() || hasRole(name) || CONTACT.matcher(name).find()) {
      return false;
    }
    if (nameAndRest.length > 1 && isRoleOrContact(nameAndRest[1])) {
      return true;
    }
    for (int i = 1; i < lines.length; i++) {
      if (isRoleOrContact(lines[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRoleOrContact(String line) {
    return CONTACT.matcher(line).find() || hasRole(line);
  }

  static boolean hasRole(String line) {
    var m = WORD.matcher(line);
    while (m.find()) {
      if (isRole(m.group())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "farmaseutti Laura Niemi", "Myyjä Jere Virta": a title, then a name. The title comes first and
   * is lower case or followed by two names, so team and shop names ("Pankin asiakaspalvelu",
   * "IT-tuki", "Kirjakauppa Sivu") are not read as a person.
   */
  private static boolean isRoleThenName(String line) {
    String[] words = WHITESPACE.split(line.strip());
    if (words.length < 2
        || !isRole(words[0])
        || hasRole(String.join(" ", List.of(words).subList(1, words.length)))) {
      return false;
    }
    String rest = String.join(" ", List.of(words).subList(1, words.length));
    boolean lowerTitle = Character.isLowerCase(words[0].charAt(0));
    return NAME.matcher(rest).matches() && (lowerTitle || words.length >= 3);
  }

  private static boolean isRole(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String role : ROLES) {
      if (w.equals(role) || w.endsWith(role) && w.length() > role.length() + 2) {
        return true;
      }
    }
    return false;
  }
}
