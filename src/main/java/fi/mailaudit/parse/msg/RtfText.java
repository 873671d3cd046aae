package fi.mailaudit.parse.msg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * RTF body to plain text with Tika's RTFParser (the one Tika's own Outlook parsers use), for
 * messages whose only body is PR_RTF_COMPRESSED (testPST_variousBodyTypes.pst item 3, every TNEF
 * winmail.dat). Embedded objects in the RTF are not extracted: there is no EmbeddedDocumentExtractor
 * in the context, in line with SPEC §2 (attachments listed, never extracted).
 */
final class RtfText {
  private RtfText() {}

  /**
   * The text of an RTF document. RTF is 7-bit by definition (RFC-less, but the RTF 1.9.1 spec:
   * non-ASCII is escaped as \'xx or \\uN), so ISO-8859-1 gives back exactly the bytes the store held.
   *
   * @throws IOException when the RTF cannot be parsed; the caller decides what that means for the
   *     message
   */
  static String toText(String rtf) throws IOException {
    if (rtf == null || rtf.isBlank()) {
      return "";
    }
    BodyContentHandler handler = new BodyContentHandler(-1);
    try {
      new RTFParser()
          .parse(
              new ByteArrayInputStream(rtf.getBytes(StandardCharsets.ISO_8859_1)),
              handler,
              new Metadata(),
              new ParseContext());
    } catch (SAXException | TikaException e) {
      throw new IOException("RTF body not readable: " + e.getMessage(), e);
    }
    return handler.toString().strip();
  }
}
