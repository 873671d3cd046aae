package fi.mailaudit.parse.rfc822;

import java.util.function.LongSupplier;

/**
 * The time one message may take to parse (issue 6: "per-message limits (size, time, nesting)").
 * Checked cooperatively between mime4j's parse events and between the chunks of a decoded part,
 * not by a watchdog thread per message: a Spark partition parses millions of small messages and a
 * thread per message would cost more than the parse. The blind spots are the calls that do not
 * come back to us while they work: jsoup's HTML parse inside {@code HtmlToText} (linear in the
 * input, bounded by maxMessageBytes), and the libpst and POI readers of PST / MSG items, which
 * never pass through this parser.
 */
final class ParseBudget {
  private final long limitMillis;
  private final LongSupplier nanoClock;
  private long deadline;

  /** @param nanoClock a monotonic clock in nanoseconds ({@link System#nanoTime} outside tests) */
  ParseBudget(long limitMillis, LongSupplier nanoClock) {
    this.limitMillis = limitMillis;
    this.nanoClock = nanoClock;
  }

  /** Starts the budget of the next message. */
  void start() {
    deadline = nanoClock.getAsLong() + limitMillis * 1_000_000L;
  }

  boolean exceeded() {
    return nanoClock.getAsLong() - deadline > 0; // overflow-safe, as System.nanoTime requires
  }

  /** Stops the parse when the budget is spent; the message names the limit for the reject. */
  void check() throws MimeCollector.LimitExceeded {
    if (exceeded()) {
      throw new MimeCollector.LimitExceeded(detail());
    }
  }

  String detail() {
    return limitMillis % 1000 == 0
        ? "parse time limit of " + limitMillis / 1000 + " s exceeded"
        : "parse time limit of " + limitMillis + " ms exceeded";
  }
}
