package fi.mailaudit.rules;

import fi.mailaudit.conversation.BodySections;
import java.util.List;
import java.util.Set;

/**
 * Thanks and thanks for the contact (SPEC §5.2; seed 000 "Mielestäni yritysten tulisi kiittää aina
 * asiakastaan … Oli se sitten kysymys, tarjouspyyntö tai palvelun hankinta"; seed 003 "Kiitetään
 * tarvittaessa asiakkaan (ensimmäisestä) viestistä", "Kiitos viestistänne", "Kiitos
 * ehdotuksestanne").
 *
 * <p>Only the agent's own text counts: greeting, new text, wish and closing ("Yhteistyöstä
 * kiittäen" thanks), never the quoted history or the signature. Thanks for the contact implies
 * thanks. The near misses of thanks.txt drop seed 001's "Ei kestä kiittää", the refusal "Ei kiitos"
 * and talk about thanks ("kiitos ei riitä").
 */
public final class ThanksRule implements Rule {
  /** Words that leave a thanks sentence bare: "Kiitos paljon!", "Kiitti tosi paljon!". */
  private static final Set<String> INTENSIFIERS =
      Set.of("paljon", "tosi", "todella", "kovasti", "jo", "etukäteen", "suuri", "iso", "ja", "vaan", "vain");
  private final FinnishText analysis;
  private final PhraseMatcher thanks;
  private final PhraseMatcher forContact;
  private final PhraseMatcher inAdvance;
  private final Evidence evidence;

  public ThanksRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    this.thanks = PhraseMatcher.load("thanks", analysis);
    this.forContact = PhraseMatcher.load("thanks-for-contact", analysis);
    this.inAdvance = PhraseMatcher.load("thanks-in-advance", analysis);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    String text = OwnText.of(input.reply(), true);
    List<Token> tokens = analysis.tokens(text);
    List<PhraseMatch> any = thanks.find(text, tokens);
    // Thanks for the contact must also be thanks, so "Ei kiitos, tilauksesta puuttuu" stays out.
    List<PhraseMatch> contact =
        forContact.find(text, tokens).stream()
            .filter(c -> any.stream().anyMatch(t -> c.overlaps(t.start(), t.end())))
            .toList();
    RuleResult result =
        RuleResult.EMPTY
            .with(RuleColumns.THANKS, !any.isEmpty())
            .with(RuleColumns.THANKS_FOR_CONTACT, !contact.isEmpty());
    if (!any.isEmpty()) {
      PhraseMatch shown = contact.isEmpty() ? any.get(0) : contact.get(0);
      result = result.withEvidence(RuleColumns.THANKS, evidence.quote(text, shown));
    }
    if (!contact.isEmpty()) {
      result = result.withEvidence(RuleColumns.THANKS_FOR_CONTACT, evidence.quote(text, contact.get(0)));
    }
    return result;
  }

  /**
   * The first thanks a customer gives the company in their own new text, or null (seed 001): the
   * closing ("Kiittäen") and thanks in advance ("Kiitos jo etukäteen avusta") are courtesy of a
   * request, not thanks for service, and do not count.
   */
  PhraseMatch customerThanks(BodySections customerMessage) {
    String text = OwnText.of(customerMessage, false);
    List<Token> tokens = analysis.tokens(text);
    List<PhraseMatch> advance = inAdvance.find(text, tokens);
    List<Sentence> sentences = analysis.sentences(text);
    for (PhraseMatch m : thanks.find(text, tokens)) {
      if (advance.stream().noneMatch(a -> m.overlaps(a.start(), a.end()))
          && !bareThanksAfterQuestion(m, sentences)) {
        return m;
      }
    }
    return null;
  }

  /**
   * "Voitko tarkistaa? Kiitti!": a thanks sentence with nothing but the thanks in it, after a
   * question, thanks for the answer to come, as "kiitos etukäteen" does; it is no thanks for
   * service given (seed 001). "Paketti tuli. Kiitos!" has no question before it and counts.
   */
  private boolean bareThanksAfterQuestion(PhraseMatch m, List<Sentence> sentences) {
    boolean questionBefore = false;
    for (Sentence s : sentences) {
      if (s.end() <= m.start()) {
        questionBefore |= analysis.isQuestion(s);
        continue;
      }
      if (s.start() > m.start()) {
        break;
      }
      boolean bare =
          s.tokens().stream()
              .allMatch(t -> m.overlaps(t.start(), t.end()) || INTENSIFIERS.contains(t.surface()));
      return bare && questionBefore;
    }
    return false;
  }

  /** Customer text as matched by {@link #customerThanks}, for evidence. */
  static String customerText(BodySections customerMessage) {
    return OwnText.of(customerMessage, false);
  }
}
