package fi.mailaudit.parse.tnef;

import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import fi.mailaudit.parse.msg.OutlookAttachment;
import fi.mailaudit.parse.msg.OutlookItem;
import fi.mailaudit.parse.msg.OutlookMessageAssembler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;

/**
 * Reads a TNEF blob ({@code winmail.dat}, {@code application/vnd.ms-tnef}) with POI HMEF. TNEF
 * carries what Outlook could not express in MIME: the RTF body and the real attachments. Sender,
 * recipients, Message-ID and date live in the MIME message that carried the blob, so a standalone
 * winmail.dat gives a message with those fields null; the caller that found the blob inside a MIME
 * message knows them.
 */
public final class TnefReader {
  private TnefReader() {}

  public static ReadResult read(SourceRef source, InputStream in) {
    try {
      byte[] bytes = in.readAllBytes();
      HMEFMessage tnef = new HMEFMessage(new ByteArrayInputStream(bytes));
      if (tnef.getMessageAttributes().isEmpty() && tnef.getAttachments().isEmpty()) {
        // A bare signature and key (6 bytes) parse as a TNEF stream with nothing in it: not mail.
        return new Reject(source, RejectReason.OUTLOOK_UNREADABLE,
            "TNEF stream of " + bytes.length + " bytes holds no attributes");
      }
      OutlookItem item =
          new OutlookItem(
              tnef.getSubject(),
              null,
              null,
              null,
              null,
              null,
              List.of(),
              null,
              null,
              null,
              null,
              tnef.getBody(),
              attachments(tnef),
              bytes.length);
      return OutlookMessageAssembler.assemble(source, item);
    } catch (IOException | RuntimeException e) {
      // HMEF reports a bad signature or a truncated attribute as IllegalArgumentException or
      // IndexOutOfBounds: the blob is unreadable, the job goes on.
      return Reject.of(source, RejectReason.OUTLOOK_UNREADABLE, e);
    }
  }

  private static List<OutlookAttachment> attachments(HMEFMessage tnef) {
    List<OutlookAttachment> out = new ArrayList<>();
    for (Attachment a : tnef.getAttachments()) {
      String name = a.getLongFilename() != null ? a.getLongFilename() : a.getFilename();
      byte[] contents = a.getContents();
      out.add(new OutlookAttachment(name, null, contents == null ? -1 : contents.length));
    }
    return out;
  }
}
