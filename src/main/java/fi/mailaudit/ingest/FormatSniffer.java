package fi.mailaudit.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Recognises the format of one file from its name and first bytes. Magic numbers first (they are
 * certain), then Tika's MIME detection for what has none, because a Maildir file or an EML export
 * often has no extension at all.
 */
public final class FormatSniffer {
  /** How many leading bytes a caller should pass. */
  public static final int HEAD_BYTES = 4096;

  private static final byte[] PST_MAGIC = {'!', 'B', 'D', 'N'};
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] TNEF_MAGIC = {0x78, (byte) 0x9F, 0x3E, 0x22};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] GZIP_MAGIC = {0x1F, (byte) 0x8B};
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Detector tika = MimeTypes.getDefaultMimeTypes();

  /** The recognised format, or {@link InputFormat#UNSUPPORTED} with what the file is instead. */
  public Sniffed sniff(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (startsWith(head, 0, PST_MAGIC)) {
      return new Sniffed(InputFormat.PST, null);
    }
    if (startsWith(head, 0, TNEF_MAGIC)) {
      return new Sniffed(InputFormat.TNEF, null);
    }
    if (startsWith(head, 0, OLE2_MAGIC)) {
      // OLE2 is also .doc/.xls; only Outlook items are mail.
      return name.endsWith(".msg") || name.endsWith(".oft")
          ? new Sniffed(InputFormat.MSG, null)
          : new Sniffed(InputFormat.UNSUPPORTED, "application/x-tika-msoffice");
    }
    if (startsWith(head, 0, ZIP_MAGIC)) {
      return new Sniffed(InputFormat.ZIP, null);
    }
    if (startsWith(head, 0, GZIP_MAGIC)) {
      return name.endsWith(".eml.gz")
          ? new Sniffed(InputFormat.UNSUPPORTED, "application/gzip")
          : new Sniffed(InputFormat.MBOX_GZ, null);
    }
    if (name.endsWith(".emlx")) {
      return new Sniffed(InputFormat.EMLX, null);
    }
    int start = startsWith(head, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
    if (startsWith(head, start, "From ".getBytes(StandardCharsets.US_ASCII))) {
      return new Sniffed(InputFormat.MBOX, null);
    }
    if (head.length == 0) {
      // An empty .mbox is a valid mbox with no messages; an empty anything-else is nothing.
      return name.endsWith(".mbox") || name.equals("mbox") || name.endsWith(".mbx")
          ? new Sniffed(InputFormat.MBOX, null)
          : new Sniffed(InputFormat.UNSUPPORTED, "empty file");
    }
    if (name.endsWith(".eml") || looksLikeHeaderBlock(head, start)) {
      return new Sniffed(InputFormat.EML, null);
    }
    return new Sniffed(InputFormat.UNSUPPORTED, tikaType(fileName, head).toString());
  }

  private MediaType tikaType(String fileName, byte[] head) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    try (ByteArrayInputStream in = new ByteArrayInputStream(head)) {
      return tika.detect(in, metadata);
    } catch (IOException e) {
      return MediaType.OCTET_STREAM;
    }
  }

  /**
   * True when the first line is an RFC 5322 header field ({@code Name: value}) and a second header
   * or continuation follows: what an EML without extension (a Maildir file) starts with.
   */
  public static boolean looksLikeHeaderBlock(byte[] head, int start) {
    int fields = 0;
    int i = start;
    while (i < head.length && fields < 2) {
      int lineEnd = i;
      while (lineEnd < head.length && head[lineEnd] != '\n' && head[lineEnd] != '\r') {
        lineEnd++;
      }
      if (lineEnd == i) {
        return false;
      }
      if (head[i] == ' ' || head[i] == '\t') {
        if (fields == 0) {
          return false;
        }
      } else if (isFieldLine(head, i, lineEnd)) {
        fields++;
      } else {
        return false;
      }
      i = lineEnd;
      while (i < head.length && (head[i] == '\n' || head[i] == '\r')) {
        i++;
        if (i < head.length && head[i - 1] == '\n') {
          break;
        }
      }
    }
    return fields >= 2 || (fields == 1 && i >= head.length);
  }

  private static boolean isFieldLine(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c == ':') {
        return i > from;
      }
      // RFC 5322 allows any printable name; real mail uses letters, digits, '-' and '_'.
      if (!(Character.isLetterOrDigit(c) && c < 127 || c == '-' || c == '_')) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
    if (data.length - offset < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A sniffing verdict: the format, and for unsupported files what they are instead. */
  public record Sniffed(InputFormat format, String note) {}
}
