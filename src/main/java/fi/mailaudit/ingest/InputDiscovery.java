package fi.mailaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Walks the user's input paths and lists every file with its format: the first stage of the job.
 * Runs on the driver through Hadoop's FileSystem API, so local folders, HDFS and object stores are
 * walked the same way. Folders are recursed; a Maildir's {@code tmp/} is skipped (messages there are
 * still being delivered); every other file is listed, unsupported ones too, so that the manifest
 * accounts for everything the user handed over.
 */
public final class InputDiscovery {
  private final Configuration hadoop;
  private final FormatSniffer sniffer = new FormatSniffer();

  public InputDiscovery(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  /** Every file under the given paths, sorted by path so that runs are reproducible. */
  public List<InputFile> discover(List<String> inputPaths) throws IOException {
    return discover(inputPaths, null);
  }

  /**
   * As {@link #discover(List)}, never entering {@code excludedDir}: the run's own output folder
   * when it lies inside an input folder ({@code --input . --output audit}).
   */
  public List<InputFile> discover(List<String> inputPaths, String excludedDir) throws IOException {
    Path excluded = excludedDir == null ? null : new Path(excludedDir);
    List<InputFile> found = new ArrayList<>();
    for (String input : inputPaths) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw new InputNotFoundException(input);
      }
      FileStatus status = fs.getFileStatus(path);
      walk(fs, status, null, excluded, found);
    }
    found.sort(Comparator.comparing(InputFile::path));
    return List.copyOf(found);
  }

  private void walk(FileSystem fs, FileStatus status, String folder, Path excluded, List<InputFile> found)
      throws IOException {
    Path path = status.getPath();
    if (excluded != null && fs.makeQualified(path).equals(fs.makeQualified(excluded))) {
      return;
    }
    if (status.isFile()) {
      found.add(recognise(fs, status, folder));
      return;
    }
    FileStatus[] children = fs.listStatus(path);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    listUnreadable(path, children, found);
    if (isMaildir(children)) {
      String maildirFolder = path.getName();
      for (FileStatus child : children) {
        String name = child.getPath().getName();
        if (child.isDirectory() && (name.equals("cur") || name.equals("new"))) {
          for (FileStatus message : sorted(fs.listStatus(child.getPath()))) {
            if (message.isFile()) {
              found.add(file(message, InputFormat.MAILDIR, maildirFolder, null));
            }
          }
        } else if (child.isDirectory() && name.startsWith(".")) {
          walk(fs, child, maildirFolder + "/" + name.substring(1), excluded, found); // Maildir++ subfolder
        } else if (child.isFile()) {
          found.add(recognise(fs, child, maildirFolder));
        }
      }
      return;
    }
    boolean mh = Arrays.stream(children).anyMatch(c -> c.getPath().getName().equals(".mh_sequences"));
    String childFolder = path.getName().toLowerCase(Locale.ROOT).endsWith(".mbox")
        ? stripSuffix(path.getName(), ".mbox") // Apple Mail: Folder.mbox/mbox
        : folder;
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (mh && child.isFile() && name.chars().allMatch(Character::isDigit)) {
        found.add(file(child, InputFormat.MH, path.getName(), null));
      } else if (mh && name.equals(".mh_sequences")) {
        continue; // MH bookkeeping, not mail
      } else {
        walk(fs, child, childFolder, excluded, found);
      }
    }
  }

  /**
   * Hadoop's local listing silently drops an entry it cannot stat (a dangling symbolic link): list
   * such entries as unsupported inputs, so the manifest accounts for them.
   */
  private static void listUnreadable(Path dir, FileStatus[] listed, List<InputFile> found) {
    java.io.File local = LocalFiles.localFile(dir.toString());
    String[] names = local == null ? null : local.list();
    if (names == null) {
      return;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (FileStatus status : listed) {
      seen.add(status.getPath().getName());
    }
    Arrays.sort(names);
    for (String name : names) {
      if (!seen.contains(name)) {
        found.add(new InputFile(new Path(dir, name).toString(), InputFormat.UNSUPPORTED, 0, null,
            "cannot be read (a dangling link?)"));
      }
    }
  }

  private InputFile recognise(FileSystem fs, FileStatus status, String folder) throws IOException {
    String name = status.getPath().getName();
    if (name.toLowerCase(Locale.ROOT).endsWith(".eml") && status.getLen() > 0) {
      return file(status, InputFormat.EML, folder, null); // trusted: saves an open per file
    }
    byte[] head = new byte[(int) Math.min(FormatSniffer.HEAD_BYTES, status.getLen())];
    try (InputStream in = fs.open(status.getPath())) {
      int n = in.readNBytes(head, 0, head.length);
      head = n == head.length ? head : Arrays.copyOf(head, n);
    }
    FormatSniffer.Sniffed sniffed = sniffer.sniff(name, head);
    return file(status, sniffed.format(), folder, sniffed.note());
  }

  private static InputFile file(FileStatus status, InputFormat format, String folder, String note) {
    // Hadoop's own path string: a URI string would escape spaces and ä, and Path does not unescape.
    return new InputFile(status.getPath().toString(), format, status.getLen(), folder, note);
  }

  private static boolean isMaildir(FileStatus[] children) {
    boolean cur = false;
    boolean isNew = false;
    for (FileStatus child : children) {
      if (child.isDirectory()) {
        cur |= child.getPath().getName().equals("cur");
        isNew |= child.getPath().getName().equals("new");
      }
    }
    return cur && isNew;
  }

  private static FileStatus[] sorted(FileStatus[] statuses) {
    Arrays.sort(statuses, Comparator.comparing(s -> s.getPath().getName()));
    return statuses;
  }

  private static String stripSuffix(String name, String suffix) {
    return name.substring(0, name.length() - suffix.length());
  }

  /** An input path that does not exist: the user's mistake, reported as such. */
  public static final class InputNotFoundException extends IOException {
    private static final long serialVersionUID = 1L;

    InputNotFoundException(String path) {
      super("input not found: " + path);
    }
  }
}
