package fi.mailaudit.ingest.mbox;

import fi.mailaudit.ingest.ByteArraySeekableInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Reading helpers shared by the mbox tests. */
final class MboxTestSupport {

  /** The smallest buffer: makes buffer refills happen inside the small corpus files. */
  static final MboxOptions SMALL_BUFFER =
      MboxOptions.defaults().withBufferBytes(MboxOptions.MIN_BUFFER_BYTES);

  private MboxTestSupport() {}

  static CollectingSink readAll(byte[] mbox, MboxOptions options) {
    return read(mbox, options, List.of(ByteRange.whole(mbox.length)));
  }

  static CollectingSink readAll(byte[] mbox) {
    return readAll(mbox, MboxOptions.defaults());
  }

  /** Reads each range with a fresh input, as separate Spark tasks would, into one sink. */
  static CollectingSink read(byte[] mbox, MboxOptions options, List<ByteRange> ranges) {
    CollectingSink sink = new CollectingSink();
    MboxReader reader = new MboxReader(options);
    for (ByteRange range : ranges) {
      try (ByteArraySeekableInput input = new ByteArraySeekableInput(mbox)) {
        reader.read(input, "test.mbox", range, sink);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sink;
  }

  /** The ranges that cut {@code [0, length)} at the given points (sorted, deduplicated). */
  static List<ByteRange> cutAt(long length, long... points) {
    List<ByteRange> ranges = new ArrayList<>();
    long start = 0;
    for (long point : java.util.Arrays.stream(points).sorted().distinct().toArray()) {
      if (point > start && point < length) {
        ranges.add(new ByteRange(start, point));
        start = point;
      }
    }
    ranges.add(new ByteRange(start, length));
    return ranges;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The value of the first header {@code name} (no unfolding; enough for corpus subjects). */
  static String header(byte[] message, String name) {
    for (String line : new String(message, StandardCharsets.ISO_8859_1).split("\r?\n", -1)) {
      if (line.isEmpty()) {
        return null;
      }
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return line.substring(name.length() + 1).strip();
      }
    }
    return null;
  }
}
