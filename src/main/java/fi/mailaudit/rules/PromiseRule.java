package fi.mailaudit.rules;

import fi.mailaudit.conversation.BusinessClock;
import java.time.Instant;
import java.util.List;

/**
 * Promises of a follow-up with a resolvable deadline (seed 003: "Jos asiakkaalle luvataan jotain, se
 * pidetään. … Jos asiakkaalle luvataan palata asiaan huomenna, yritä tehdä se jo tänään"; SPEC
 * §5.4 "promises kept"). A promise is a sentence of the agent's own text in which the company
 * commits to write, call, tell or send something (promise-follow-up.txt) and names a deadline that
 * {@link DeadlineFinder} can resolve. "Palaamme asiaan mahdollisimman pian" is no promise here: its
 * deadline cannot be checked (it counts half as a timeframe in SPEC §5.3, a different rule); nor
 * is a delivery time ("Tilaus toimitetaan huomenna") or a contact under a condition ("jos
 * tarvitsemme lisätietoja").
 *
 * <p>Flags: {@code promise} (bool) and {@code promise_deadline}: the ISO-8601 UTC instant of the
 * earliest promised deadline when the input carries the send time ({@link
 * ReplyInput#withSentAt}), else null. The threads stage turns it into kept / broken / open with
 * {@link PromiseOutcome}. The deadline is a String so the flag map keeps its three value types.
 */
public final class PromiseRule implements Rule {
  private final FinnishText analysis;
  private final PhraseMatcher followUps;
  private final DeadlineFinder deadlines = new DeadlineFinder();
  private final BusinessClock clock;
  private final Evidence evidence;

  public PromiseRule(FinnishText analysis, Evidence evidence, BusinessClock clock) {
    if (clock == null) {
      throw new IllegalArgumentException("a promise rule needs a business clock (Europe/Helsinki)");
    }
    this.analysis = analysis;
    this.evidence = evidence;
    this.clock = clock;
    this.followUps = PhraseMatcher.load("promise-follow-up", analysis);
  }

  /** With the default Finnish business clock (Mon–Fri, Europe/Helsinki, Finnish holidays). */
  public PromiseRule(FinnishText analysis, Evidence evidence) {
    this(analysis, evidence, BusinessClock.finnishDefault());
  }

  @Override
  public RuleResult apply(ReplyInput input) {
    if (!input.hasReply()) {
      return RuleResult.EMPTY;
    }
    String text = OwnText.of(input.reply(), false);
    Instant earliest = null;
    String quote = null;
    List<PhraseMatch> all = followUps.find(text);
    for (Sentence s : analysis.sentences(text)) {
      List<PhraseMatch> verbs =
          all.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
      DeadlineFinder.Found due =
          verbs.isEmpty() || Conditions.govern(text, s, verbs.get(0).start()) ? null : deadlines.find(s.text());
      if (due == null) {
        continue;
      }
      Instant at = input.sentAt() == null ? null : due.deadline().resolve(input.sentAt(), clock);
      if (quote == null || (at != null && (earliest == null || at.isBefore(earliest)))) {
        int from = Math.min(verbs.get(0).start(), s.start() + due.start());
        int to = Math.max(verbs.get(0).end(), s.start() + due.end());
        quote = evidence.quote(text, from, to);
        earliest = at;
      }
    }
    return RuleResult.EMPTY
        .with(RuleColumns.PROMISE, quote != null)
        .with(RuleColumns.PROMISE_DEADLINE, earliest == null ? null : earliest.toString())
        .withEvidence(RuleColumns.PROMISE, quote);
  }

  /** The promised deadline of a result, or null when none was promised or no send time was known. */
  public static Instant deadline(RuleResult result) {
    String at = result.text(RuleColumns.PROMISE_DEADLINE);
    return at == null ? null : Instant.parse(at);
  }
}
