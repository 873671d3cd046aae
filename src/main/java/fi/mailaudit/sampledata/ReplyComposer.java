package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Agent;
import fi.mailaudit.sampledata.Cast.Company;
import fi.mailaudit.sampledata.Cast.Customer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes an agent's reply to a customer move by move, as seed 003 §2 lays a reply out (greeting,
 * thanks, answer, when to expect, wishes, closing, signature), each move drawn with the agent's
 * {@link Quality}, and records which moves and bingo habits (seed 002) went in.
 */
final class ReplyComposer {
  /** A reply body and its ground truth. */
  record Composed(String text, ReplyFacts facts) {}

  private final PhraseBank bank;
  private final Company company;
  private final ReplyParts parts;

  ReplyComposer(PhraseBank bank, Company company) {
    this.bank = bank;
    this.company = company;
    this.parts = new ReplyParts(bank, company);
  }

  /**
   * Answers a customer's question message. With a {@code deadline} the matter is not solved yet
   * and the reply promises a follow-up (or, from a weak agent, only says it is being looked at).
   */
  Composed answer(Agent agent, Customer customer, Scenario s, int asked, Deadline deadline,
      boolean mustPromise, LocalDate day, Random rng) {
    Quality q = agent.quality();
    Register reg = agent.registerFor(customer);
    Map<String, String> vars = vars(agent, customer, s.product());
    ReplyFacts.Builder f = ReplyFacts.builder(deadline == null ? "answer" : "promise");
    List<String> paras = new ArrayList<>();
    parts.greeting(paras, q, customer, reg, vars, f, rng);

    boolean template = rng.nextDouble() < q.template;
    boolean stock = rng.nextDouble() < q.stock;
    StringBuilder opening = new StringBuilder();
    boolean thanked = rng.nextDouble() < q.thanks;
    if (thanked) {
      opening.append(bank.say(stock ? "thanks.contact.stock" : "thanks.contact", rng, reg, vars));
    } else if (stock) {
      opening.append(bank.say("stock.opening", rng, reg, vars));
    }
    boolean empathy = !template && rng.nextDouble() < q.empathy;
    if (empathy) {
      append(opening, bank.say("empathy", rng, reg, vars));
    }
    Boolean apology = null;
    if (s.dissatisfied()) {
      apology = rng.nextDouble() < q.apology;
      if (apology) {
        append(opening, bank.say(stock ? "apology.stock" : "apology", rng, reg, vars));
      }
    }
    addIfAny(paras, opening);

    int addressed;
    Boolean timeframe = null;
    String promised = "";
    if (template) {
      paras.add(bank.say("template." + s.department(), rng, reg, vars));
      addressed = 0;
      f.set("template_id", "template." + s.department());
    } else if (deadline == null) {
      boolean second = asked > 1 && rng.nextDouble() < q.answerSecond;
      String a = bank.say(s.section("a1"), rng, reg, vars);
      paras.add(second ? a + " " + bank.say(s.section("a2"), rng, reg, vars) : a);
      addressed = second ? 2 : 1;
    } else {
      boolean second = asked > 1 && rng.nextDouble() < q.answerSecond;
      StringBuilder p = new StringBuilder(bank.say(s.section("pending"), rng, reg, vars));
      if (mustPromise || rng.nextDouble() < q.timeframe) {
        Map<String, String> dv = new HashMap<>(vars);
        dv.put("deadline", deadline.phrase());
        append(p, bank.say("timeframe", rng, reg, dv));
        timeframe = true;
        promised = deadline.label();
      } else {
        append(p, bank.pick("pending.vague", rng));
        timeframe = false;
      }
      paras.add(p.toString());
      if (second) {
        paras.add(bank.say(s.section("a2"), rng, reg, vars));
      }
      addressed = second ? 2 : 1;
    }
    if (stock && rng.nextBoolean()) {
      paras.add(bank.say("stock.closing", rng, reg, vars));
    }
    boolean invitation = rng.nextDouble() < q.invitation;
    if (invitation) {
      paras.add(bank.say("invitation", rng, reg, vars));
    }
    parts.farewell(paras, agent, q, day, f, rng);

    String customerReg = customer.relaxed() ? "informal" : "formal";
    f.set("reply_register", reg.code()).set("customer_register", customerReg)
        .set("thanks", thanked).set("thanks_for_contact", thanked)
        .set("b2_vague", template).set("b3_register_mismatch", !reg.code().equals(customerReg))
        .set("b4_question_ignored", asked >= 2 && addressed < asked).set("b5_stock_phrase", stock)
        .set("questions_asked", asked).set("questions_addressed", addressed)
        .element("thanks_for_contact", thanked).element("all_questions_addressed", addressed >= asked)
        .element("apology", apology).element("empathy", empathy)
        .element("invitation", invitation).set("promise_deadline", promised)
        .set("password_sent", false);
    if (deadline == null) {
      f.element("timeframe", null);
    } else if (Boolean.TRUE.equals(timeframe) && deadline.date() == null) {
      f.set("has_timeframe", "half");
    } else {
      f.element("timeframe", timeframe);
    }
    return new Composed(String.join("\n\n", paras), f.build());
  }

  /** The promised follow-up, on time or (after the customer chased it) late and apologising. */
  Composed followUp(Agent agent, Customer customer, Scenario s, boolean late, LocalDate day,
      Random rng) {
    Register reg = agent.registerFor(customer);
    Map<String, String> vars = vars(agent, customer, s.product());
    ReplyFacts.Builder f = ReplyFacts.builder(late ? "late_followup" : "followup");
    List<String> paras = new ArrayList<>();
    parts.greeting(paras, agent.quality(), customer, reg, vars, f, rng);
    StringBuilder p = new StringBuilder();
    if (late) {
      // Thanks for patience, not for the contact: a near miss for thanks_for_contact (SPEC §5.2).
      p.append(bank.say("thanks.other", rng, reg, vars)).append(' ')
          .append(bank.say("apology", rng, reg, vars)).append(' ');
    }
    p.append(bank.say(s.section("done"), rng, reg, vars));
    paras.add(p.toString());
    boolean invitation = rng.nextDouble() < agent.quality().invitation;
    if (invitation) {
      paras.add(bank.say("invitation", rng, reg, vars));
    }
    parts.farewell(paras, agent, agent.quality(), day, f, rng);
    f.set("reply_register", reg.code()).set("customer_register", customer.relaxed() ? "informal" : "formal")
        .set("thanks", late).set("thanks_for_contact", false).set("password_sent", false)
        .element("apology", late ? Boolean.TRUE : null).element("invitation", invitation)
        .element("timeframe", null).element("thanks_for_contact", null);
    return new Composed(String.join("\n\n", paras), f.build());
  }

  /** The agent's answer to a customer's thanks (seed 001): gracious, dismissive or ignoring it. */
  Composed reception(Agent agent, Customer customer, String how, LocalDate day, Random rng) {
    Register reg = agent.registerFor(customer);
    Map<String, String> vars = vars(agent, customer, "");
    ReplyFacts.Builder f = ReplyFacts.builder("thanks_reception_" + how);
    List<String> paras = new ArrayList<>();
    parts.greeting(paras, agent.quality(), customer, reg, vars, f, rng);
    paras.add(bank.say("reception." + how, rng, reg, vars));
    parts.farewell(paras, agent, agent.quality(), day, f, rng);
    f.set("reply_register", reg.code()).set("thanks", "gracious".equals(how))
        .set("thanks_for_contact", false).set("password_sent", false);
    return new Composed(String.join("\n\n", paras), f.build());
  }

  Map<String, String> vars(Agent agent, Customer customer, String product) {
    Map<String, String> v = new HashMap<>();
    v.put("first", customer.first());
    v.put("last", customer.last());
    v.put("email", customer.email());
    v.put("product", product);
    v.put("agent", agent.first() + " " + agent.last());
    v.put("company", company.name());
    return v;
  }

  ReplyParts parts() {
    return parts;
  }

  static void append(StringBuilder b, String sentence) {
    if (b.length() > 0) {
      b.append(' ');
    }
    b.append(sentence);
  }

  private static void addIfAny(List<String> paras, StringBuilder b) {
    if (b.length() > 0) {
      paras.add(b.toString());
    }
  }
}
