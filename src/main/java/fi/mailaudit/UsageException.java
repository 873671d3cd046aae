package fi.mailaudit;

/**
 * A mistake in how mailaudit was called (a wrong flag, a missing input, a bad config value). The
 * command line prints its message alone, without a stack trace, and exits with status 2.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
