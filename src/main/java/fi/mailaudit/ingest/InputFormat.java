package fi.mailaudit.ingest;

/**
 * The archive formats mailaudit reads (SPEC §2). The lower-case {@link #code()} is what the
 * {@code messages.source_format} column and the manifest carry.
 */
public enum InputFormat {
  MBOX,
  /** A gzip-compressed mbox: read as one stream, since gzip cannot be entered mid-file. */
  MBOX_GZ,
  EML,
  /** Apple Mail's single message file: a byte count line, the RFC 822 message, an XML plist. */
  EMLX,
  MSG,
  /** winmail.dat: Outlook's Transport Neutral Encapsulation Format. */
  TNEF,
  /** One file of a Maildir ({@code cur/}, {@code new/}; never {@code tmp/}). */
  MAILDIR,
  /** One numbered file of an MH folder. */
  MH,
  PST,
  ZIP,
  /** Found under an input path but not a mail archive: listed in the manifest, never parsed. */
  UNSUPPORTED;

  public String code() {
    return switch (this) {
      case MBOX, MBOX_GZ -> "mbox";
      default -> name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
