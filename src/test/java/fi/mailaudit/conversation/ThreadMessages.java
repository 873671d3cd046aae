package fi.mailaudit.conversation;

import java.util.List;

/** Builds the thread messages of the prompt and response-time tests, dated in Helsinki time. */
final class ThreadMessages {
  private ThreadMessages() {}

  static ThreadMessage customer(String key, String helsinkiTime, String... inReplyTo) {
    return of(key, Role.CUSTOMER, Direction.INBOUND, false, helsinkiTime, inReplyTo);
  }

  static ThreadMessage agent(String key, String helsinkiTime, String... inReplyTo) {
    return of(key, Role.AGENT, Direction.OUTBOUND, false, helsinkiTime, inReplyTo);
  }

  static ThreadMessage autoReply(String key, Role role, Direction direction, String helsinkiTime) {
    return of(key, role, direction, true, helsinkiTime);
  }

  static ThreadMessage of(
      String key, Role role, Direction direction, boolean auto, String helsinkiTime, String... inReplyTo) {
    return new ThreadMessage(
        key,
        key + "@posti.example.fi",
        List.of(inReplyTo).stream().map(k -> k + "@posti.example.fi").toList(),
        role,
        direction,
        auto,
        helsinkiTime == null ? null : BusinessClockTest.hki(helsinkiTime));
  }
}
