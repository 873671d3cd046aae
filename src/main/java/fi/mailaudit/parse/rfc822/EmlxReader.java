package fi.mailaudit.parse.rfc822;

import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.util.Arrays;

/**
 * Reads Apple Mail's {@code .emlx} file: a first line holding the byte count of the RFC 822
 * message that follows, then an XML property list of Apple's flags, which is dropped. The message
 * itself goes to {@link Rfc822Parser}. Reuses the parser it is given; not thread-safe.
 */
public final class EmlxReader {
  private static final int MAX_COUNT_DIGITS = 12;

  private final Rfc822Parser parser;

  public EmlxReader(Rfc822Parser parser) {
    this.parser = parser;
  }

  /** Unwraps the message and parses it; a file without a valid count line is a reject. */
  public ReadResult parse(RawMessage raw) {
    byte[] bytes = raw.bytes() == null ? new byte[0] : raw.bytes();
    int i = 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t')) {
      i++;
    }
    long count = 0;
    int digits = 0;
    while (i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9' && digits < MAX_COUNT_DIGITS) {
      count = count * 10 + (bytes[i++] - '0');
      digits++;
    }
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r')) {
      i++;
    }
    if (digits == 0 || i >= bytes.length || bytes[i] != '\n') {
      return new Reject(
          raw.source(), RejectReason.NOT_A_MESSAGE, "emlx: first line is not a byte count");
    }
    int start = i + 1;
    // A count past the end (a truncated copy) still leaves a readable message: take what is there.
    int end = (int) Math.min(bytes.length, start + count);
    byte[] message = Arrays.copyOfRange(bytes, start, end);
    return parser.parse(new RawMessage(raw.source(), message, raw.envelopeFrom()));
  }
}
