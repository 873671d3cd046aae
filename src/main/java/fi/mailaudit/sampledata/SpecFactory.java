package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Agent;
import fi.mailaudit.sampledata.Cast.Company;
import fi.mailaudit.sampledata.Cast.Customer;
import fi.mailaudit.sampledata.ThreadSpec.Kind;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

/**
 * Draws random thread specs: the ordinary traffic that fills the sample around its hand-placed
 * cases, and every thread of the large mode. Agents only get threads on days their roster row is
 * valid, so a leaver's replies stop at their valid_to.
 */
final class SpecFactory {
  /** Kinds and weights (per mille) of the large mode's traffic; ordinary Q&A dominates. */
  private static final Kind[] KINDS = {Kind.ANSWER, Kind.PROMISE_KEPT, Kind.PROMISE_BROKEN,
      Kind.PROMISE_OPEN, Kind.CANCEL_GOOD, Kind.CANCEL_BAD, Kind.UNANSWERED, Kind.ECHO_FEEDBACK,
      Kind.AUTO_REPLY_AGENT, Kind.SWEDISH, Kind.ENGLISH, Kind.REGISTRATION, Kind.PASSWORD_BY_AGENT,
      Kind.THANK_YOU, Kind.NEWSLETTER, Kind.BOUNCE, Kind.INTERNAL};
  private static final int[] WEIGHTS = {560, 120, 60, 10, 25, 25, 50, 15, 20, 15, 15, 15, 10, 15, 15, 10, 20};

  private final PhraseBank bank;
  private final Company company;
  private final List<Scenario> scenarios;

  SpecFactory(PhraseBank bank, Company company) {
    this.bank = bank;
    this.company = company;
    this.scenarios = Scenario.all(bank);
  }

  /** An ordinary question thread (answered, or promised and kept or broken) on {@code day}. */
  ThreadSpec ordinary(String key, LocalDate day, Random rng) {
    int d = rng.nextInt(100);
    Kind kind = d < 70 ? Kind.ANSWER : d < 90 ? Kind.PROMISE_KEPT : Kind.PROMISE_BROKEN;
    return spec(key, kind, day, rng);
  }

  /** Any kind, with the weights above: the large mode. */
  ThreadSpec any(String key, LocalDate day, Random rng) {
    int r = rng.nextInt(1000);
    for (int i = 0; i < KINDS.length; i++) {
      r -= WEIGHTS[i];
      if (r < 0) {
        return spec(key, KINDS[i], day, rng);
      }
    }
    return spec(key, Kind.ANSWER, day, rng);
  }

  ThreadSpec spec(String key, Kind kind, LocalDate day, Random rng) {
    Scenario sc = scenarios.get(rng.nextInt(scenarios.size()));
    if (kind == Kind.PASSWORD_BY_AGENT) {
      sc = byId("tunnukset");
    }
    List<Agent> active = company.agentsOf(sc.department()).stream().filter(a -> a.activeOn(day)).toList();
    Agent agent = active.get(rng.nextInt(active.size()));
    String lang = kind == Kind.SWEDISH ? "sv" : kind == Kind.ENGLISH ? "en" : "fi";
    Customer customer = Cast.customer(bank, lang, rng);
    ZonedDateTime start = WorkCalendar.customerTime(day, rng);
    Deadline.Kind dk = Deadline.Kind.values()[rng.nextInt(Deadline.Kind.values().length - 1)];
    ThreadSpec s = ThreadSpec.of(key, kind, sc, agent, customer, start, rng.nextBoolean(), rng.nextInt(100) < 35);
    return s.withDeadline(dk, kind == Kind.PROMISE_OPEN ? day.plusDays(400) : null);
  }

  Scenario byId(String id) {
    return scenarios.stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scenario " + id));
  }

  Agent agent(String first) {
    return company.agents().stream().filter(a -> a.first().equals(first)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no agent " + first));
  }
}
