package fi.mailaudit.conversation;

import java.util.Locale;

/**
 * Who wrote a message (SPEC §4 "Roles"): a company {@code agent}, a {@code customer} (any other
 * human) or a {@code system} sender (no-reply, mailer-daemon, bounces). Only agent replies are
 * scored and only customer messages start the response clock.
 */
public enum Role {
  AGENT,
  CUSTOMER,
  SYSTEM;

  /** The value of the {@code sender_role} column: {@code agent}, {@code customer}, {@code system}. */
  public String columnValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
