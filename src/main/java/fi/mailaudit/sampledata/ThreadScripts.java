package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Addr;
import fi.mailaudit.sampledata.Cast.Agent;
import fi.mailaudit.sampledata.Cast.Company;
import fi.mailaudit.sampledata.Cast.Customer;
import fi.mailaudit.sampledata.ReplyComposer.Composed;
import fi.mailaudit.sampledata.ThreadSpec.Kind;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plays one {@link ThreadSpec} into its messages and ground truth: who writes when, which
 * composer writes what. The timing follows {@link WorkCalendar}, so promises resolve against
 * real days and first responses cross nights, weekends and Midsummer.
 */
final class ThreadScripts {
  /** The messages of one thread and its facts. */
  record Played(List<Mail> mails, ThreadFacts facts) {}

  private final PhraseBank bank;
  private final Company company;
  private final ReplyComposer replies;
  private final CustomerComposer customers;
  private final SpecialComposer special;
  private final SystemMail system;

  ThreadScripts(PhraseBank bank, Company company) {
    this.bank = bank;
    this.company = company;
    this.replies = new ReplyComposer(bank, company);
    this.customers = new CustomerComposer(bank);
    this.special = new SpecialComposer(bank, replies);
    this.system = new SystemMail(bank, company);
  }

  Played play(ThreadSpec s, long serial, Random rng) {
    ThreadBuilder t = new ThreadBuilder(s.key(), company.domain(), serial, rng);
    Facts f = new Facts(s);
    switch (s.kind()) {
      case ANSWER, PASSWORD_BY_AGENT -> answer(s, t, f, rng);
      case PROMISE_KEPT, PROMISE_BROKEN, PROMISE_OPEN -> promise(s, t, f, rng);
      case CANCEL_GOOD, CANCEL_BAD -> cancel(s, t, f, rng);
      case UNANSWERED -> {
        Mail c = t.first(s.customer().addr(), mailbox(s), s.start(), subject(s, rng),
            customers.say(s.customer(), "unanswered", Map.of(), rng), "customer", "fi");
        f.unanswered = true;
        f.subject = c.subject();
      }
      case THANK_YOU -> {
        var day = s.start().toLocalDate().plusDays(9);
        Composed r = special.thankYou(s.agent(), s.customer(), s.scenario().product(), day, rng);
        Mail m = t.first(s.agent().addr(), s.customer().addr(), WorkCalendar.alignToWork(s.start()),
            special.thankYouSubject(s.scenario().product(), day, rng), r.text(), "agent", "fi");
        t.replaceLast(withFacts(m, r.facts()));
        f.subject = m.subject();
      }
      default -> f.subject = system.play(s, t, f, rng);
    }
    f.messages = t.mails().size();
    return new Played(List.copyOf(t.mails()), f.build());
  }

  private void answer(ThreadSpec s, ThreadBuilder t, Facts f, Random rng) {
    CustomerComposer.Written w = customers.ask(s.customer(), s.scenario(), s.twoQuestions(), rng);
    Mail c = t.first(s.customer().addr(), mailbox(s), s.start(), subject(s, rng), w.text(), "customer", "fi");
    f.subject = c.subject();
    ZonedDateTime t1 = WorkCalendar.afterWorkMinutes(s.start(), delay(s.agent(), rng), rng);
    Composed r = s.kind() == Kind.PASSWORD_BY_AGENT
        ? special.passwordReset(s.agent(), s.customer(), t1.toLocalDate(), rng)
        : replies.answer(s.agent(), s.customer(), s.scenario(), w.questions(), null, false, t1.toLocalDate(), rng);
    Mail a = t.reply(c, s.agent().addr(), t1, r.text(), "agent", "fi", r.facts());
    if (s.dropThreading()) {
      t.replaceLast(a.withoutThreading());
    }
    if (s.attachInvoice()) {
      t.replaceLast(ThreadBuilder.withAttachment(t.last(), SystemMail.invoicePdf()));
    }
    thanks(s, t, f, t.last(), rng);
  }

  private void promise(ThreadSpec s, ThreadBuilder t, Facts f, Random rng) {
    CustomerComposer.Written w = customers.ask(s.customer(), s.scenario(), s.twoQuestions(), rng);
    Mail c = t.first(s.customer().addr(), mailbox(s), s.start(), subject(s, rng), w.text(), "customer", "fi");
    f.subject = c.subject();
    ZonedDateTime t1 = WorkCalendar.afterWorkMinutes(s.start(), delay(s.agent(), rng), rng);
    Deadline d = s.deadline() != null ? Deadline.on(s.deadline())
        : Deadline.of(s.deadlineKind(), t1.toLocalDate(), rng);
    Composed r = replies.answer(s.agent(), s.customer(), s.scenario(), w.questions(), d, true, t1.toLocalDate(), rng);
    Mail a = t.reply(c, s.agent().addr(), t1, r.text(), "agent", "fi", r.facts());
    f.deadline = d.label();
    if (s.kind() == Kind.PROMISE_OPEN) {
      f.outcome = "open";
      return;
    }
    if (s.kind() == Kind.PROMISE_KEPT) {
      ZonedDateTime t2 = WorkCalendar.afterWorkMinutes(t1, 90 + rng.nextInt(240), rng);
      ZonedDateTime latest = d.date().atTime(11, 20 + rng.nextInt(30)).atZone(WorkCalendar.HELSINKI);
      t2 = t2.isAfter(latest) ? latest : t2;
      Composed fu = replies.followUp(s.agent(), s.customer(), s.scenario(), false, t2.toLocalDate(), rng);
      Mail m = t.reply(a, s.agent().addr(), t2, fu.text(), "agent", "fi", fu.facts());
      t.replaceLast(new Mail(m.messageId(), m.threadKey(), m.from(), List.of(s.customer().addr()),
          m.date(), m.subject(), m.inReplyTo(), m.references(), m.text(), m.html(), m.style(),
          m.attachments(), m.extraHeaders(), m.role(), m.language(), false, m.reply()));
      f.outcome = "kept";
    } else {
      var chaseDay = WorkCalendar.nextWorkday(d.date()).plusDays(rng.nextInt(3));
      Mail chase = t.reply(a, s.customer().addr(), WorkCalendar.customerTime(chaseDay, rng),
          customers.say(s.customer(), "chase", Map.of("deadline_text", d.phrase().replace(" mennessä", "")), rng),
          "customer", "fi", null);
      ZonedDateTime t3 = WorkCalendar.afterWorkMinutes(chase.date(), 120 + rng.nextInt(400), rng);
      Composed fu = replies.followUp(s.agent(), s.customer(), s.scenario(), true, t3.toLocalDate(), rng);
      t.reply(chase, s.agent().addr(), t3, fu.text(), "agent", "fi", fu.facts());
      f.outcome = "broken";
    }
    thanks(s, t, f, t.last(), rng);
  }

  private void cancel(ThreadSpec s, ThreadBuilder t, Facts f, Random rng) {
    String text = customers.say(s.customer(), "cancel", Map.of("product", s.scenario().product()), rng);
    Mail c = t.first(s.customer().addr(), mailbox(s), s.start(), rng.nextBoolean() ? "Irtisanominen"
        : "Sopimuksen irtisanominen", text, "customer", "fi");
    f.subject = c.subject();
    ZonedDateTime t1 = WorkCalendar.afterWorkMinutes(s.start(), delay(s.agent(), rng), rng);
    Composed r = special.cancellation(s.agent(), s.customer(), s.scenario().product(),
        s.kind() == Kind.CANCEL_GOOD, t1.toLocalDate(), rng);
    t.reply(c, s.agent().addr(), t1, r.text(), "agent", "fi", r.facts());
    f.cancellation = r.facts().get("cancellation_score");
  }

  /** Seed 001: the customer thanks; the agent is gracious, dismissive, ignores it or is silent. */
  private void thanks(ThreadSpec s, ThreadBuilder t, Facts f, Mail last, Random rng) {
    if (!s.customerThanks()) {
      return;
    }
    Customer cu = s.customer();
    ZonedDateTime t2 = last.date().plusMinutes(40 + rng.nextInt(600));
    Mail ct = t.reply(last, cu.addr(), t2, customers.say(cu, "thanks", Map.of(), rng), "customer", "fi", null);
    f.thanked = true;
    double d = rng.nextDouble();
    Quality q = s.agent().quality();
    String how = d < q.gracious ? "gracious" : d < q.gracious + q.dismissive ? "dismissive"
        : rng.nextBoolean() ? "ignored" : "no_reply";
    f.reception = how;
    if (!"no_reply".equals(how)) {
      ZonedDateTime t3 = WorkCalendar.afterWorkMinutes(ct.date(), 30 + rng.nextInt(200), rng);
      Composed r = replies.reception(s.agent(), cu, how, t3.toLocalDate(), rng);
      t.reply(ct, s.agent().addr(), t3, r.text(), "agent", "fi", r.facts());
    }
  }

  private String subject(ThreadSpec s, Random rng) {
    return s.subject() != null ? s.subject() : bank.pick(s.scenario().section("subject"), rng);
  }

  private Addr mailbox(ThreadSpec s) {
    var d = company.department(s.agent().department());
    return new Addr(company.name() + " " + d.name(), d.mailbox());
  }

  /** Working minutes to a first answer: excellent agents within hours, weak ones in days. */
  static int delay(Agent a, Random rng) {
    return switch (a.quality()) {
      case EXCELLENT -> 40 + rng.nextInt(120);
      case GOOD -> 90 + rng.nextInt(300);
      case MIXED -> 200 + rng.nextInt(600);
      case POOR, TEMPLATE -> 400 + rng.nextInt(1200);
    };
  }

  static Mail withFacts(Mail m, ReplyFacts facts) {
    return new Mail(m.messageId(), m.threadKey(), m.from(), m.to(), m.date(), m.subject(),
        m.inReplyTo(), m.references(), m.text(), m.html(), m.style(), m.attachments(),
        m.extraHeaders(), m.role(), m.language(), m.autoReply(), facts);
  }

  /** Mutable while a thread plays, then frozen into {@link ThreadFacts}. */
  static final class Facts {
    final ThreadSpec spec;
    String subject = "";
    boolean unanswered;
    boolean thanked;
    String reception = "";
    String deadline = "";
    String outcome = "";
    String cancellation = "";
    String language = "fi";
    int messages;

    Facts(ThreadSpec spec) {
      this.spec = spec;
    }

    ThreadFacts build() {
      String agent = spec.agent() == null ? "" : spec.agent().email();
      String dept = spec.agent() == null ? "" : spec.agent().department();
      return new ThreadFacts(spec.key(), spec.kind().name().toLowerCase(java.util.Locale.ROOT), dept,
          agent, language, subject, unanswered, thanked, reception, deadline, outcome, cancellation, messages);
    }
  }
}
