package fi.mailaudit.rules;

import fi.mailaudit.conversation.BodySections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B3 of the template bingo (seed 002, "Automaattivastausbingo": "Asiakkaan tyyliä ei huomioida.
 * Rentoa asiakasta teititellään tai virallista sinutellaan."). Reports {@code reply_register},
 * {@code customer_register} and {@code b3_points} (1 on a mismatch, 0 on a match, null when either
 * side is unknown: SPEC §5.1 "Unknown register → B3 not applicable").
 *
 * <p>The reply: formal when it addresses the reader in the plural more often than in the singular,
 * informal in the opposite case, unknown when it does neither or both equally ({@link
 * RegisterMarkers}; passives such as "laskun voi maksaa" count for neither).
 *
 * <p>The customer: informal (the seed's "rento") on any colloquial word or emoticon
 * (customer-relaxed.txt: moi, mä, kiitti, :) ) or on sinuttelu ("voitko tarkistaa"); else formal on
 * a business-letter salutation or closing (customer-formal.txt: "Arvoisa", "Hyvä asiakaspalvelu",
 * "Kunnioittavasti") or a signature with the full name. A customer's plural ("Voisitteko te
 * tarkistaa") is no signal when the message greets nobody by name: written to a company, "te" means
 * the company, many people, not politeness to one. Only a plural to a named person ("Hei Liisa,
 * voisitteko…") is teitittely. Colloquial words win over a formal closing, because the seed asks
 * how the customer writes, and "Moi! … Ystävällisin terveisin" is a relaxed writer's habit.
 */
public final class RegisterRule implements Rule {
  private static final Pattern EMOTICON =
      Pattern.compile("(?<![\\w/])[:;=]-?[)D(Pp](?!\\w)|<3|[\\x{1F600}-\\x{1F64F}\\x{1F44D}\\x{1F60A}\\x{2764}]");
  /** "Matti Meikäläinen", "Anna-Liisa Korhonen": a first and a last name on one line. */
  private static final Pattern FULL_NAME =
      Pattern.compile("(?m)^\\s*\\p{Lu}[\\p{L}-]+\\s+\\p{Lu}[\\p{L}-]+\\s*$");

  private final FinnishText analysis;
  private final Evidence evidence;
  private final RegisterMarkers markers = new RegisterMarkers();
  private final java.util.Set<String> relaxed = RuleResources.words("customer-relaxed");
  private final PhraseMatcher formal;
  private final GreetingRule greetings;

  public RegisterRule(FinnishText analysis, Evidence evidence) {
    this.analysis = analysis;
    this.evidence = evidence;
    this.formal = PhraseMatcher.load("customer-formal", analysis);
    this.greetings = new GreetingRule(analysis, Evidence.withPasswordMasking());
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    RuleResult result = RuleResult.EMPTY;
    String replyText = OwnText.of(input.reply(), true);
    List<Sentence> sentences = analysis.sentences(replyText);
    Register reply = replyRegister(sentences);
    Token shown = reply == Register.FORMAL ? markers.firstPlural(sentences)
        : reply == Register.INFORMAL ? markers.firstSingular(sentences) : null;
    if (shown != null) {
      result = result.withEvidence(RuleColumns.REPLY_REGISTER, evidence.quote(replyText, shown.start(), shown.end()));
    }
    Register customer = Register.UNKNOWN;
    if (input.hasPrompt()) {
      CustomerSignal signal = customerRegister(input.prompt());
      customer = signal.register();
      if (signal.text() != null) {
        result = result.withEvidence(RuleColumns.CUSTOMER_REGISTER, signal.text());
      }
    }
    Integer points = reply == Register.UNKNOWN || customer == Register.UNKNOWN ? null : reply == customer ? 0 : 1;
    return result
        .with(RuleColumns.REPLY_REGISTER, reply.column())
        .with(RuleColumns.CUSTOMER_REGISTER, customer.column())
        .with(RuleColumns.B3_POINTS, points);
  }

  /** The register of an agent's text. */
  Register replyRegister(List<Sentence> sentences) {
    int[] counts = markers.counts(sentences);
    return counts[0] > counts[1] ? Register.FORMAL : counts[1] > counts[0] ? Register.INFORMAL : Register.UNKNOWN;
  }

  /** A customer's register and the evidence for it (masked, ≤ 120 characters). */
  record CustomerSignal(Register register, String text) {}

  /** The register of a customer's own text: greeting, new text, closing and signature. */
  CustomerSignal customerRegister(BodySections prompt) {
    String text = OwnText.of(prompt, true);
    String signature = prompt.signature() == null ? "" : prompt.signature();
    String all = signature.isBlank() ? text : text + "\n\n" + signature;
    Matcher emoticon = EMOTICON.matcher(all);
    if (emoticon.find()) {
      return new CustomerSignal(Register.INFORMAL, evidence.quote(all, emoticon.start(), emoticon.end()));
    }
    List<Sentence> sentences = analysis.sentences(all);
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (RegisterMarkers.forms(t.surface()).stream().anyMatch(relaxed::contains)) {
          return new CustomerSignal(Register.INFORMAL, evidence.quote(all, t.start(), t.end()));
        }
      }
    }
    Token singular = markers.firstSingular(sentences);
    if (singular != null) {
      return new CustomerSignal(Register.INFORMAL, evidence.quote(all, singular.start(), singular.end()));
    }
    PhraseMatch salutation = formal.first(all);
    if (salutation != null) {
      return new CustomerSignal(Register.FORMAL, evidence.quote(all, salutation));
    }
    // A full name alone under the text is how many people sign anything; with a closing formula
    // ("Ystävällisin terveisin / Jari Nieminen") it is the business letter the spec calls formal.
    Matcher name = FULL_NAME.matcher(prompt.closing() == null ? "" : signature);
    if (name.find()) {
      return new CustomerSignal(Register.FORMAL, evidence.of(name.group()));
    }
    Token plural = markers.firstPlural(sentences);
    if (plural != null && greetings.kind(prompt, null) == GreetingKind.NAMED) {
      return new CustomerSignal(Register.FORMAL, evidence.quote(all, plural.start(), plural.end()));
    }
    return new CustomerSignal(Register.UNKNOWN, null);
  }
}
