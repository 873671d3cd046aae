package fi.mailaudit.ingest;

import java.io.Serializable;

/**
 * One RFC 822 message as bytes, cut out of its archive and not yet parsed.
 *
 * @param source where it came from
 * @param bytes the message, headers first; line ends LF or CRLF (a CR-only mbox is converted)
 * @param envelopeFrom the mbox {@code From } line without the leading {@code "From "}, else null
 */
public record RawMessage(SourceRef source, byte[] bytes, String envelopeFrom)
    implements Serializable {}
