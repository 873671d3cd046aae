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
    File file = localFile(path);
    if (file != null) {
      return new Local(file, false);
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

  /** The local file behind a path string, or null when it lives on another file system. */
  public static File localFile(String path) {
    URI uri = new Path(path).toUri();
    return uri.getScheme() == null || uri.getScheme().equals("file") ? new File(uri.getPath()) : null;
  }

  public static InputStream open(String path, Configuration hadoop) throws IOException {
    File local = localFile(path);
    if (local != null) {
      return new java.io.BufferedInputStream(new java.io.FileInputStream(local), 1 << 16);
    }
    Path p = new Path(path);
    return p.getFileSystem(hadoop).open(p);
  }

  /** Random access through Hadoop's stream: HDFS and object stores seek without reading ahead. */
  public static SeekableInput seekable(String path, Configuration hadoop) throws IOException {
    File local = localFile(path);
    if (local != null) {
      return new FileSeekableInput(local.toPath()); // no Hadoop checksum layer for local files
    }
    Path p = new Path(path);
    long length = p.getFileSystem(hadoop).getFileStatus(p).getLen();
    FSDataInputStream in = p.getFileSystem(hadoop).open(p);
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
