package fi.mailaudit.ingest.mbox;

import java.io.IOException;

/**
 * A sliding window over a forward-only byte stream, addressed by absolute stream offsets, so that
 * the scanner works on bytes in a large buffer instead of calling its input per byte or per line.
 * Bytes before a caller-given offset may be dropped on refill; a {@link Spill} hook sees them first
 * (that is how the message bytes are copied out in bulk).
 */
final class ByteWindow {

  /** The stream under the window: a seekable file positioned once, or a gzip stream. */
  interface Source {
    /** Reads up to {@code len} bytes; -1 at the end of the stream. */
    int read(byte[] buffer, int offset, int len) throws IOException;
  }

  /** Told before the bytes {@code [.., upTo)} are dropped from the window. */
  interface Spill {
    void beforeDrop(long upTo);
  }

  private final Source source;
  private final int normalCapacity;
  private Spill spill = upTo -> {};
  byte[] buf;
  /** Absolute offset of {@code buf[0]}. */
  long base;
  /** Number of valid bytes in {@code buf}. */
  int limit;
  private boolean eof;
  /** No byte at or after this offset is dropped, whatever the callers ask; -1 = none. */
  private long pin = -1;

  ByteWindow(Source source, long startOffset, int capacity) {
    this.source = source;
    this.normalCapacity = capacity;
    this.buf = new byte[capacity];
    this.base = startOffset;
  }

  void spill(Spill value) {
    this.spill = value;
  }

  void pin(long offset) {
    this.pin = offset;
  }

  void unpin() {
    this.pin = -1;
  }

  /** Absolute offset just past the last valid byte. */
  long end() {
    return base + limit;
  }

  /**
   * True when {@code offset} lies at or past the end of the stream. Never reads: valid after an
   * {@link #ensure} whose {@code need} was beyond {@code offset}.
   */
  boolean atEnd(long offset) {
    return offset >= end();
  }

  /** The byte at {@code offset}, which the caller has made available with {@link #ensure}. */
  int at(long offset) {
    return buf[(int) (offset - base)];
  }

  /**
   * Makes the bytes {@code [.., need)} available, as far as the stream has them, keeping the bytes
   * from {@code keepFrom} on. Grows the buffer when the kept span does not fit (a {@code
   * Content-Length} peek); returns whether all of them are available.
   */
  boolean ensure(long keepFrom, long need) throws IOException {
    while (end() < need) {
      if (eof) {
        return false;
      }
      if (limit == buf.length) {
        makeRoom(Math.min(keepFrom, pin < 0 ? Long.MAX_VALUE : pin), need);
      }
      int n = source.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    return true;
  }

  private void makeRoom(long keepFrom, long need) {
    long keep = Math.max(base, Math.min(keepFrom, end()));
    spill.beforeDrop(keep);
    int kept = (int) (end() - keep);
    long wanted = need - keep;
    byte[] target = buf;
    if (wanted > buf.length) {
      target = new byte[(int) Math.min(Integer.MAX_VALUE - 16, Math.max(wanted, 2L * buf.length))];
    } else if (buf.length > normalCapacity && wanted <= normalCapacity && kept < normalCapacity) {
      // Shrink back after a Content-Length peek, so one long message does not pin its memory.
      target = new byte[normalCapacity];
    }
    System.arraycopy(buf, (int) (keep - base), target, 0, kept);
    buf = target;
    base = keep;
    limit = kept;
  }
}
