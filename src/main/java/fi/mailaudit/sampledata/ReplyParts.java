package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Agent;
import fi.mailaudit.sampledata.Cast.Company;
import fi.mailaudit.sampledata.Cast.Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The frame every agent message shares: the opening greeting (B1: named, generic or none) and
 * the farewell (wishes, closing salutation, signature, disclaimer), drawn with the agent's
 * {@link Quality} and recorded in the reply's facts.
 */
final class ReplyParts {
  private final PhraseBank bank;
  private final Company company;

  ReplyParts(PhraseBank bank, Company company) {
    this.bank = bank;
    this.company = company;
  }

  void greeting(List<String> paras, Quality q, Customer c, Register reg, Map<String, String> vars,
      ReplyFacts.Builder f, Random rng) {
    double draw = rng.nextDouble();
    String kind = draw < q.named ? "named" : draw < q.named + q.generic ? "generic" : "none";
    if (!"none".equals(kind)) {
      paras.add(bank.say("greeting." + kind, rng, reg, vars));
    }
    f.set("greeting_kind", kind).set("b1_points", "named".equals(kind) ? 0 : "generic".equals(kind) ? 1 : 2)
        .element("greeting", !"none".equals(kind))
        .set("customer_register", c.relaxed() ? "informal" : "formal")
        .set("b3_register_mismatch", reg == Register.FORMAL == c.relaxed())
        // Defaults for messages that are not a templated answer; answer() overrides them.
        .set("b2_vague", false).set("b4_question_ignored", false).set("b5_stock_phrase", false);
  }

  void farewell(List<String> paras, Agent agent, Quality q, LocalDate day, ReplyFacts.Builder f,
      Random rng) {
    boolean wishes = rng.nextDouble() < q.wishes;
    if (wishes) {
      String season = switch (day.getMonthValue()) {
        case 3, 4, 5 -> "wishes.spring";
        case 6, 7, 8 -> "wishes.summer";
        case 9, 10, 11 -> "wishes.autumn";
        default -> "wishes.any";
      };
      paras.add(bank.pick(rng.nextBoolean() ? season : "wishes.any", rng));
    }
    boolean closing = rng.nextDouble() < q.closing;
    boolean full = rng.nextDouble() < q.fullSignature;
    StringBuilder sign = new StringBuilder();
    if (closing) {
      sign.append(bank.pick(q.ordinal() >= Quality.POOR.ordinal() && rng.nextBoolean()
          ? "closing.poor" : "closing.good", rng)).append('\n');
    }
    sign.append(full ? signature(agent, rng) : agent.first());
    paras.add(sign.toString());
    if ("Laskutus".equals(agent.department()) || rng.nextInt(10) == 0) {
      paras.add(bank.pick("disclaimer", rng));
    }
    f.element("wishes", wishes).element("closing", closing).element("signature", full);
  }

  /**
   * A full signature block (seed 003 §5: name, title, phone, address). Half the agents' Outlook
   * puts the RFC 3676 "-- " delimiter above it, so both separations occur.
   */
  String signature(Agent agent, Random rng) {
    StringBuilder s = new StringBuilder();
    if (Math.floorMod(agent.email().hashCode(), 2) == 0) {
      s.append("-- \n");
    }
    s.append(agent.first()).append(' ').append(agent.last()).append('\n')
        .append(agent.title()).append(" | ").append(agent.department()).append('\n')
        .append(company.name()).append('\n')
        .append("puh. ").append(agent.phone()).append('\n')
        .append(agent.email()).append('\n')
        .append("www.").append(company.domain());
    if (rng.nextInt(3) == 0) {
      s.append("\n\n").append(bank.pick("signature.slogan", rng));
    }
    return s.toString();
  }
}
