package fi.mailaudit.ingest.mbox;

import java.io.Serializable;

/**
 * A half-open byte range {@code [start, end)} of one mbox file: the unit of work of one Spark task.
 * The task reads the messages whose {@code From_} line starts inside the range.
 *
 * @param start first byte offset owned by the range (0 ≤ start)
 * @param end first byte offset not owned by the range (start ≤ end)
 */
public record ByteRange(long start, long end) implements Serializable {

  public ByteRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("byte range [" + start + ", " + end + ") is not valid");
    }
  }

  /** The range covering a whole file of {@code length} bytes. */
  public static ByteRange whole(long length) {
    return new ByteRange(0, length);
  }

  public long length() {
    return end - start;
  }
}
