package fi.mailaudit.ingest.mbox;

import java.io.Serializable;

/**
 * Settings of the mbox reader and split planner, validated once.
 *
 * @param maxMessageBytes a message larger than this becomes a {@code LIMIT_EXCEEDED} reject and is
 *     never buffered whole
 * @param splitBytes target size of one byte range ({@link MboxSplitPlanner})
 * @param bufferBytes size of the read buffer; the reader never reads the input byte by byte
 * @param keepSeparatorBlankLine keep the blank line that precedes the next {@code From_} line (or
 *     ends the file) at the end of a message. Off by default: mbox writers add that line (RFC 4155
 *     §2: the separator is preceded by an empty line), so it is not part of the message. On reproduces the message bytes
 *     that mime4j's {@code MboxIterator} and stalwart's mail-parser return (their tests compare
 *     against them).
 */
public record MboxOptions(
    long maxMessageBytes, long splitBytes, int bufferBytes, boolean keepSeparatorBlankLine)
    implements Serializable {

  public static final long DEFAULT_MAX_MESSAGE_BYTES = 64L << 20;
  public static final long DEFAULT_SPLIT_BYTES = 64L << 20;
  public static final int DEFAULT_BUFFER_BYTES = 64 << 10;

  /**
   * The buffer must hold a {@code From_} line and the start of the line after it ({@link
   * SeparatorRule#LOOKAHEAD}) twice over, so that refills stay rare.
   */
  public static final int MIN_BUFFER_BYTES = 2 * SeparatorRule.LOOKAHEAD;

  public MboxOptions {
    if (maxMessageBytes < 1 || maxMessageBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "maxMessageBytes must be 1.." + (Integer.MAX_VALUE - 16) + ", was " + maxMessageBytes);
    }
    if (splitBytes < 1) {
      throw new IllegalArgumentException("splitBytes must be positive, was " + splitBytes);
    }
    if (bufferBytes < MIN_BUFFER_BYTES) {
      throw new IllegalArgumentException(
          "bufferBytes must be at least " + MIN_BUFFER_BYTES + ", was " + bufferBytes);
    }
  }

  public static MboxOptions defaults() {
    return new MboxOptions(
        DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_SPLIT_BYTES, DEFAULT_BUFFER_BYTES, false);
  }

  public MboxOptions withMaxMessageBytes(long value) {
    return new MboxOptions(value, splitBytes, bufferBytes, keepSeparatorBlankLine);
  }

  public MboxOptions withSplitBytes(long value) {
    return new MboxOptions(maxMessageBytes, value, bufferBytes, keepSeparatorBlankLine);
  }

  public MboxOptions withBufferBytes(int value) {
    return new MboxOptions(maxMessageBytes, splitBytes, value, keepSeparatorBlankLine);
  }

  public MboxOptions withKeepSeparatorBlankLine(boolean value) {
    return new MboxOptions(maxMessageBytes, splitBytes, bufferBytes, value);
  }
}
