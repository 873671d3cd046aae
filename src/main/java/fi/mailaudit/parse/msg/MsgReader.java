package fi.mailaudit.parse.msg;

import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.ByteChunk;
import org.apache.poi.hsmf.datatypes.Chunks;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.apache.poi.hsmf.datatypes.RecipientChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;

/**
 * Reads one Outlook {@code .msg} file (an OLE2 compound file, [MS-OXMSG]) with POI HSMF, the
 * library Tika's OutlookParser wraps. A message embedded in the MSG as an attachment is listed as an
 * attachment ({@code application/vnd.ms-outlook}), not emitted: one file is one item here, which
 * keeps found = parsed + rejected for MSG inputs.
 */
public final class MsgReader {
  static final String EMBEDDED_MESSAGE_TYPE = "application/vnd.ms-outlook";

  private MsgReader() {}

  /** Reads the whole stream (POIFS needs random access to the compound file anyway). */
  public static ReadResult read(SourceRef source, InputStream in) {
    try {
      byte[] bytes = in.readAllBytes();
      MAPIMessage msg = new MAPIMessage(new ByteArrayInputStream(bytes));
      msg.setReturnNullOnMissingChunk(true);
      return OutlookMessageAssembler.assemble(source, item(msg, bytes.length));
    } catch (IOException | ChunkNotFoundException | RuntimeException e) {
      // POI signals a corrupt compound file with IllegalArgumentException, IndexOutOfBounds,
      // NotOLE2FileException and friends: every one means this file, not the job, is broken.
      return Reject.of(source, RejectReason.OUTLOOK_UNREADABLE, e);
    }
  }

  private static OutlookItem item(MAPIMessage msg, long size)
      throws ChunkNotFoundException, IOException {
    Chunks main = msg.getMainChunks();
    String[] headerLines = msg.getHeaders();
    Calendar date = msg.getMessageDate();
    return new OutlookItem(
        msg.getSubject(),
        headerLines == null ? null : String.join("\n", headerLines),
        value(main.getMessageId()),
        null,
        null,
        new OutlookRecipient(
            OutlookRecipient.SENDER, msg.getDisplayFrom(), value(main.getEmailFromChunk()), null, null),
        recipients(msg),
        date == null ? null : date.toInstant(),
        null,
        msg.getTextBody(),
        msg.getHtmlBody(),
        msg.getRtfBody(),
        attachments(msg),
        size);
  }

  private static List<OutlookRecipient> recipients(MAPIMessage msg) {
    List<OutlookRecipient> out = new ArrayList<>();
    for (RecipientChunks r : msg.getRecipientDetailsChunks()) {
      out.add(
          new OutlookRecipient(
              recipientType(r),
              r.getRecipientName(),
              value(r.getRecipientEmailChunk()),
              null,
              value(r.getRecipientSMTPChunk())));
    }
    return out;
  }

  /** PR_RECIPIENT_TYPE; MAPI_TO when missing, as Outlook itself treats a recipient without one. */
  private static int recipientType(RecipientChunks r) {
    List<PropertyValue> values = r.getProperties().get(MAPIProperty.RECIPIENT_TYPE);
    if (values != null && !values.isEmpty() && values.get(0).getValue() instanceof Number n) {
      return n.intValue();
    }
    return OutlookRecipient.TO;
  }

  private static List<OutlookAttachment> attachments(MAPIMessage msg) throws IOException {
    List<OutlookAttachment> out = new ArrayList<>();
    for (AttachmentChunks a : msg.getAttachmentFiles()) {
      if (a.isEmbeddedMessage()) {
        MAPIMessage embedded = a.getEmbeddedMessage();
        embedded.setReturnNullOnMissingChunk(true);
        String subject = safeSubject(embedded);
        out.add(new OutlookAttachment(subject == null ? null : subject + ".msg", EMBEDDED_MESSAGE_TYPE, -1));
        continue;
      }
      String name = value(a.getAttachLongFileName());
      ByteChunk data = a.getAttachData();
      out.add(
          new OutlookAttachment(
              name != null ? name : value(a.getAttachFileName()),
              value(a.getAttachMimeTag()),
              data == null || data.getValue() == null ? -1 : data.getValue().length));
    }
    return out;
  }

  private static String safeSubject(MAPIMessage embedded) {
    try {
      return embedded.getSubject();
    } catch (ChunkNotFoundException e) {
      return null;
    }
  }

  private static String value(StringChunk chunk) {
    return chunk == null ? null : chunk.getValue();
  }
}
