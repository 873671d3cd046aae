package fi.mailaudit.rules;

import fi.mailaudit.conversation.BodySections;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * B1 of the template bingo (seed 002, "Automaattivastausbingo": 'Aloitus on "Hei!" tai "Hyvä
 * asiakkaamme" ilman asiakkaan nimeä. Saat kaksi pistettä, jos aloitusta ei ole, vaan viesti alkaa
 * suoraan asian hoitamisella'). Reads the greeting line the conversation stage split off.
 *
 * <p>Named: after the salutation words stands the customer's first name (any case) or any
 * capitalised word that is not a generic addressee (greeting-generic.txt). A greeting with a
 * different name than the one the conversation stage found still counts as named: the seed's
 * complaint is the missing name, and the stage's name is a guess (display name, signature) that a
 * nickname or a second first name ("Hei Marja-Leena" to "Leena") would contradict. Generic: a
 * greeting line without a name ("Hei!", "Hyvä asiakkaamme", "Hei asiakas", "Arvoisa asiakas").
 * None: no greeting line; a first line that is only the customer's name ("Matti,") is a named
 * greeting the splitter could not know.
 */
public final class GreetingRule implements Rule {
  private static final Set<String> SALUTATIONS = RuleResources.words("greeting-salutations");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");
  /** A bare name line: "Matti," / "Maija!" / "Matti Meikäläinen,". */
  private static final Pattern NAME_LINE = Pattern.compile("^(\\p{Lu}[\\p{L}-]+)(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s*[,!]");

  private final FinnishText analysis;
  private final Set<String> genericStems;
  private final Evidence evidence;

  public GreetingRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    this.genericStems =
        RuleResources.words("greeting-generic").stream().map(analysis::stem).collect(Collectors.toSet());
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    BodySections reply = input.reply();
    GreetingKind kind = kind(reply, input.customerFirstName());
    String quoted = reply.greeting() != null ? reply.greeting() : firstLine(reply.newText());
    return RuleResult.EMPTY
        .with(RuleColumns.GREETING_KIND, kind.column())
        .with(RuleColumns.B1_POINTS, kind.bingoPoints())
        .withEvidence(RuleColumns.GREETING_KIND, evidence.of(quoted));
  }

  /** The greeting kind of a reply's sections for a customer with the given first name (or null). */
  public GreetingKind kind(BodySections reply, String customerFirstName) {
    String greeting = reply.greeting();
    if (greeting == null || greeting.isBlank()) {
      Matcher m = NAME_LINE.matcher(reply.newText().strip());
      boolean nameLine = m.find() && !isGeneric(m.group(1)) && !SALUTATIONS.contains(lower(m.group(1)))
          && (sameName(m.group(1), customerFirstName) || m.end() == firstLine(reply.newText()).length());
      return nameLine ? GreetingKind.NAMED : GreetingKind.NONE;
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(greeting);
    while (m.find()) {
      words.add(m.group());
    }
    int i = 0;
    while (i < words.size() && SALUTATIONS.contains(lower(words.get(i)))) {
      i++;
    }
    for (String word : words.subList(i, words.size())) {
      if (sameName(word, customerFirstName)) {
        return GreetingKind.NAMED;
      }
      if (Character.isUpperCase(word.charAt(0)) && !isGeneric(word) && !SALUTATIONS.contains(lower(word))) {
        return GreetingKind.NAMED;
      }
    }
    return GreetingKind.GENERIC;
  }

  private boolean isGeneric(String word) {
    return genericStems.contains(analysis.stem(lower(word)));
  }

  /** "Marja-Leena" matches a customer called "Marja-Leena" or "Leena"; case does not matter. */
  private static boolean sameName(String word, String firstName) {
    if (firstName == null || firstName.isBlank()) {
      return false;
    }
    String w = lower(word);
    String name = lower(firstName);
    return w.equals(name) || List.of(w.split("-")).contains(name) || List.of(name.split("-")).contains(w);
  }

  private static String firstLine(String text) {
    String stripped = text.strip();
    int nl = stripped.indexOf('\n');
    return nl < 0 ? stripped : stripped.substring(0, nl).strip();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
