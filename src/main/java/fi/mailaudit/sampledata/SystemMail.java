package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Addr;
import fi.mailaudit.sampledata.Cast.Agent;
import fi.mailaudit.sampledata.Cast.Company;
import fi.mailaudit.sampledata.Mail.BodyStyle;
import fi.mailaudit.sampledata.Mail.Part;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The threads that are not a Finnish question and answer: auto-replies in three languages (seed
 * 003 §3), the echo acknowledgement (seed 002 "bumerangiviesti"), Swedish and English customers,
 * the registration mail with a password, a newsletter, a bounce and internal mail.
 */
final class SystemMail {
  private final PhraseBank bank;
  private final Company company;
  private final SpecialComposer special;

  SystemMail(PhraseBank bank, Company company) {
    this.bank = bank;
    this.company = company;
    this.special = new SpecialComposer(bank, new ReplyComposer(bank, company));
  }

  /** Plays {@code s} into {@code t}; returns the thread's subject. */
  String play(ThreadSpec s, ThreadBuilder t, ThreadScripts.Facts f, Random rng) {
    Agent agent = s.agent();
    Addr customer = s.customer() == null ? null : s.customer().addr();
    ZonedDateTime t0 = s.start();
    Map<String, String> v = vars(s);
    switch (s.kind()) {
      case ECHO_FEEDBACK -> {
        String text = bank.pick("feedback", rng);
        Mail c = t.first(customer, new Addr(company.name(), "palaute@" + company.domain()), t0,
            "Palaute", text + "\n\n" + s.customer().first() + " " + s.customer().last(), "customer", "fi");
        v.put("echo", text);
        t.auto(c, new Addr(company.name(), "no-reply@" + company.domain()), t0.plusSeconds(4 + rng.nextInt(30)),
            bank.pick("echo.subject", rng), bank.say("echo.body", rng, Register.FORMAL, v), "system", "fi", rng.nextBoolean());
        f.unanswered = true;
        return c.subject();
      }
      case AUTO_REPLY_AGENT -> {
        String subject = bank.pick(s.scenario().section("subject"), rng);
        Mail c = t.first(customer, agent.addr(), t0, subject,
            new CustomerComposer(bank).ask(s.customer(), s.scenario(), false, rng).text(), "customer", "fi");
        LocalDate back = t0.toLocalDate().plusDays(7 + rng.nextInt(10));
        v.put("return", back.getDayOfMonth() + "." + back.getMonthValue() + "." + back.getYear());
        v.put("subject", subject);
        boolean headers = rng.nextBoolean();
        t.auto(c, agent.addr(), t0.plusSeconds(2 + rng.nextInt(20)), bank.say("auto.fi.subject", rng, Register.FORMAL, v),
            bank.say("auto.fi.body", rng, Register.FORMAL, v), "agent", "fi", headers);
        ZonedDateTime later = WorkCalendar.afterWorkMinutes(back.atTime(8, 0).atZone(WorkCalendar.HELSINKI), 60, rng);
        var r = new ReplyComposer(bank, company).answer(agent, s.customer(), s.scenario(), 1, null, false, later.toLocalDate(), rng);
        t.reply(c, agent.addr(), later, r.text(), "agent", "fi", r.facts());
        return subject;
      }
      case SWEDISH, ENGLISH -> {
        String lang = s.kind() == ThreadSpec.Kind.SWEDISH ? "sv" : "en";
        f.language = lang;
        String subject = bank.pick(lang + ".subject", rng);
        Addr box = new Addr(company.name(), company.department(agent.department()).mailbox());
        Mail c = t.first(customer, box, t0, subject, bank.say(lang + ".customer", rng, Register.FORMAL, v), "customer", lang);
        ZonedDateTime t1 = WorkCalendar.afterWorkMinutes(t0, ThreadScripts.delay(agent, rng), rng);
        ReplyFacts facts = ReplyFacts.builder("answer_not_finnish").set("greeting_kind", "named").build();
        Mail a = t.reply(c, agent.addr(), t1, bank.say(lang + ".reply", rng, Register.FORMAL, v), "agent", lang, facts);
        LocalDate back = t1.toLocalDate().plusDays(5);
        v.put("return", back.getDayOfMonth() + "." + back.getMonthValue() + ".");
        v.put("subject", a.subject());
        v.put("agent", s.customer().first() + " " + s.customer().last());
        v.put("backup", "sv".equals(lang) ? "min kollega på 040 123 4567" : "my colleague at +358 40 123 4567");
        t.auto(a, customer, t1.plusSeconds(3 + rng.nextInt(40)), bank.say("auto." + lang + ".subject", rng, Register.FORMAL, v),
            bank.say("auto." + lang + ".body", rng, Register.FORMAL, v), "customer", lang, "sv".equals(lang));
        return subject;
      }
      case REGISTRATION -> {
        var r = special.registration(s.customer(), rng);
        Mail m = t.first(company.noReply(), customer, t0, bank.pick("registration.subject", rng), r.text(), "system", "fi");
        t.replaceLast(ThreadScripts.withFacts(m, r.facts()));
        return m.subject();
      }
      case NEWSLETTER -> {
        Mail m = t.first(new Addr(company.name(), "uutiskirje@" + company.domain()), customer, t0,
            bank.pick("newsletter.subject", rng), "", "system", "fi");
        t.replaceLast(new Mail(m.messageId(), m.threadKey(), m.from(), m.to(), m.date(), m.subject(), null,
            List.of(), "", bank.pick("newsletter.html", rng), BodyStyle.HTML_ONLY, List.of(),
            List.of(new String[] {"Precedence", "bulk"}, new String[] {"List-Unsubscribe",
                "<https://" + company.domain() + "/uutiskirje/peru>"}), "system", "fi", false, null));
        return m.subject();
      }
      case BOUNCE -> {
        Addr typo = new Addr(customer.name(), customer.email().replace("@", ".") + "@" + "gmial.com");
        var r = new ReplyComposer(bank, company).answer(agent, s.customer(), s.scenario(), 1, null, false, t0.toLocalDate(), rng);
        Mail a = t.first(agent.addr(), typo, WorkCalendar.alignToWork(t0), bank.pick(s.scenario().section("subject"), rng),
            r.text(), "agent", "fi");
        t.replaceLast(ThreadScripts.withFacts(a, r.facts()));
        v.put("rcpt", typo.email());
        v.put("domain", "gmial.com");
        Mail b = t.auto(t.last(), new Addr("Mail Delivery System", "MAILER-DAEMON@mail." + company.domain()),
            a.date().plusSeconds(5), "Undelivered Mail Returned to Sender", bank.say("bounce.body", rng, Register.FORMAL, v),
            "system", "en", true);
        t.replaceLast(b.withStyle(BodyStyle.REPORT));
        return a.subject();
      }
      case INTERNAL -> {
        Agent peer = peer(agent);
        int which = rng.nextInt(2);
        v.put("to", peer.first());
        v.put("from", agent.first());
        v.put("customer", s.customer().first() + " " + s.customer().last().charAt(0) + ".");
        Mail q = t.first(agent.addr(), peer.addr(), WorkCalendar.alignToWork(t0),
            bank.say("internal.subject", rng, Register.INFORMAL, v),
            PhraseBank.render(bank.all("internal.request").get(which), Register.INFORMAL, v), "agent", "fi");
        v.put("from", peer.first());
        t.reply(q, peer.addr(), WorkCalendar.afterWorkMinutes(q.date(), 60 + rng.nextInt(200), rng),
            PhraseBank.render(bank.all("internal.answer").get(which), Register.INFORMAL, v), "agent", "fi", null);
        return q.subject();
      }
      default -> throw new IllegalArgumentException("not a system thread: " + s.kind());
    }
  }

  /** Customer service asks technical support and vice versa: the two archives share the mail. */
  private Agent peer(Agent agent) {
    String other = "Tekninen tuki".equals(agent.department()) ? "Asiakaspalvelu" : "Tekninen tuki";
    return company.agentsOf(other).get(0);
  }

  private Map<String, String> vars(ThreadSpec s) {
    Map<String, String> v = new HashMap<>();
    if (s.customer() != null) {
      v.put("first", s.customer().first());
      v.put("last", s.customer().last());
    }
    if (s.agent() != null) {
      v.put("agent", s.agent().first() + " " + s.agent().last());
      v.put("backup", company.department(s.agent().department()).mailbox());
    }
    v.put("company", company.name());
    v.put("custno", String.valueOf(200000 + Math.floorMod(s.key().hashCode(), 700000)));
    return v;
  }

  /** A tiny but well-formed PDF, so an attachment lister sees a real application/pdf part. */
  static Part invoicePdf() {
    String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return new Part("lasku_2026_06.pdf", "application/pdf", pdf.getBytes(StandardCharsets.US_ASCII));
  }
}
