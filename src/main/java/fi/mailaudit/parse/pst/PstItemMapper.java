package fi.mailaudit.parse.pst;

import com.pff.PSTAttachment;
import com.pff.PSTException;
import com.pff.PSTMessage;
import com.pff.PSTRecipient;
import fi.mailaudit.parse.msg.OutlookAttachment;
import fi.mailaudit.parse.msg.OutlookItem;
import fi.mailaudit.parse.msg.OutlookRecipient;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Reads the MAPI properties of one libpst message into an {@link OutlookItem}. */
final class PstItemMapper {
  /** How Outlook lists an embedded message in the parent's attachment table ([MS-OXCMSG]). */
  static final String EMBEDDED_MESSAGE_TYPE = "application/vnd.ms-outlook";

  private PstItemMapper() {}

  /** An embedded message found in the attachment table, by its attachment index. */
  record Embedded(int index, PSTAttachment attachment) {}

  /**
   * Maps a message; attachments of method 5 (ATTACHMENT_METHOD_EMBEDDED) are listed and handed back
   * in {@code embedded} for the caller to emit as messages of their own.
   */
  static OutlookItem toItem(PSTMessage m, List<Embedded> embedded) throws PSTException, IOException {
    String body = m.getBody();
    String html = m.getBodyHTML();
    // The RTF stream is LZFu-compressed and only needed when there is no other body.
    String rtf = isBlank(body) && isBlank(html) ? m.getRTFBody() : null;
    String senderSmtp = LibpstAccess.string(m, LibpstAccess.PR_SENDER_SMTP_ADDRESS);
    if (senderSmtp == null) {
      senderSmtp = LibpstAccess.string(m, LibpstAccess.PR_SENT_REPRESENTING_SMTP_ADDRESS);
    }
    return new OutlookItem(
        m.getSubject(),
        m.getTransportMessageHeaders(),
        m.getInternetMessageId(),
        m.getInReplyToId(),
        LibpstAccess.string(m, LibpstAccess.PR_INTERNET_REFERENCES),
        new OutlookRecipient(
            OutlookRecipient.SENDER,
            m.getSenderName(),
            m.getSenderEmailAddress(),
            m.getSenderAddrtype(),
            senderSmtp),
        recipients(m),
        instant(m.getClientSubmitTime()),
        instant(m.getMessageDeliveryTime()),
        body,
        html,
        rtf,
        attachments(m, embedded),
        m.getMessageSize());
  }

  private static List<OutlookRecipient> recipients(PSTMessage m) throws PSTException, IOException {
    int n = m.getNumberOfRecipients();
    List<OutlookRecipient> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PSTRecipient r = m.getRecipient(i);
      out.add(
          new OutlookRecipient(
              r.getRecipientType(),
              r.getDisplayName(),
              r.getEmailAddress(),
              r.getEmailAddressType(),
              r.getSmtpAddress()));
    }
    return out;
  }

  private static List<OutlookAttachment> attachments(PSTMessage m, List<Embedded> embedded)
      throws PSTException, IOException {
    int n = m.getNumberOfAttachments();
    List<OutlookAttachment> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PSTAttachment a = m.getAttachment(i);
      if (a.getAttachMethod() == PSTAttachment.ATTACHMENT_METHOD_EMBEDDED) {
        embedded.add(new Embedded(i, a));
        // PR_DISPLAY_NAME of an embedded-message attachment is the embedded subject.
        String name = isBlank(a.getDisplayName()) ? null : a.getDisplayName() + ".msg";
        out.add(new OutlookAttachment(name, EMBEDDED_MESSAGE_TYPE, a.getAttachSize()));
        continue;
      }
      String name = isBlank(a.getLongFilename()) ? a.getFilename() : a.getLongFilename();
      out.add(
          new OutlookAttachment(
              isBlank(name) ? null : name, a.getMimeTag(), a.getFilesize()));
    }
    return out;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
