package fi.mailaudit.conversation;

import java.util.Locale;

/**
 * Which way a message crossed the company's boundary (SPEC §4 "Roles"). {@link #INTERNAL} mail
 * (agent to agents only) is kept out of every customer metric (issue 3 item 1).
 */
public enum Direction {
  /** From outside the company (a customer or a foreign system) to it. */
  INBOUND,
  /** From the company (an agent or its own no-reply system) to at least one customer. */
  OUTBOUND,
  /** From the company to the company only. */
  INTERNAL;

  /** The value of the {@code direction} column: {@code inbound}, {@code outbound}, {@code internal}. */
  public String columnValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
