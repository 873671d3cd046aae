package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Agent;
import fi.mailaudit.sampledata.Cast.Customer;
import fi.mailaudit.sampledata.ReplyComposer.Composed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Agent messages outside the question-and-answer pattern: answering a cancellation on seed 002's
 * five steps (or curtly), a password sent in clear (seed 002's security finding), and the
 * thank-you message after an order (seed 000's five points).
 */
final class SpecialComposer {
  private static final List<String> STEPS = List.of("regret", "ask", "instruct", "confirm", "thank");

  private final PhraseBank bank;
  private final ReplyComposer replies;

  SpecialComposer(PhraseBank bank, ReplyComposer replies) {
    this.bank = bank;
    this.replies = replies;
  }

  Composed cancellation(Agent agent, Customer c, String product, boolean good, LocalDate day,
      Random rng) {
    Register reg = agent.registerFor(c);
    Map<String, String> vars = replies.vars(agent, c, product);
    LocalDate end = day.withDayOfMonth(1).plusMonths(2).minusDays(1);
    vars.put("end_date", end.getDayOfMonth() + "." + end.getMonthValue() + "." + end.getYear());
    vars.put("deadline_date", end.plusDays(14).getDayOfMonth() + "." + end.plusDays(14).getMonthValue() + ".");
    vars.put("code", String.format(Locale.ROOT, "SK%06d", rng.nextInt(1000000)));
    ReplyFacts.Builder f = ReplyFacts.builder(good ? "cancellation" : "cancellation_curt");
    List<String> paras = new ArrayList<>();
    Quality q = good ? agent.quality() : Quality.POOR;
    replies.parts().greeting(paras, q, c, reg, vars, f, rng);
    List<String> done = new ArrayList<>();
    if (good) {
      for (String step : STEPS) {
        paras.add(bank.say("cancel." + step, rng, reg, vars));
        done.add(step);
      }
    } else {
      List<String> curt = bank.all("cancel.curt");
      int i = rng.nextInt(curt.size());
      paras.add(curt.get(i));
      done.add("confirm");
      if (curt.get(i).contains("palauttaa")) {
        done.add("instruct");
      }
    }
    replies.parts().farewell(paras, agent, q, day, f, rng);
    f.set("reply_register", reg.code()).set("thanks", good).set("thanks_for_contact", false)
        .set("cancellation_steps", String.join(";", done)).set("cancellation_score", done.size())
        .set("password_sent", false);
    return new Composed(String.join("\n\n", paras), f.build());
  }

  /** A weak agent resets a password and writes it into the mail: the finding of seed 002. */
  Composed passwordReset(Agent agent, Customer c, LocalDate day, Random rng) {
    Register reg = agent.registerFor(c);
    Map<String, String> vars = replies.vars(agent, c, "Oma Kuitu -sovellus");
    vars.put("password", password(rng));
    ReplyFacts.Builder f = ReplyFacts.builder("password_reset");
    List<String> paras = new ArrayList<>();
    replies.parts().greeting(paras, agent.quality(), c, reg, vars, f, rng);
    paras.add(bank.say("password.agent", rng, reg, vars));
    replies.parts().farewell(paras, agent, agent.quality(), day, f, rng);
    f.set("reply_register", reg.code()).set("thanks", false).set("thanks_for_contact", false)
        .set("password_sent", true);
    return new Composed(String.join("\n\n", paras), f.build());
  }

  /** The system's registration mail with the password in clear (seed 002). */
  Composed registration(Customer c, Random rng) {
    Map<String, String> vars = Map.of("first", c.first(), "email", c.email(), "password", password(rng));
    ReplyFacts f = ReplyFacts.builder("registration").set("greeting_kind", "named")
        .set("thanks", false).set("thanks_for_contact", false).set("password_sent", true).build();
    return new Composed(bank.say("registration.body", rng, Register.INFORMAL, vars), f);
  }

  /** Seed 000's thank-you message: subject says what, thanks first, an extra, a feedback link. */
  Composed thankYou(Agent agent, Customer c, String product, LocalDate installDay, Random rng) {
    Map<String, String> vars = replies.vars(agent, c, product);
    vars.put("date", installDay.getDayOfMonth() + "." + installDay.getMonthValue() + ".");
    vars.put("title", agent.title());
    ReplyFacts f = ReplyFacts.builder("thank_you_message").set("greeting_kind", "named")
        .set("b1_points", 0).set("thanks", true).set("thanks_for_contact", true)
        .set("reply_register", "informal").set("password_sent", false).build();
    return new Composed(bank.say("thankyou.body", rng, Register.INFORMAL, vars), f);
  }

  String thankYouSubject(String product, LocalDate installDay, Random rng) {
    return bank.say("thankyou.subject", rng, Register.INFORMAL, Map.of("product", product,
        "date", installDay.getDayOfMonth() + "." + installDay.getMonthValue() + "."));
  }

  /** A password as people choose them: a word, a number, a sign. Never reused by the labels. */
  private static String password(Random rng) {
    String[] words = {"Saimaa", "Kesa", "Mokki", "Kuitu", "Lintu", "Aurinko"};
    return words[rng.nextInt(words.length)] + (1000 + rng.nextInt(9000)) + "!#%&".charAt(rng.nextInt(4));
  }
}
