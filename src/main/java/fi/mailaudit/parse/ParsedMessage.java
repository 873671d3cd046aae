package fi.mailaudit.parse;

import fi.mailaudit.ingest.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One mail message as the parse stage gives it to the conversation stage: decoded headers, the
 * body as text, the attachments listed. Format-neutral: mbox, EML, MSG and PST all end here.
 *
 * @param source where the message was found
 * @param messageId the Message-ID without angle brackets, null when absent
 * @param inReplyTo the message ids of In-Reply-To, without angle brackets, in header order
 * @param references the message ids of References, without angle brackets, in header order
 * @param from the first From mailbox, null when there is none
 * @param to the To mailboxes
 * @param cc the Cc mailboxes
 * @param sentAt the Date header as an instant; null when absent or unparsable
 * @param subject the decoded subject, null when absent
 * @param headers every header by lower-case name, decoded (RFC 2047), unfolded, in order of
 *     appearance; the conversation stage reads Auto-Submitted, X-Autoreply, Precedence,
 *     Content-Language and the like from here through {@link MailHeaders}
 * @param bodyText the body as plain text: text/plain preferred, else HTML converted to text, else
 *     "" (never null)
 * @param bodySource which part the body came from: {@code text/plain}, {@code text/html},
 *     {@code application/rtf} or {@code none}
 * @param attachments the attachments, listed not extracted
 * @param sizeBytes the size of the raw item in bytes
 */
public record ParsedMessage(
    SourceRef source,
    String messageId,
    List<String> inReplyTo,
    List<String> references,
    Address from,
    List<Address> to,
    List<Address> cc,
    Instant sentAt,
    String subject,
    Map<String, List<String>> headers,
    String bodyText,
    String bodySource,
    List<Attachment> attachments,
    long sizeBytes)
    implements ReadResult {

  /** The first value of a header (by any case of its name), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
