package fi.mailaudit.parse.msg;

import java.io.IOException;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of an Outlook attachment: PR_ATTACH_MIME_TAG when the store has it, else a guess
 * from the file name by Tika's registry. The content is never read, because SPEC §2 says
 * attachments are listed, not extracted.
 */
final class AttachmentTypes {
  static final String OCTET_STREAM = "application/octet-stream";
  private static final MimeTypes REGISTRY = MimeTypes.getDefaultMimeTypes();

  private AttachmentTypes() {}

  static String of(String declared, String name) {
    if (declared != null && !declared.isBlank()) {
      String base = declared.strip().toLowerCase(Locale.ROOT);
      int semicolon = base.indexOf(';');
      return semicolon < 0 ? base : base.substring(0, semicolon).strip();
    }
    if (name == null || name.isBlank()) {
      return OCTET_STREAM;
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try {
      MediaType type = REGISTRY.detect(null, metadata);
      return type == null ? OCTET_STREAM : type.getBaseType().toString();
    } catch (IOException e) {
      // Name-only detection reads no stream; an IOException here cannot carry information.
      return OCTET_STREAM;
    }
  }
}
