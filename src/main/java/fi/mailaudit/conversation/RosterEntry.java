package fi.mailaudit.conversation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of the agent roster (SPEC §3 {@code roster}): who an address belonged to, in which
 * department and company, and from when to when. An agent who moved department has one row per
 * period.
 *
 * @param email the address, lower case
 * @param agentName the agent's name as the roster spells it
 * @param department the department
 * @param company the company
 * @param validFrom first day the row holds (inclusive), null for "always has"
 * @param validTo last day the row holds (inclusive), null for "still holds"
 */
public record RosterEntry(
    String email,
    String agentName,
    String department,
    String company,
    LocalDate validFrom,
    LocalDate validTo)
    implements Serializable {

  /** True when the row holds on the given local date. */
  public boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  /** True when this row's validity period shares a day with the other's. */
  boolean overlaps(RosterEntry other) {
    boolean startsBeforeOtherEnds =
        validFrom == null || other.validTo == null || !validFrom.isAfter(other.validTo);
    boolean otherStartsBeforeThisEnds =
        other.validFrom == null || validTo == null || !other.validFrom.isAfter(validTo);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }
}
