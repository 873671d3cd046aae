package fi.mailaudit.ingest.mbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an mbox file's length into byte ranges of about {@code splitBytes} for parallel reading.
 * Pure arithmetic: where messages start is decided by the reader of each range, which reads past
 * its end to finish its last message.
 */
public final class MboxSplitPlanner {

  /**
   * A last piece up to 10 % longer than the target stays part of the previous range rather than
   * becoming a tiny task of its own; the same slop as Hadoop's {@code FileInputFormat.SPLIT_SLOP}.
   */
  static final double SPLIT_SLOP = 1.1;

  private MboxSplitPlanner() {}

  /**
   * The ranges covering {@code [0, length)} in order, without gaps or overlap. An empty file gives
   * the single range {@code [0, 0)}, so that every file is still visited (and counted) once.
   */
  public static List<ByteRange> plan(long length, long splitBytes) {
    if (length < 0) {
      throw new IllegalArgumentException("file length must not be negative, was " + length);
    }
    if (splitBytes < 1) {
      throw new IllegalArgumentException("splitBytes must be positive, was " + splitBytes);
    }
    List<ByteRange> ranges = new ArrayList<>();
    long start = 0;
    while ((double) (length - start) / splitBytes > SPLIT_SLOP) {
      ranges.add(new ByteRange(start, start + splitBytes));
      start += splitBytes;
    }
    ranges.add(new ByteRange(start, length));
    return List.copyOf(ranges);
  }

  /** {@link #plan(long, long)} with the split size of {@code options}. */
  public static List<ByteRange> plan(long length, MboxOptions options) {
    return plan(length, options.splitBytes());
  }
}
