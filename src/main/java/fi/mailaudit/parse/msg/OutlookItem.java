package fi.mailaudit.parse.msg;

import java.time.Instant;
import java.util.List;

/**
 * What an Outlook store (PST item, MSG file, TNEF blob) says about one message, before it becomes a
 * {@link fi.mailaudit.parse.ParsedMessage}. The three readers fill this from their own library
 * (java-libpst, POI HSMF, POI HMEF) and {@link OutlookMessageAssembler} does the rest once, so the
 * header, address and body rules cannot drift apart between formats. Any field may be null.
 *
 * @param subject PR_SUBJECT
 * @param transportHeaders PR_TRANSPORT_MESSAGE_HEADERS: the RFC 5322 header block of a received
 *     message as the transport saw it; null or empty for sent items, drafts and most embedded
 *     messages
 * @param internetMessageId PR_INTERNET_MESSAGE_ID
 * @param inReplyToId PR_IN_REPLY_TO_ID
 * @param internetReferences PR_INTERNET_REFERENCES
 * @param sender the sender as MAPI stores it
 * @param recipients the recipient table, in order
 * @param submitTime PR_CLIENT_SUBMIT_TIME
 * @param deliveryTime PR_MESSAGE_DELIVERY_TIME
 * @param bodyText PR_BODY
 * @param bodyHtml PR_HTML
 * @param bodyRtf PR_RTF_COMPRESSED, already decompressed to RTF source
 * @param attachments the attachment table, listed not extracted
 * @param sizeBytes PR_MESSAGE_SIZE or the size of the file
 */
public record OutlookItem(
    String subject,
    String transportHeaders,
    String internetMessageId,
    String inReplyToId,
    String internetReferences,
    OutlookRecipient sender,
    List<OutlookRecipient> recipients,
    Instant submitTime,
    Instant deliveryTime,
    String bodyText,
    String bodyHtml,
    String bodyRtf,
    List<OutlookAttachment> attachments,
    long sizeBytes) {

  public OutlookItem {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
