package fi.mailaudit.parse.pst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTMessage;
import com.pff.PSTObject;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.msg.OutlookCorpora;
import fi.mailaudit.parse.msg.OutlookItem;
import fi.mailaudit.parse.msg.OutlookMessageAssembler;
import java.io.IOException;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * testPST_variousBodyTypes.pst has items whose native body is HTML (2097188) and RTF only
 * (2097252). Every item also has PR_BODY, so the normal path takes text/plain; here the plain body
 * is removed to prove the HTML and RTF fallbacks on the real bodies.
 */
class PstBodyFallbackTest {
  private static final SourceRef REF =
      new SourceRef("v.pst", InputFormat.PST, "tmp#1", "Top of Outlook data file/Inbox/tmp");

  private static OutlookItem item(long descriptorId) throws IOException, PSTException {
    PSTFile pst = new PSTFile(OutlookCorpora.file("apache-tika/testPST_variousBodyTypes.pst"));
    try {
      PSTMessage m = (PSTMessage) PSTObject.detectAndLoadPSTObject(pst, descriptorId);
      OutlookItem i = PstItemMapper.toItem(m, new ArrayList<>());
      return new OutlookItem(i.subject(), i.transportHeaders(), i.internetMessageId(),
          i.inReplyToId(), i.internetReferences(), i.sender(), i.recipients(), i.submitTime(),
          i.deliveryTime(), null, m.getBodyHTML(), m.getRTFBody(), i.attachments(), i.sizeBytes());
    } finally {
      pst.close();
    }
  }

  @Test
  void htmlBodyIsConvertedToText() throws IOException, PSTException {
    ParsedMessage m = OutlookMessageAssembler.assemble(REF, item(2097188));
    assertEquals("text/html", m.bodySource());
    assertTrue(m.bodyText().contains("This is the original email"), m.bodyText());
    assertTrue(!m.bodyText().contains("<"), m.bodyText());
  }

  @Test
  void rtfOnlyBodyIsConvertedToText() throws IOException, PSTException {
    OutlookItem html = item(2097252);
    OutlookItem rtfOnly = new OutlookItem(html.subject(), html.transportHeaders(),
        html.internetMessageId(), html.inReplyToId(), html.internetReferences(), html.sender(),
        html.recipients(), html.submitTime(), html.deliveryTime(), null, null, html.bodyRtf(),
        html.attachments(), html.sizeBytes());
    ParsedMessage m = OutlookMessageAssembler.assemble(REF, rtfOnly);
    assertEquals("application/rtf", m.bodySource());
    assertTrue(m.bodyText().contains("original email"), m.bodyText());
    assertTrue(!m.bodyText().contains("\\rtf"), m.bodyText());
  }
}
