package fi.mailaudit.rules;

import fi.mailaudit.conversation.BodySections;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A password sent in clear by the company (SPEC §5.5; seed 002 "Palautteeseen vastataan aina":
 * "Samassa viestissä kerrotaan käyttäjätunnuksen lisäksi salasana - mikä on aivan ääliömäinen
 * käytäntö … sain siitäkin sähköposti-ilmoituksen, jossa uusi salasanani oli luettavissa").
 *
 * <p>A value right after a password label ({@link PasswordMasking#labelled}) is a password when
 * it stands as a form field ("Salasana: aurinko", "Käyttäjätunnus: matti / Salasana: x7Gh2k") or,
 * after a copula ("Salasanasi on Kesä2026!"), when it looks like one: a digit, a capital, a symbol.
 * Prose keeps the flag off: "Salasanasi on vaihdettu", "Salasana: vähintään 8 merkkiä", "vaihda
 * salasanasi", "salasana-kenttään", "emme koskaan lähetä salasanaa sähköpostilla", a reset link.
 * The reply's whole own text counts, signature included (a generated mail may put the credentials
 * in a trailing block), but never the quoted history: a customer's own password quoted back is
 * not the company sending one. The evidence is masked; the password is never in the output.
 */
public final class PasswordRule implements Rule {
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,!?;:)]+$");
  private static final Pattern PLACEHOLDER = Pattern.compile("[xX*•.]{3,}");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
  private static final Pattern PUNCTUATION_FIRST = Pattern.compile("^[.,;!)].*");
  private static final Set<String> NOT_A_VALUE = RuleResources.words("password-not-a-value");
  private final Evidence evidence;

  public PasswordRule(Evidence evidence) {
    this.evidence = evidence;
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    String text = ownTextWithSignature(input.reply());
    for (PasswordMasking.Labelled value : PasswordMasking.labelled(text)) {
      if (isPassword(text, value)) {
        return RuleResult.EMPTY
            .with(RuleColumns.PASSWORD_IN_CLEAR, true)
            .withEvidence(RuleColumns.PASSWORD_IN_CLEAR, evidence.quote(text, value.start(), value.end()));
      }
    }
    return RuleResult.EMPTY.with(RuleColumns.PASSWORD_IN_CLEAR, false);
  }

  private static boolean isPassword(String text, PasswordMasking.Labelled value) {
    String raw = text.substring(value.start(), value.end());
    String word = TRAILING_PUNCTUATION.matcher(raw).replaceAll("");
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.isEmpty() || NOT_A_VALUE.contains(lower) || "([<*\"'…".indexOf(word.charAt(0)) >= 0
        || lower.startsWith("http") || lower.startsWith("www.") || PLACEHOLDER.matcher(word).matches()) {
      return false;
    }
    boolean looksSecret = !word.equals(lower) || !LETTERS.matcher(word).matches();
    if (value.explicit()) {
      // "Salasana: vähintään 8 merkkiä" is a rule about passwords: a plain word followed by more
      // words on its line is prose; "Salasana: aurinko" stands alone.
      return looksSecret || standsAlone(text, value.end());
    }
    return looksSecret;
  }

  /** Whether only punctuation, " / ", a line end or the text end follows the value. */
  private static boolean standsAlone(String text, int end) {
    String rest = text.substring(end);
    int line = rest.indexOf('\n');
    String tail = (line < 0 ? rest : rest.substring(0, line)).strip();
    return tail.isEmpty() || tail.startsWith("/") || tail.startsWith("|") || PUNCTUATION_FIRST.matcher(tail).matches();
  }

  private static String ownTextWithSignature(BodySections reply) {
    String own = OwnText.of(reply, true);
    return reply.signature() == null ? own : own + "\n\n" + reply.signature().strip();
  }
}
