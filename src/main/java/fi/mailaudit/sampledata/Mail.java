package fi.mailaudit.sampledata;

import fi.mailaudit.sampledata.Cast.Addr;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One generated message before rendering, with what the generator knows about it (the ground
 * truth the labels carry). {@code html} is null for plain text; {@code reply} is null unless an
 * agent wrote it to a customer.
 */
record Mail(
    String messageId,
    String threadKey,
    Addr from,
    List<Addr> to,
    ZonedDateTime date,
    String subject,
    String inReplyTo,
    List<String> references,
    String text,
    String html,
    BodyStyle style,
    List<Part> attachments,
    List<String[]> extraHeaders,
    String role,
    String language,
    boolean autoReply,
    ReplyFacts reply) {

  /** An attachment: name, media type, raw bytes. */
  record Part(String name, String mediaType, byte[] bytes) {}

  /** How the body is encoded on the wire (SPEC §2: every charset path must decode). */
  enum BodyStyle {
    UTF8_8BIT,
    UTF8_QP,
    LATIN1_QP,
    CP1252_QP,
    UTF8_BASE64,
    HTML_ONLY,
    ALTERNATIVE,
    /** A delivery status report (RFC 3464), for the bounce. */
    REPORT
  }

  Mail withStyle(BodyStyle newStyle) {
    return new Mail(messageId, threadKey, from, to, date, subject, inReplyTo, references, text,
        html, newStyle, attachments, extraHeaders, role, language, autoReply, reply);
  }

  Mail withoutThreading() {
    return new Mail(messageId, threadKey, from, to, date, subject, null, List.of(), text, html,
        style, attachments, extraHeaders, role, language, autoReply, reply);
  }
}
