package fi.mailaudit.parse.rfc822;

import fi.mailaudit.parse.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * Receives mime4j's parse events for one message and keeps what {@link Rfc822Parser} needs: the
 * top-level headers, the inline text parts and the attachment list. Attachments are read only to
 * count their decoded bytes. Reused across messages ({@link #reset}); not thread-safe.
 */
final class MimeCollector extends AbstractContentHandler {
  /** Thrown from an event to stop mime4j when a {@link ParserLimits} limit is hit. */
  static final class LimitExceeded extends MimeException {
    LimitExceeded(String detail) {
      super(detail);
    }
  }

  private static final int KEEP_BUFFER_BYTES = 1 << 20;
  private static final String MESSAGE_RFC822 = "message/rfc822";

  private final ParserLimits limits;
  private final ParseBudget budget;
  final Map<String, List<String>> headers = new LinkedHashMap<>();
  final List<BodyChooser.TextPart> textParts = new ArrayList<>();
  final List<Attachment> attachments = new ArrayList<>();
  private byte[] buffer = new byte[64 * 1024];
  private int[] savedGroup = new int[16];
  private boolean inTopHeader;
  private int headerBlocks;
  private int depth;
  private int alternativeGroup;
  private int nextGroup;
  private PartParams contentType;
  private PartParams disposition;

  MimeCollector(ParserLimits limits, ParseBudget budget) {
    this.limits = limits;
    this.budget = budget;
  }

  void reset() {
    headers.clear();
    textParts.clear();
    attachments.clear();
    if (buffer.length > KEEP_BUFFER_BYTES) {
      buffer = new byte[64 * 1024]; // one huge message must not pin its buffer for the partition
    }
    headerBlocks = 0;
    depth = 0;
    alternativeGroup = -1;
    nextGroup = 0;
  }

  @Override
  public void startHeader() throws MimeException {
    budget.check();
    inTopHeader = headerBlocks++ == 0;
    contentType = null;
    disposition = null;
  }

  @Override
  public void field(Field field) throws MimeException {
    budget.check();
    String name = field.getNameLowerCase();
    if (inTopHeader) {
      String value = HeaderValues.rawValue(field.getRaw());
      headers.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
    }
    if (name.equals("content-type")) {
      contentType = PartParams.of(field);
    } else if (name.equals("content-disposition")) {
      disposition = PartParams.of(field);
    }
  }

  @Override
  public void endHeader() {
    inTopHeader = false;
  }

  @Override
  public void startMultipart(BodyDescriptor descriptor) throws MimeException {
    budget.check();
    if (++depth > limits.maxNestingDepth()) {
      throw new LimitExceeded("maxNestingDepth " + limits.maxNestingDepth() + " exceeded");
    }
    if (depth >= savedGroup.length) {
      savedGroup = Arrays.copyOf(savedGroup, savedGroup.length * 2);
    }
    savedGroup[depth] = alternativeGroup;
    if (alternativeGroup < 0 && "multipart/alternative".equals(descriptor.getMimeType())) {
      alternativeGroup = nextGroup++;
    }
  }

  @Override
  public void endMultipart() {
    if (depth > 0) {
      alternativeGroup = savedGroup[depth--];
    }
  }

  @Override
  public void body(BodyDescriptor descriptor, InputStream in) throws MimeException, IOException {
    budget.check();
    String mediaType = descriptor.getMimeType();
    if (mediaType.startsWith("multipart/")) {
      return; // the undivided body of a flat-mode retry: neither text nor an attachment
    }
    int length = readAll(in);
    String fileName = fileName();
    boolean isAttachment = disposition != null && "attachment".equals(disposition.value());
    boolean isText = BodyChooser.PLAIN.equals(mediaType) || BodyChooser.HTML.equals(mediaType);
    if (isText && !isAttachment && fileName == null) {
      String charset = contentType == null ? null : contentType.param("charset");
      String text = TextDecoding.decode(buffer, length, charset);
      textParts.add(new BodyChooser.TextPart(mediaType.equals(BodyChooser.HTML), text, alternativeGroup));
      return;
    }
    if (fileName == null && MESSAGE_RFC822.equals(mediaType)) {
      fileName = EmbeddedSubject.of(buffer, length);
    }
    attachments.add(new Attachment(fileName, mediaType, length));
  }

  private String fileName() {
    String name = disposition == null ? null : disposition.param("filename");
    if (name == null && contentType != null) {
      name = contentType.param("name");
    }
    return name;
  }

  /**
   * Reads the decoded part into the reused buffer; mime4j bounds it by the message size. The time
   * budget is checked per chunk: decoding a huge broken base64 part is where the time goes.
   */
  private int readAll(InputStream in) throws MimeException, IOException {
    int length = 0;
    while (true) {
      budget.check();
      if (length == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        return length;
      }
      length += n;
    }
  }
}
