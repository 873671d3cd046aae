package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Customer;
import java.util.Map;
import java.util.Random;

/**
 * Writes what customers send: the matter, one or two questions, in the customer's own register
 * (relaxed "moi, mä..." or formal), so register matching (B3) and ignored questions (B4) have
 * something real to be measured against.
 */
final class CustomerComposer {
  /** A customer's message body and how many questions it asks. */
  record Written(String text, int questions) {}

  private final PhraseBank bank;

  CustomerComposer(PhraseBank bank) {
    this.bank = bank;
  }

  Written ask(Customer c, Scenario s, boolean twoQuestions, Random rng) {
    String reg = c.relaxed() ? "relaxed" : "formal";
    StringBuilder b = new StringBuilder();
    b.append(bank.pick("open." + reg, rng)).append("\n\n");
    b.append(bank.pick(s.section("problem." + reg), rng));
    b.append(rng.nextBoolean() ? " " : "\n\n").append(bank.pick(s.section("q1." + reg), rng));
    if (twoQuestions) {
      b.append(' ').append(bank.pick(s.section("q2." + reg), rng));
    }
    b.append("\n\n").append(close(c, rng));
    return new Written(b.toString(), twoQuestions ? 2 : 1);
  }

  /** A message built from one customer.txt section plus the customer's closing. */
  String say(Customer c, String section, Map<String, String> vars, Random rng) {
    String reg = c.relaxed() ? "relaxed" : "formal";
    String key = bank.has(section + "." + reg) ? section + "." + reg : section;
    return PhraseBank.render(bank.pick(key, rng), Register.FORMAL, vars) + "\n\n" + close(c, rng);
  }

  private String close(Customer c, Random rng) {
    String reg = c.relaxed() ? "relaxed" : "formal";
    Map<String, String> vars = Map.of("first", c.first(), "last", c.last(),
        "custno", String.valueOf(100000 + rng.nextInt(900000)),
        "phone", "040 " + (1000000 + rng.nextInt(8999999)));
    return PhraseBank.render(bank.pick("close." + reg, rng), Register.FORMAL, vars);
  }
}
