package fi.mailaudit.ingest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/** A {@link SeekableInput} over a local file. */
public final class FileSeekableInput implements SeekableInput {
  private final RandomAccessFile file;

  public FileSeekableInput(Path path) throws IOException {
    this.file = new RandomAccessFile(path.toFile(), "r");
  }

  @Override
  public long length() throws IOException {
    return file.length();
  }

  @Override
  public void seek(long position) throws IOException {
    file.seek(position);
  }

  @Override
  public long position() throws IOException {
    return file.getFilePointer();
  }

  @Override
  public int read(byte[] buffer, int offset, int len) throws IOException {
    return file.read(buffer, offset, len);
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
