package fi.mailaudit.rules;

import fi.mailaudit.conversation.AutoReply;
import java.util.List;

/**
 * Quality of an automatic reply (seed 003 §3 "Automaattinen vastaajaviesti: Alkutervehdys; Kiitetään
 * viestistä; Lisätään info poissaolosta sekä töihin paluusta; Kerrotaan, kehen otetaan yhteyttä
 * poissaolon aikana"; SPEC §5.3 end). Applies only to replies the conversation stage marked as
 * automatic replies ({@link ReplyInput#isAutoReply}); other replies get no auto-reply columns.
 *
 * <p>Elements: {@code auto_reply_greeting} (an opening greeting line), {@code auto_reply_thanks}
 * (thanks.txt, as for human replies), {@code auto_reply_absence} (an absence phrase and a return
 * date or weekday: "lomalla 31.7.2022 asti", "palaan maanantaina"), {@code auto_reply_contact}
 * (whom to contact instead). Absence and contact apply to out-of-office replies only; for an
 * acknowledgement ("Olemme vastaanottaneet viestisi") they are null (not applicable) and {@code
 * auto_reply_elements} counts the two that apply.
 */
public final class AutoReplyQualityRule implements Rule {
  private final FinnishText analysis;
  private final PhraseMatcher thanks;
  private final PhraseMatcher absence;
  private final PhraseMatcher contact;
  private final DeadlineFinder dates = new DeadlineFinder();
  private final Evidence evidence;

  public AutoReplyQualityRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    this.thanks = PhraseMatcher.load("thanks", analysis);
    this.absence = PhraseMatcher.load("auto-reply-absence", analysis);
    this.contact = PhraseMatcher.load("auto-reply-contact", analysis);
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply() || !input.isAutoReply()) {
      return RuleResult.EMPTY;
    }
    String text = OwnText.of(input.reply(), true);
    String greeting = input.reply().greeting();
    RuleResult r = RuleResult.EMPTY.with(RuleColumns.AUTO_REPLY_GREETING, greeting != null)
        .withEvidence(RuleColumns.AUTO_REPLY_GREETING, evidence.of(greeting));
    PhraseMatch thanked = thanks.first(text);
    r = r.with(RuleColumns.AUTO_REPLY_THANKS, thanked != null);
    int present = (greeting != null ? 1 : 0) + (thanked != null ? 1 : 0);
    if (thanked != null) {
      r = r.withEvidence(RuleColumns.AUTO_REPLY_THANKS, evidence.quote(text, thanked));
    }
    if (input.autoReply().kind() != AutoReply.Kind.OUT_OF_OFFICE) {
      return r.with(RuleColumns.AUTO_REPLY_ABSENCE, null).with(RuleColumns.AUTO_REPLY_CONTACT, null)
          .with(RuleColumns.AUTO_REPLY_ELEMENTS, present);
    }
    PhraseMatch away = absence.first(text);
    String returnDate = away == null ? null : returnDate(text);
    PhraseMatch instead = contact.first(text);
    r = r.with(RuleColumns.AUTO_REPLY_ABSENCE, returnDate != null)
        .with(RuleColumns.AUTO_REPLY_CONTACT, instead != null);
    if (returnDate != null) {
      present++;
      r = r.withEvidence(RuleColumns.AUTO_REPLY_ABSENCE, evidence.of(away.text() + " … " + returnDate));
    }
    if (instead != null) {
      present++;
      r = r.withEvidence(RuleColumns.AUTO_REPLY_CONTACT, evidence.quote(text, instead));
    }
    return r.with(RuleColumns.AUTO_REPLY_ELEMENTS, present);
  }

  /** The first date or weekday of the text, as written; null when it names none. */
  private String returnDate(String text) {
    for (Sentence s : analysis.sentences(text)) {
      DeadlineFinder.Found d = dates.find(s.text());
      if (d != null && List.of(Deadline.Kind.DATE, Deadline.Kind.WEEKDAY, Deadline.Kind.NEXT_WEEK_DAY,
          Deadline.Kind.TOMORROW, Deadline.Kind.DAY_AFTER_TOMORROW, Deadline.Kind.NEXT_WEEK,
          Deadline.Kind.START_OF_NEXT_WEEK).contains(d.deadline().kind())) {
        return s.text().substring(d.start(), d.end());
      }
    }
    return null;
  }
}
