package fi.mailaudit.ingest.mbox;

/**
 * What a reader must know about a whole mbox file before reading any range of it: where the
 * content starts (after a UTF-8 byte order mark) and how lines end. Sniffed from the file's head,
 * so that every task of one file reaches the same conclusion wherever its range lies.
 *
 * @param contentStart 3 after a UTF-8 BOM, else 0
 * @param crOnly lines end in a lone CR (classic Mac OS, rjbs {@code testmbox.mac}); otherwise LF,
 *     with an optional CR before it (CRLF, {@code testmbox.dos}) handled line by line
 */
record MboxLayout(long contentStart, boolean crOnly) {

  /** Bytes of the file head that {@link #sniff} looks at. */
  static final int SNIFF_BYTES = 64 << 10;

  /** The byte that ends a line. */
  byte eol() {
    return crOnly ? (byte) '\r' : (byte) '\n';
  }

  /**
   * Decides from the first {@code length} bytes of a file. The first line end seen decides: a CR
   * not followed by LF means CR-only (Python's mailbox reads such a file as one message). A head
   * without any line end is read as LF.
   */
  static MboxLayout sniff(byte[] head, int length) {
    int start = 0;
    if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      start = 3;
    }
    for (int i = start; i < length; i++) {
      if (head[i] == '\n') {
        return new MboxLayout(start, false);
      }
      if (head[i] == '\r') {
        boolean lone = i + 1 < length && head[i + 1] != '\n';
        return new MboxLayout(start, lone);
      }
    }
    return new MboxLayout(start, false);
  }
}
