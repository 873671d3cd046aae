package fi.mailaudit.parse.rfc822;

/**
 * Per-message limits of {@link Rfc822Parser}. A message that exceeds one becomes a {@code
 * LIMIT_EXCEEDED} reject naming the limit, so that one hostile or broken item cannot stall a Spark
 * task or exhaust its memory.
 *
 * @param maxMessageBytes the largest raw message accepted
 * @param maxHeaderFieldChars the longest header field (after folding) accepted
 * @param maxHeaderFields the most header fields in one header block
 * @param maxNestingDepth the deepest multipart nesting accepted
 * @param maxParseMillis the longest one message may take to parse (checked between parse events,
 *     see {@link ParseBudget})
 */
public record ParserLimits(
    long maxMessageBytes, int maxHeaderFieldChars, int maxHeaderFields, int maxNestingDepth,
    long maxParseMillis) {

  /** 64 MB message, 100 000-char header field, 1 000 header fields, 100 MIME levels, 10 s. */
  public static final ParserLimits DEFAULTS = new ParserLimits(64L << 20, 100_000, 1_000, 100, 10_000);

  public ParserLimits {
    requirePositive("maxMessageBytes", maxMessageBytes);
    requirePositive("maxHeaderFieldChars", maxHeaderFieldChars);
    requirePositive("maxHeaderFields", maxHeaderFields);
    requirePositive("maxNestingDepth", maxNestingDepth);
    requirePositive("maxParseMillis", maxParseMillis);
  }

  /** The size and structure limits with the default time budget. */
  public ParserLimits(long maxMessageBytes, int maxHeaderFieldChars, int maxHeaderFields, int maxNestingDepth) {
    this(maxMessageBytes, maxHeaderFieldChars, maxHeaderFields, maxNestingDepth, 10_000);
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
