package fi.mailaudit.rules;

import fi.mailaudit.conversation.AutoReply;
import fi.mailaudit.conversation.BodySections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The "bumerangiviesti" (seed 002, "Palautteeseen vastataan aina, niinhän?": "Avasin viestin ja
 * sain lukea tuon oman, juuri kirjoittamani palautteen. Mitään vastausta minulle ei kyselyihini
 * annettu"; SPEC §5.3 end): an automatic acknowledgement that mostly repeats the customer's own
 * message back. Compared as word 3-shingles of lower-cased surface forms (the customer's own
 * text against the whole auto-reply, quoted part included, because that is where a form mailer
 * puts the echo).
 *
 * <p>Echo when at least {@value #MIN_COVERAGE} of the customer's shingles reappear (the message
 * came back nearly whole) and at least {@value #MIN_ECHO_SHARE} of the auto-reply's shingles are
 * the customer's (the echo is most of what was sent; "Kiitos viestistäsi, vastaamme kahden
 * arkipäivän kuluessa" with a copy below still tells something, the seed's complaint is that
 * nothing but the copy came). Applies to acknowledgements and unspecific auto-replies, not to
 * out-of-office notices (Outlook quotes the original under them by default); needs a customer
 * text of at least {@value #MIN_SHINGLES} shingles, so "Kiitos!" is never "echoed".
 */
public final class EchoRule implements Rule {
  static final double MIN_COVERAGE = 0.8;
  static final double MIN_ECHO_SHARE = 0.5;
  static final int MIN_SHINGLES = 3;
  private final FinnishText analysis;
  /** The echo is the customer's own text: their addresses and numbers are hidden too. */
  private final Evidence evidence = new Evidence(new ContactMasking());

  public EchoRule(FinnishText analysis) {
    this.analysis = analysis;
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply() || !input.isAutoReply() || input.autoReply().kind() == AutoReply.Kind.OUT_OF_OFFICE) {
      return RuleResult.EMPTY;
    }
    List<Token> customer = analysis.tokens(OwnText.of(input.prompt(), false));
    String text = whole(input.reply());
    List<Token> reply = analysis.tokens(text);
    Set<String> theirs = new HashSet<>(shingles(customer));
    List<String> ours = shingles(reply);
    if (theirs.size() < MIN_SHINGLES || ours.isEmpty()) {
      return RuleResult.EMPTY.with(RuleColumns.ECHO_AUTO_REPLY, false);
    }
    Set<String> echoed = ours.stream().filter(theirs::contains).collect(Collectors.toSet());
    double coverage = (double) echoed.size() / theirs.size();
    double share = (double) ours.stream().filter(theirs::contains).count() / ours.size();
    boolean echo = coverage >= MIN_COVERAGE && share >= MIN_ECHO_SHARE;
    RuleResult r = RuleResult.EMPTY.with(RuleColumns.ECHO_AUTO_REPLY, echo);
    if (!echo) {
      return r;
    }
    int first = ours.indexOf(ours.stream().filter(theirs::contains).findFirst().orElseThrow());
    Token from = reply.get(first);
    Token to = reply.get(Math.min(reply.size() - 1, first + 2));
    return r.withEvidence(RuleColumns.ECHO_AUTO_REPLY, evidence.quote(text, from.start(), to.end()));
  }

  private static List<String> shingles(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 3 <= tokens.size(); i++) {
      out.add(tokens.get(i).surface() + ' ' + tokens.get(i + 1).surface() + ' ' + tokens.get(i + 2).surface());
    }
    return out;
  }

  private static String whole(BodySections s) {
    return Stream.of(s.greeting(), s.newText(), s.wish(), s.closing(), s.signature(), s.quoted())
        .filter(p -> p != null && !p.isBlank())
        .collect(Collectors.joining("\n\n"));
  }
}
