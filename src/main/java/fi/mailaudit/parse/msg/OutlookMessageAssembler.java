package fi.mailaudit.parse.msg;

import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Address;
import fi.mailaudit.parse.Attachment;
import fi.mailaudit.parse.HtmlToText;
import fi.mailaudit.parse.MailHeaders;
import fi.mailaudit.parse.ParsedMessage;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ParsedMessage} from an {@link OutlookItem}: the one place where PST, MSG and TNEF
 * decide headers, addresses, date and body, so the three formats agree with each other and with the
 * mbox/EML path on the same message (dedupe in SPEC §4 hashes these fields).
 *
 * <p>The transport headers win where present, because they are what the mbox copy of the same
 * message says (Message-ID, In-Reply-To, References, From, To, Cc, Date, Auto-Submitted,
 * Precedence…); MAPI properties fill what they lack. The subject is the exception: PR_SUBJECT is
 * stored in Unicode, while a header subject may carry a broken charset.
 */
public final class OutlookMessageAssembler {
  public static final String BODY_PLAIN = "text/plain";
  public static final String BODY_HTML = "text/html";
  public static final String BODY_RTF = "application/rtf";
  public static final String BODY_NONE = "none";

  private OutlookMessageAssembler() {}

  public static ParsedMessage assemble(SourceRef source, OutlookItem item) {
    TransportHeaders h = TransportHeaders.parse(item.transportHeaders());
    String messageId = HeaderValues.firstMessageId(h.firstRaw(MailHeaders.MESSAGE_ID));
    if (messageId == null) {
      messageId = HeaderValues.firstMessageId(item.internetMessageId());
    }
    List<String> inReplyTo = idsOr(h, MailHeaders.IN_REPLY_TO, item.inReplyToId());
    List<String> references = idsOr(h, MailHeaders.REFERENCES, item.internetReferences());
    List<Address> fromHeader = OutlookAddresses.fromHeader(h.joinedRaw(MailHeaders.FROM));
    Address from =
        fromHeader.isEmpty() ? OutlookAddresses.fromMapi(item.sender()) : fromHeader.get(0);
    List<Address> to = addressesOr(h, MailHeaders.TO, item, OutlookRecipient.TO);
    List<Address> cc = addressesOr(h, MailHeaders.CC, item, OutlookRecipient.CC);
    Instant sentAt = HeaderValues.date(h.firstRaw(MailHeaders.DATE));
    if (sentAt == null) {
      sentAt = item.submitTime() != null ? item.submitTime() : item.deliveryTime();
    }
    String subject = blankToNull(item.subject());
    if (subject == null) {
      subject = blankToNull(TransportHeaders.decode(h.firstRaw(MailHeaders.SUBJECT)));
    }
    Map<String, List<String>> headers = h.decoded();
    synthesize(headers, MailHeaders.MESSAGE_ID, messageId == null ? null : "<" + messageId + ">");
    synthesize(headers, MailHeaders.IN_REPLY_TO, bracketed(inReplyTo));
    synthesize(headers, MailHeaders.REFERENCES, bracketed(references));
    synthesize(headers, MailHeaders.SUBJECT, subject);
    synthesize(headers, MailHeaders.DATE, rfc5322(sentAt));
    String[] body = body(item);
    return new ParsedMessage(
        source,
        messageId,
        List.copyOf(inReplyTo),
        List.copyOf(references),
        from,
        List.copyOf(to),
        List.copyOf(cc),
        sentAt,
        subject,
        Collections.unmodifiableMap(headers),
        body[0],
        body[1],
        attachments(item.attachments()),
        item.sizeBytes());
  }

  private static List<String> idsOr(TransportHeaders h, String name, String mapiValue) {
    List<String> ids = HeaderValues.messageIds(h.joinedRaw(name));
    return ids.isEmpty() ? HeaderValues.messageIds(mapiValue) : ids;
  }

  private static List<Address> addressesOr(
      TransportHeaders h, String name, OutlookItem item, int kind) {
    // A received message's headers are authoritative even when they hold no Cc at all: the MAPI
    // table would then only repeat the To list, so fall back only when there are no headers.
    return h.isEmpty()
        ? OutlookAddresses.fromMapi(item.recipients(), kind)
        : OutlookAddresses.fromHeader(h.joinedRaw(name));
  }

  /** Without transport headers (sent items, drafts) the map still answers the common names. */
  private static void synthesize(Map<String, List<String>> headers, String name, String value) {
    if (value != null && !value.isBlank() && !headers.containsKey(name)) {
      headers.put(name, List.of(value));
    }
  }

  /**
   * A Date header value; null for a year RFC 5322 cannot write (a damaged PST item gave year 14896,
   * which made the formatter throw and the whole message a reject).
   */
  private static String rfc5322(Instant instant) {
    if (instant == null) {
      return null;
    }
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    return year < 1900 || year > 9999
        ? null
        : DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static String bracketed(List<String> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    ids.forEach(id -> out.append(out.length() == 0 ? "" : " ").append('<').append(id).append('>'));
    return out.toString();
  }

  /** SPEC §2: text/plain preferred, else HTML as text, else RTF as text. */
  private static String[] body(OutlookItem item) {
    if (item.bodyText() != null && !item.bodyText().isBlank()) {
      return new String[] {item.bodyText(), BODY_PLAIN};
    }
    if (item.bodyHtml() != null && !item.bodyHtml().isBlank()) {
      return new String[] {HtmlToText.convert(item.bodyHtml()), BODY_HTML};
    }
    if (item.bodyRtf() != null && !item.bodyRtf().isBlank()) {
      try {
        return new String[] {RtfText.toText(item.bodyRtf()), BODY_RTF};
      } catch (IOException e) {
        // The message itself is readable; ParsedMessage has no warning channel, so an unreadable
        // RTF body shows as bodySource "none" rather than turning the message into a reject.
        return new String[] {"", BODY_NONE};
      }
    }
    return new String[] {"", BODY_NONE};
  }

  private static List<Attachment> attachments(List<OutlookAttachment> rows) {
    List<Attachment> out = new ArrayList<>(rows.size());
    for (OutlookAttachment a : rows) {
      out.add(
          new Attachment(
              a.name(), AttachmentTypes.of(a.declaredMediaType(), a.name()), a.sizeBytes()));
    }
    return List.copyOf(out);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
