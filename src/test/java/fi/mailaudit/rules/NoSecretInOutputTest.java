package fi.mailaudit.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.mailaudit.conversation.AutoReply;
import fi.mailaudit.conversation.QuoteSplitter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPEC §5.5 "the password itself redacted in the evidence and never written anywhere", issue 4
 * hidden check "no password or customer address anywhere in the output": every rule's flags and
 * evidence over every evaluation pair, as a human reply and as an acknowledgement, must not
 * contain the passwords or customer contact details written into the pairs.
 */
class NoSecretInOutputTest {
  /** Written into rules/eval/promises.tsv by hand; the test first checks they are there. */
  private static final List<String> SECRETS =
      List.of("Syksy2026#", "Kuu7Tähti", "Talvi!2026", "Testi-9981", "Mansikka88", "040 555 1234");

  @Test
  void noPasswordOrCustomerNumberInAnyOutput() {
    List<EvalCase> cases = RuleEvaluation.load();
    RuleSet rules = RuleSet.finnish();
    List<String> inputs = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    AutoReply ack = new AutoReply(true, AutoReply.Kind.ACKNOWLEDGEMENT, "test");
    for (EvalCase c : cases) {
      inputs.add(c.customer() + "\n" + c.reply());
      ReplyInput input = ReplyInput.of(c.reply() == null ? null : QuoteSplitter.split(c.reply()),
          QuoteSplitter.split(c.customer()), c.firstName()).withSentAt(Instant.parse("2026-03-11T08:00:00Z"));
      for (ReplyInput in : List.of(input, input.withAutoReply(ack))) {
        RuleResult r = rules.apply(in);
        String out = r.flags() + " " + r.evidence();
        SECRETS.stream().filter(out::contains).forEach(s -> leaks.add(c.id() + ": " + s + " in " + out));
      }
    }
    for (String secret : SECRETS) {
      assertTrue(inputs.stream().anyMatch(i -> i.contains(secret)), "the set no longer holds " + secret);
    }
    assertTrue(leaks.isEmpty(), String.join("\n", leaks));
  }

  @Test
  void customerContactsAreHiddenInCancellationEvidence() {
    RuleResult r = RuleSet.finnish().apply(ReplyInput.of(QuoteSplitter.split("Hei,\n\nSelvä.\n\nTerveisin\nTuki"),
        QuoteSplitter.split("Irtisanon liittymän 040 555 1234, vahvistus osoitteeseen matti.v@example.fi"), null));
    String shown = r.evidence().get(RuleColumns.CANCELLATION);
    assertFalse(shown.contains("555") || shown.contains("matti.v@"), shown);
  }
}
