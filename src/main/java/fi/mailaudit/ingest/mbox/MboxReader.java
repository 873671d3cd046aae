package fi.mailaudit.ingest.mbox;

import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.SeekableInput;
import fi.mailaudit.ingest.SourceRef;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.parse.RejectReason;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads mbox messages out of one byte range of a file, or out of a whole gzip-compressed mbox.
 *
 * <p>A range owns exactly the messages whose {@code From_} separator line starts inside it, and
 * reads past its end to finish its last one, so the ranges of {@link MboxSplitPlanner} together
 * give the messages of one whole-file read whatever the split points. What counts as a separator
 * is decided from bytes near the line ({@link SeparatorRule}); the line-end convention and a BOM
 * are sniffed from the file's head ({@link MboxLayout}), never from the range.
 *
 * <p>Each message goes to the sink as a {@link fi.mailaudit.ingest.RawMessage}: the bytes after the
 * {@code From_} line up to the next separator, without the blank line before it (unless {@link
 * MboxOptions#keepSeparatorBlankLine()}), with {@code >From } un-quoted once (mboxrd; mboxo lines
 * the same way), lone CR line ends turned into LF, and location {@code "@<offset of the From_
 * line>"}. Non-blank bytes before the first separator give one {@code NOT_A_MESSAGE} reject at
 * {@code "@0"}; a message above {@link MboxOptions#maxMessageBytes()} gives a {@code
 * LIMIT_EXCEEDED} reject and is not buffered.
 *
 * <p>Known limit: a truthful {@code Content-Length} body (mboxcl2) that itself contains a line
 * passing the separator test is one message for a read that starts before it, but a range that
 * starts inside that body finds a separator there; such a file can come out differently once split.
 */
public final class MboxReader {

  private final MboxOptions options;

  public MboxReader(MboxOptions options) {
    this.options = options;
  }

  /**
   * Reads the messages of {@code input} whose separator starts in {@code range} (clamped to the
   * file). An I/O error of the input is thrown: it is the file system's failure, for the task to
   * retry, not a property of the data.
   */
  public void read(SeekableInput input, String sourceFile, ByteRange range, MboxSink sink)
      throws IOException {
    long length = input.length();
    if (length == 0 || range.start() >= length) {
      return;
    }
    MboxLayout layout = sniff(input, length);
    long from = Math.max(0, Math.max(range.start(), layout.contentStart()) - 3);
    input.seek(from);
    ByteWindow window = new ByteWindow(input::read, from, options.bufferBytes());
    new MboxScanner(window, layout, options, sink, sourceFile, InputFormat.MBOX)
        .scan(new ByteRange(range.start(), Math.min(range.end(), length)));
  }

  /** Reads every message of {@code input}: the one-range case. */
  public void readAll(SeekableInput input, String sourceFile, MboxSink sink) throws IOException {
    read(input, sourceFile, ByteRange.whole(input.length()), sink);
  }

  /**
   * Reads a gzip-compressed mbox from its start, streaming: gzip cannot be entered mid-file, so it
   * is one range. Offsets in locations are offsets in the uncompressed stream. A stream that is not
   * gzip or breaks off is data, not a task failure: it becomes a {@code FILE_UNREADABLE} reject at
   * the message it broke (the messages before it are kept). The caller closes {@code compressed}.
   */
  public void readGzip(InputStream compressed, String sourceFile, MboxSink sink) {
    MboxScanner scanner = null;
    ByteWindow window = null;
    try {
      GZIPInputStream gzip = new GZIPInputStream(compressed, options.bufferBytes());
      window = new ByteWindow(gzip::read, 0, options.bufferBytes());
      window.ensure(0, MboxLayout.SNIFF_BYTES + 1);
      MboxLayout layout = MboxLayout.sniff(window.buf, window.limit);
      if (window.limit == 0) {
        return;
      }
      scanner = new MboxScanner(window, layout, options, sink, sourceFile, InputFormat.MBOX_GZ);
      scanner.scan(ByteRange.whole(Long.MAX_VALUE));
    } catch (IOException e) {
      long read = window == null ? 0 : window.end();
      long at = scanner != null && scanner.current() >= 0 ? scanner.current() : read;
      sink.reject(
          Reject.of(
              new SourceRef(sourceFile, InputFormat.MBOX_GZ, "@" + at, null),
              RejectReason.FILE_UNREADABLE,
              new IOException(
                  "gzip mbox unreadable after " + read + " uncompressed bytes ("
                      + e.getClass().getSimpleName() + ": " + e.getMessage()
                      + "); messages before @" + at + " were read",
                  e)));
    }
  }

  private MboxLayout sniff(SeekableInput input, long length) throws IOException {
    byte[] head = new byte[(int) Math.min(length, MboxLayout.SNIFF_BYTES + 1)];
    input.seek(0);
    int n = 0;
    while (n < head.length) {
      int r = input.read(head, n, head.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return MboxLayout.sniff(head, n);
  }
}
