package fi.mailaudit.parse;

import fi.mailaudit.ingest.SourceRef;

/**
 * An item that was found but could not be read; becomes a row of the {@code rejects} table.
 *
 * @param source where the item was found
 * @param reason a stable code, see {@link RejectReason}
 * @param detail what went wrong, for a person (the exception message, the limit that was hit)
 */
public record Reject(SourceRef source, RejectReason reason, String detail) implements ReadResult {

  public static Reject of(SourceRef source, RejectReason reason, Throwable cause) {
    String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return new Reject(source, reason, cause.getClass().getSimpleName() + message);
  }
}
