package fi.mailaudit.rules;

import java.time.Instant;
import java.util.Collection;

/**
 * Whether a promise was kept (seed 003: "Jos asiakkaalle luvataan jotain, se pidetään"; SPEC §5.4):
 * kept when the company wrote again in the thread by the deadline (inclusive: a mail at the
 * deadline second keeps it), broken when it did not and the archive reaches past the deadline,
 * open when the archive ends before the deadline and nothing was written yet, so the outcome
 * cannot be known. Pure: the threads stage passes the company's later message times.
 */
public enum PromiseOutcome {
  KEPT, BROKEN, OPEN;

  /**
   * The outcome of one promise.
   *
   * @param deadline the promised deadline ({@link PromiseRule#deadline}); not null
   * @param laterCompanyMessageTimes send times of the company's messages after the promising reply
   *     in the same thread (human replies; the caller leaves auto-replies out); null = none
   * @param archiveEnd the newest message time of the archive (what the audit can see)
   */
  public static PromiseOutcome of(
      Instant deadline, Collection<Instant> laterCompanyMessageTimes, Instant archiveEnd) {
    if (deadline == null || archiveEnd == null) {
      throw new IllegalArgumentException(
          "a promise outcome needs a deadline and the archive's end, got " + deadline + ", " + archiveEnd);
    }
    if (laterCompanyMessageTimes != null
        && laterCompanyMessageTimes.stream().anyMatch(t -> t != null && !t.isAfter(deadline))) {
      return KEPT;
    }
    return archiveEnd.isBefore(deadline) ? OPEN : BROKEN;
  }

  /** The value as the threads table spells it ("kept", "broken", "open"). */
  public String column() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
