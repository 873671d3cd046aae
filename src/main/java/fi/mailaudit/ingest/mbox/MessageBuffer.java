package fi.mailaudit.ingest.mbox;

import java.util.Arrays;

/**
 * The bytes of the message being read, reused from message to message. Holds at most {@code cap}
 * bytes: beyond that it only counts, so that an oversized message is measured for its reject
 * detail without being buffered (SPEC: never hold what cannot be processed).
 */
final class MessageBuffer {

  private static final int INITIAL = 16 << 10;

  /** A buffer grown past this by one large message is not kept for the next one. */
  private static final int RETAIN_LIMIT = 4 << 20;

  /**
   * Room kept beyond the cap for the separator's blank line (CRLF: 2 bytes), which is dropped
   * after the message has been read; a message is oversized only if it exceeds the cap without it.
   */
  private static final int SLACK = 2;

  private final long cap;
  private byte[] bytes = new byte[INITIAL];
  private long size;

  MessageBuffer(long cap) {
    this.cap = cap;
  }

  void reset() {
    size = 0;
    if (bytes.length > RETAIN_LIMIT) {
      bytes = new byte[INITIAL];
    }
  }

  void append(byte[] source, int offset, int length) {
    long newSize = size + length;
    if (newSize <= cap + SLACK) {
      if (newSize > bytes.length) {
        bytes =
            Arrays.copyOf(bytes, (int) Math.min(cap + SLACK, Math.max(newSize, 2L * bytes.length)));
      }
      System.arraycopy(source, offset, bytes, (int) size, length);
    }
    size = newSize;
  }

  /** Drops the last {@code length} bytes (the separator's blank line). */
  void truncate(int length) {
    size -= Math.min(length, size);
  }

  long size() {
    return size;
  }

  /** Whether the message exceeds the cap; its bytes are then incomplete. */
  boolean overflowed() {
    return size > cap;
  }

  /** A copy of the content, with lone CRs turned into LF when {@code crToLf}. */
  byte[] toBytes(boolean crToLf) {
    byte[] copy = Arrays.copyOf(bytes, (int) size);
    if (crToLf) {
      for (int i = 0; i < copy.length; i++) {
        if (copy[i] == '\r') {
          copy[i] = '\n';
        }
      }
    }
    return copy;
  }
}
