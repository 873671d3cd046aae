package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Agent;
import fi.mailaudit.sampledata.Cast.Customer;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * What one conversation is to be: its kind, who takes part, when it starts and which of the
 * special cases of the brief it carries (a dropped In-Reply-To, a forced subject, an invoice PDF).
 * {@code deadline} is a fixed promise date; null lets {@code deadlineKind} resolve one.
 */
record ThreadSpec(
    String key,
    Kind kind,
    Scenario scenario,
    Agent agent,
    Customer customer,
    ZonedDateTime start,
    boolean twoQuestions,
    Deadline.Kind deadlineKind,
    LocalDate deadline,
    boolean customerThanks,
    boolean dropThreading,
    String subject,
    boolean attachInvoice) {

  /** The conversation shapes of SPEC §5 the generator can play. */
  enum Kind {
    ANSWER,
    PROMISE_KEPT,
    PROMISE_BROKEN,
    PROMISE_OPEN,
    CANCEL_GOOD,
    CANCEL_BAD,
    UNANSWERED,
    ECHO_FEEDBACK,
    AUTO_REPLY_AGENT,
    SWEDISH,
    ENGLISH,
    REGISTRATION,
    PASSWORD_BY_AGENT,
    THANK_YOU,
    NEWSLETTER,
    BOUNCE,
    INTERNAL
  }

  /** A plain spec of {@code kind}; the with-methods add the special cases. */
  static ThreadSpec of(String key, Kind kind, Scenario scenario, Agent agent, Customer customer,
      ZonedDateTime start, boolean twoQuestions, boolean customerThanks) {
    return new ThreadSpec(key, kind, scenario, agent, customer, start, twoQuestions,
        Deadline.Kind.TOMORROW, null, customerThanks, false, null, false);
  }

  ThreadSpec withDeadline(Deadline.Kind k, LocalDate fixed) {
    return new ThreadSpec(key, kind, scenario, agent, customer, start, twoQuestions, k, fixed,
        customerThanks, dropThreading, subject, attachInvoice);
  }

  ThreadSpec withDroppedThreading() {
    return new ThreadSpec(key, kind, scenario, agent, customer, start, twoQuestions, deadlineKind,
        deadline, customerThanks, true, subject, attachInvoice);
  }

  ThreadSpec withSubject(String s, boolean invoice) {
    return new ThreadSpec(key, kind, scenario, agent, customer, start, twoQuestions, deadlineKind,
        deadline, customerThanks, dropThreading, s, invoice);
  }
}
