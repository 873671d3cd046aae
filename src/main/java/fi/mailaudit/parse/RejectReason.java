package fi.mailaudit.parse;

/** Why an item was rejected. The lower-case code is the {@code rejects.reason} column. */
public enum RejectReason {
  /** The bytes are not a mail message at all (no header block, binary garbage). */
  NOT_A_MESSAGE,
  /** The MIME structure could not be parsed. */
  MALFORMED_MIME,
  /** A PST / OST item could not be loaded from its descriptor. */
  PST_ITEM_UNREADABLE,
  /** A PST / OST item that is not mail (contact, appointment, distribution list…). */
  NOT_MAIL_ITEM,
  /** An Outlook MSG or TNEF file that could not be read. */
  OUTLOOK_UNREADABLE,
  /** The whole file could not be opened or read (permissions, truncated container). */
  FILE_UNREADABLE,
  /** A per-message limit (size, time, nesting) was exceeded; the detail names the limit. */
  LIMIT_EXCEEDED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
