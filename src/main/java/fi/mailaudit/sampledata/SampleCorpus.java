package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Agent;
import fi.mailaudit.sampledata.Cast.Company;
import fi.mailaudit.sampledata.ThreadSpec.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The checked-in sample (SPEC §7 sample-data/): Saimaan Kuitu Oy's shared customer-service
 * mailbox as an mbox, the billing team's Outlook export as .eml files, technical support as a
 * Maildir, plus roster, products and labels. The hand-placed threads carry the brief's special
 * cases (Midsummer, a weekend, the spring DST change, "15.3. mennessä", two "Laskutusvirhe"
 * threads, a dropped In-Reply-To); ordinary traffic fills the rest.
 */
final class SampleCorpus {
  static final int ORDINARY_THREADS = 44;
  static final String MBOX = "archives/asiakaspalvelu-jaettu.mbox";
  static final String EML = "archives/laskutus-outlook";
  static final String MAILDIR = "archives/tekninen-tuki-maildir";

  private final PhraseBank bank;
  private final Company company;
  private final SpecFactory specs;

  SampleCorpus(PhraseBank bank) {
    this.bank = bank;
    this.company = Cast.sampleCompany(bank);
    this.specs = new SpecFactory(bank, company);
  }

  /** Writes the sample under {@code root}; returns the number of message files written. */
  long write(Path root, long seed) throws IOException {
    Random rng = new Random(seed);
    List<ThreadSpec> plan = plan(rng);
    ThreadScripts scripts = new ThreadScripts(bank, company);
    ZonedDateTime unread = ZonedDateTime.of(2026, 9, 17, 0, 0, 0, 0, WorkCalendar.HELSINKI);
    try (LabelWriter labels = new LabelWriter(root.resolve("labels"));
        MboxSink mbox = new MboxSink(root, MBOX)) {
      EmlSink eml = new EmlSink(root, EML, false);
      MaildirSink maildir = new MaildirSink(root, MAILDIR, unread);
      CorpusWriter out = new CorpusWriter(labels);
      long serial = 0;
      for (ThreadSpec s : plan) {
        ThreadScripts.Played p = scripts.play(s, serial++, rng);
        for (Mail m : p.mails()) {
          Mail shown = s.kind() == Kind.ENGLISH && m.role().equals("customer") && !m.autoReply()
              ? m.withStyle(Mail.BodyStyle.UTF8_8BIT) : m;
          out.write(shown, sinks(s, mbox, eml, maildir));
        }
        out.thread(p.facts());
      }
      maildir.leaveInTmp("Return-Path: <tuki@saimaankuitu.fi>\nMessage-ID: <kesken@posti>\nSubject: kesken\n"
          .getBytes(StandardCharsets.UTF_8));
      writeRoster(root);
      Files.write(root.resolve("products.txt"), (String.join("\n", company.products()) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      return out.written();
    }
  }

  private static List<MessageSink> sinks(ThreadSpec s, MboxSink mbox, EmlSink eml, MaildirSink maildir) {
    if (s.kind() == Kind.INTERNAL) {
      return List.of(mbox, maildir);
    }
    if (s.agent() == null) {
      return List.of(mbox);
    }
    return switch (s.agent().department()) {
      case "Laskutus" -> List.of(eml);
      case "Tekninen tuki" -> List.of(maildir);
      default -> List.of(mbox);
    };
  }

  private void writeRoster(Path root) throws IOException {
    StringBuilder b = new StringBuilder("email,agent_name,department,company,valid_from,valid_to\n");
    for (Agent a : company.agents()) {
      b.append(a.email()).append(',').append(a.first()).append(' ').append(a.last()).append(',')
          .append(a.department()).append(',').append(company.name()).append(',')
          .append(a.validFrom() == null ? "" : a.validFrom()).append(',')
          .append(a.validTo() == null ? "" : a.validTo()).append('\n');
    }
    Files.write(root.resolve("roster.csv"), b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The hand-placed threads, then ordinary traffic over April–September 2026, in date order. */
  List<ThreadSpec> plan(Random rng) {
    List<ThreadSpec> plan = new ArrayList<>();
    plan.add(at("t-15-3", Kind.PROMISE_KEPT, "hyvitys", "Päivi", "2026-03-05T10:14", rng)
        .withDeadline(Deadline.Kind.DATE, LocalDate.of(2026, 3, 15)));
    plan.add(at("t-dst", Kind.ANSWER, "nopeus", "Laura", "2026-03-27T18:40", rng));
    plan.add(at("t-weekend", Kind.ANSWER, "katko", "Elina", "2026-05-16T21:05", rng));
    plan.add(at("t-juhannus", Kind.ANSWER, "muutto", "Sanna", "2026-06-18T15:47", rng));
    plan.add(at("t-laskutusvirhe-1", Kind.ANSWER, "tuplaveloitus", "Päivi", "2026-07-02T09:12", rng)
        .withSubject("Laskutusvirhe", true));
    plan.add(at("t-laskutusvirhe-2", Kind.ANSWER, "tuplaveloitus", "Antti", "2026-07-03T13:30", rng)
        .withSubject("Laskutusvirhe", false));
    plan.add(at("t-no-in-reply-to", Kind.ANSWER, "wifi", "Teemu", "2026-08-11T11:02", rng).withDroppedThreading());
    plan.add(at("t-broken-1", Kind.PROMISE_BROKEN, "katko", "Teemu", "2026-05-05T08:31", rng)
        .withDeadline(Deadline.Kind.FRIDAY, null));
    plan.add(at("t-broken-2", Kind.PROMISE_BROKEN, "erapaiva", "Jukka", "2026-08-18T12:45", rng)
        .withDeadline(Deadline.Kind.NEXT_WEEK_START, null));
    plan.add(at("t-open", Kind.PROMISE_OPEN, "muutto", "Laura", "2026-09-28T09:20", rng)
        .withDeadline(Deadline.Kind.DATE, LocalDate.of(2026, 10, 5)));
    plan.add(at("t-kept-tomorrow", Kind.PROMISE_KEPT, "mobiili", "Elina", "2026-07-14T10:05", rng)
        .withDeadline(Deadline.Kind.TOMORROW, null));
    plan.add(at("t-kept-week", Kind.PROMISE_KEPT, "tilausvahvistus", "Sanna", "2026-04-21T14:10", rng)
        .withDeadline(Deadline.Kind.END_OF_WEEK, null));
    plan.add(at("t-cancel-good", Kind.CANCEL_GOOD, "nopeus", "Laura", "2026-08-24T19:15", rng));
    plan.add(at("t-cancel-bad", Kind.CANCEL_BAD, "muutto", "Mikko", "2026-05-19T10:40", rng));
    plan.add(at("t-unanswered-1", Kind.UNANSWERED, "tunnukset", "Mikko", "2026-06-02T16:20", rng));
    plan.add(at("t-unanswered-2", Kind.UNANSWERED, "elasku", "Antti", "2026-09-08T07:55", rng));
    plan.add(at("t-unanswered-3", Kind.UNANSWERED, "wifi", "Teemu", "2026-07-21T20:30", rng));
    plan.add(at("t-echo", Kind.ECHO_FEEDBACK, "tunnukset", "Laura", "2026-06-10T22:14", rng));
    plan.add(at("t-auto-fi-1", Kind.AUTO_REPLY_AGENT, "tilausvahvistus", "Sanna", "2026-07-06T09:00", rng));
    plan.add(at("t-auto-fi-2", Kind.AUTO_REPLY_AGENT, "asennus", "Elina", "2026-07-20T13:13", rng));
    plan.add(at("t-swedish", Kind.SWEDISH, "elasku", "Päivi", "2026-08-05T10:30", rng));
    plan.add(at("t-english", Kind.ENGLISH, "muutto", "Laura", "2026-04-14T11:45", rng));
    plan.add(at("t-registration", Kind.REGISTRATION, "tunnukset", "Laura", "2026-04-08T12:00", rng));
    plan.add(at("t-password", Kind.PASSWORD_BY_AGENT, "tunnukset", "Mikko", "2026-05-26T09:35", rng));
    plan.add(at("t-thank-you", Kind.THANK_YOU, "nopeus", "Laura", "2026-06-03T13:00", rng));
    plan.add(at("t-newsletter", Kind.NEWSLETTER, "katko", "Laura", "2026-06-16T07:00", rng));
    plan.add(at("t-bounce", Kind.BOUNCE, "nopeus", "Mikko", "2026-09-15T10:00", rng));
    plan.add(at("t-internal-1", Kind.INTERNAL, "katko", "Laura", "2026-05-18T09:10", rng));
    plan.add(at("t-internal-2", Kind.INTERNAL, "hyvitys", "Sanna", "2026-06-25T10:20", rng));
    plan.add(at("t-internal-3", Kind.INTERNAL, "katko", "Elina", "2026-09-02T14:00", rng));
    for (int i = 0; i < ORDINARY_THREADS; i++) {
      LocalDate day = LocalDate.of(2026, 4, 1).plusDays(rng.nextInt(176));
      plan.add(specs.ordinary(String.format(java.util.Locale.ROOT, "t-%03d", i + 1), day, rng));
    }
    plan.sort((a, b) -> a.start().compareTo(b.start()));
    return plan;
  }

  private ThreadSpec at(String key, Kind kind, String scenario, String agentFirst, String when, Random rng) {
    Scenario sc = specs.byId(scenario);
    Agent agent = specs.agent(agentFirst);
    String lang = kind == Kind.SWEDISH ? "sv" : kind == Kind.ENGLISH ? "en" : "fi";
    var start = LocalDateTime.parse(when).atZone(WorkCalendar.HELSINKI);
    return ThreadSpec.of(key, kind, sc, agent, Cast.customer(bank, lang, rng), start,
        rng.nextBoolean(), rng.nextInt(100) < 45);
  }
}
