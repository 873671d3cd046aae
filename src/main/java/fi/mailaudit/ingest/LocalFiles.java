package fi.mailaudit.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * Opens input files wherever they live. PST and zip readers need random access to a local file,
 * so a file on HDFS or an object store is spooled to a local temporary file first, and deleted on
 * {@link Local#close()}.
 */
public final class LocalFiles {
  private LocalFiles() {}

  /** A local view of an input file: the file itself, or a temporary copy. */
  public record Local(File file, boolean temporary) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (temporary) {
        Files.deleteIfExists(file.toPath());
      }
    }
  }

  public static Local local(String path, Configuration hadoop) throws IOException {
    URI uri = URI.create(path);
    if (uri.getScheme() == null || uri.getScheme().equals("file")) {
      return new Local(uri.getScheme() == null ? new File(path) : new File(uri), false);
    }
    java.nio.file.Path tmp = Files.createTempFile("mailaudit-", ".spool");
    try (InputStream in = open(path, hadoop)) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    return new Local(tmp.toFile(), true);
  }

  public static FSDataInputStream open(String path, Configuration hadoop) throws IOException {
    Path p = new Path(path);
    return p.getFileSystem(hadoop).open(p);
  }

  /** Random access through Hadoop's stream: HDFS and object stores seek without reading ahead. */
  public static SeekableInput seekable(String path, Configuration hadoop) throws IOException {
    Path p = new Path(path);
    long length = p.getFileSystem(hadoop).getFileStatus(p).getLen();
    FSDataInputStream in = open(path, hadoop);
    return new SeekableInput() {
      @Override
      public long length() {
        return length;
      }

      @Override
      public void seek(long position) throws IOException {
        in.seek(position);
      }

      @Override
      public long position() throws IOException {
        return in.getPos();
      }

      @Override
      public int read(byte[] buffer, int offset, int len) throws IOException {
        return in.read(buffer, offset, len);
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
