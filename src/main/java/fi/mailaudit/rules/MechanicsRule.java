package fi.mailaudit.rules;

import fi.mailaudit.conversation.BodySections;
import java.util.regex.Pattern;

/**
 * Mechanics, a completeness element of SPEC §5.3 (seed 003: "Yritetään kirjoittaa viesteissä
 * siistiä äidinkieltä … Esim. pisteitä ja isoja alkukirjaimia osaa varmasti jokainen käyttää"; seed
 * 004 "Tarkista oikeinkirjoitus"): every sentence of the reply's new text starts with a capital
 * letter (or a digit) and ends with punctuation (. ! ? … or a colon that introduces a list or
 * link).
 *
 * <p>Exempt, because they are not sentences: greeting, wish, closing and signature (split off by
 * the conversation stage, or left in the text: {@link TrailingSignature}), list items, labelled
 * values ("Tilausnumero: 48213"), and a short wish or closing the splitter left in the text ("Hyvää
 * viikonloppua"). A sentence that ends in a link or an e-mail address need not end in a full stop
 * (a dot would break the link); an emoticon may stand after the punctuation or instead of it. The
 * rest of a greeting line ("Hei Matti, kiitos viestistä.") may start in lower case. When the reply
 * has no other sentence, a greeting or wish line of four or more words is judged as one; null when
 * there is nothing to judge.
 */
public final class MechanicsRule implements Rule {
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?]$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern CLOSING_QUOTES = Pattern.compile("[\"”’')\\]»]+$");
  /**
   * A greeting or wish line this long is a sentence of its own ("Kiitos itsellesi ja hyvää
   * kesää!").
   */
  private static final int MIN_LINE_SENTENCE_WORDS = 4;

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(\\d{1,2}[.)]|[-*•–])\\s+");

  /** "Tilausnumero: 48213", "Puh: 040 123 4567": a labelled value, not a sentence. */
  private static final Pattern DATA_LINE =
      Pattern.compile("^\\p{L}[\\p{L} .-]{0,30}:\\s*\\S[^.!?]{0,40}$");

  private static final Pattern LINK_END =
      Pattern.compile("(https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\w+)$");
  private static final Pattern TRAILING_EMOTICONS =
      Pattern.compile("(\\s*([:;=][-']?[)(DPp/|*]+|\\p{So}+|<3))+$");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s\"'”“(\\[«»]+");

  private final FinnishText analysis;
  private final ShortLines shortLines;
  private final Evidence evidence;

  public MechanicsRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    this.shortLines = new ShortLines(analysis);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    BodySections reply = input.reply();
    String text = TrailingSignature.of(reply, shortLines).newText();
    boolean greetingContinues =
        reply.greeting() != null && !ENDS_SENTENCE.matcher(reply.greeting().strip()).matches();
    int checked = 0;
    String shortLine = null;
    for (Sentence s : analysis.sentences(text)) {
      String line = s.text().strip();
      if (shortLine == null && !s.tokens().isEmpty() && shortLines.isWishOrClosing(s)) {
        shortLine = line;
      }
      if (s.tokens().isEmpty()
          || LIST_ITEM.matcher(line).find()
          || DATA_LINE.matcher(line).matches()
          || shortLines.isWishOrClosing(s)) {
        continue;
      }
      boolean continuesGreeting = greetingContinues && s.start() == firstNonSpace(text);
      checked++;
      if (!continuesGreeting && !startsWell(line) || !endsWell(line)) {
        return RuleResult.EMPTY
            .with(RuleColumns.HAS_MECHANICS, false)
            .withEvidence(RuleColumns.HAS_MECHANICS, evidence.of(line));
      }
    }
    if (checked == 0) {
      // "Kiitos itsellesi ja hyvää kesää!" alone: the stage took the only sentence as greeting or
      // wish.
      String only = shortLine != null ? shortLine : onlyLine(reply);
      if (WHITESPACE.split(only).length < MIN_LINE_SENTENCE_WORDS) {
        return RuleResult.EMPTY.with(RuleColumns.HAS_MECHANICS, null);
      }
      boolean ok = startsWell(only) && endsWell(only);
      return RuleResult.EMPTY
          .with(RuleColumns.HAS_MECHANICS, ok)
          .withEvidence(RuleColumns.HAS_MECHANICS, evidence.of(only));
    }
    return RuleResult.EMPTY
        .with(RuleColumns.HAS_MECHANICS, true)
        .withEvidence(
            RuleColumns.HAS_MECHANICS,
            checked + " sentences start with a capital and end with punctuation");
  }

  private static String onlyLine(BodySections reply) {
    String greeting = reply.greeting() == null ? "" : reply.greeting().strip();
    String wish = reply.wish() == null ? "" : reply.wish().strip();
    return greeting.length() >= wish.length() ? greeting : wish;
  }

  static boolean startsWell(String sentence) {
    String s = LEADING_MARKS.matcher(sentence).replaceFirst("");
    if (s.isEmpty() || s.startsWith("http") || s.startsWith("www.")) {
      return true;
    }
    int c = s.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c);
  }

  static boolean endsWell(String sentence) {
    String s = sentence.strip();
    if (TRAILING_EMOTICONS.matcher(s).find() || LINK_END.matcher(s).find()) {
      return true; // "Kiitos :)": an emoticon closes a sentence in e-mail; a dot would break a link
    }
    String t = CLOSING_QUOTES.matcher(s).replaceAll("");
    return !t.isEmpty() && ".!?…:".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static int firstNonSpace(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
