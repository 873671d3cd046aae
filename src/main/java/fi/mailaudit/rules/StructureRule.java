package fi.mailaudit.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Structure, a completeness element of SPEC §5.3 (seed 004 "Jäsennelty": "Selkeytä tekstiä
 * listoilla. Numeroi asiakkaalta vaaditut toimenpiteet ja lisäkysymykset"; "Selkeä": "Lisää
 * kappalejako").
 *
 * <p>Two demands, each applicable on its own: a reply of more than {@value #LONG} sentences needs
 * at least two paragraphs; a reply that asks the customer for {@value #SEVERAL} or more things
 * (follow-up questions, imperatives, request frames of completeness-requests.txt; invitations to
 * get back are courtesy, not asks) needs them as a numbered or bulleted list of at least two items.
 * Null when neither applies; otherwise present when every applicable demand is met. A list of two
 * or more items makes the reply "several" by itself, since it lists steps.
 */
public final class StructureRule implements Rule {
  /** SPEC §5.3: paragraphs "in a reply of more than 4 sentences". */
  static final int LONG = 4;

  /** SPEC §5.3: numbered "when there are ≥ 2" required actions and follow-up questions. */
  static final int SEVERAL = 2;

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(\\d{1,2}[.)]|[-*•–])\\s+\\S");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private static final Set<String> IMPERATIVES = RuleResources.words("completeness-imperatives");

  private final FinnishText analysis;
  private final PhraseMatcher requests;
  private final InvitationRule invitation;
  private final Evidence evidence;
  private final ShortLines shortLines;

  public StructureRule(FinnishText analysis, InvitationRule invitation, Evidence evidence) {
    this.analysis = analysis;
    this.invitation = invitation;
    this.evidence = evidence;
    this.requests = PhraseMatcher.load("completeness-requests", analysis);
    this.shortLines = new ShortLines(analysis);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    String text = TrailingSignature.of(input.reply(), shortLines).newText();
    List<Sentence> sentences =
        analysis.sentences(text).stream()
            .filter(s -> !s.tokens().isEmpty() && !shortLines.isWishOrClosing(s))
            .toList();
    long items = text.lines().filter(l -> LIST_ITEM.matcher(l).find()).count();
    List<Sentence> asks = sentences.stream().filter(s -> asks(s) > 0).toList();
    int askCount = asks.stream().mapToInt(this::asks).sum();
    boolean isLong = sentences.size() > LONG;
    boolean several = askCount >= SEVERAL || items >= SEVERAL;
    if (!isLong && !several) {
      return RuleResult.EMPTY.with(RuleColumns.HAS_STRUCTURE, null);
    }
    int paragraphs = BLANK_LINE.split(text.strip()).length;
    boolean paragraphed = !isLong || paragraphs >= 2;
    boolean listed = !several || items >= SEVERAL;
    String why;
    if (!listed) {
      why = askCount + " asks not numbered: " + asks.get(0).text();
    } else if (!paragraphed) {
      why = sentences.size() + " sentences in one paragraph";
    } else {
      why =
          (several ? items + " list items" : "")
              + (several && isLong ? ", " : "")
              + (isLong ? paragraphs + " paragraphs for " + sentences.size() + " sentences" : "");
    }
    return RuleResult.EMPTY
        .with(RuleColumns.HAS_STRUCTURE, paragraphed && listed)
        .withEvidence(RuleColumns.HAS_STRUCTURE, evidence.of(why));
  }

  /**
   * How many things a sentence asks the customer to do or tell: its singular imperatives ("irrota
   * boksi, tarkista johto ja tee haku" asks three), else one for a question, a request frame or an
   * opening plural imperative ("Lähettäkää…"); 0 for an invitation to get back.
   */
  private int asks(Sentence s) {
    if (invitation.first(s.text()) != null) {
      return 0;
    }
    List<Token> tokens = s.tokens();
    int imperatives = (int) tokens.stream().filter(t -> IMPERATIVES.contains(t.surface())).count();
    if (imperatives > 0) {
      return imperatives;
    }
    String first = tokens.get(0).surface();
    if (first.chars().allMatch(Character::isDigit) && tokens.size() > 1) {
      first = tokens.get(1).surface(); // "1. Lähettäkää kuva"
    }
    String w = first.toLowerCase(Locale.ROOT);
    boolean pluralImperative = w.length() >= 6 && (w.endsWith("kaa") || w.endsWith("kää"));
    return analysis.isQuestion(s) || pluralImperative || !requests.find(s.text()).isEmpty() ? 1 : 0;
  }
}
