package fi.mailaudit.ingest;

import java.io.Closeable;
import java.io.IOException;

/**
 * Random access to the bytes of one input file, so that a Spark task can read its own byte range of
 * a multi-GB mbox without the rest. Backed by a local file, a Hadoop {@code FSDataInputStream} on a
 * cluster, or a byte array in tests.
 */
public interface SeekableInput extends Closeable {

  /** The file's length in bytes. */
  long length() throws IOException;

  /** Moves the read position to {@code position} (0 ≤ position ≤ length). */
  void seek(long position) throws IOException;

  /** The current read position. */
  long position() throws IOException;

  /** Reads up to {@code len} bytes at the current position; -1 at the end of the file. */
  int read(byte[] buffer, int offset, int len) throws IOException;
}
