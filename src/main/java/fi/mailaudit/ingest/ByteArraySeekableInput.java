package fi.mailaudit.ingest;

/** A {@link SeekableInput} over bytes already in memory: small files and tests. */
public final class ByteArraySeekableInput implements SeekableInput {
  private final byte[] bytes;
  private int position;

  public ByteArraySeekableInput(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public long length() {
    return bytes.length;
  }

  @Override
  public void seek(long newPosition) {
    if (newPosition < 0 || newPosition > bytes.length) {
      throw new IllegalArgumentException(
          "position " + newPosition + " outside 0.." + bytes.length);
    }
    position = (int) newPosition;
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public int read(byte[] buffer, int offset, int len) {
    if (position >= bytes.length) {
      return -1;
    }
    int n = Math.min(len, bytes.length - position);
    System.arraycopy(bytes, position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public void close() {}
}
