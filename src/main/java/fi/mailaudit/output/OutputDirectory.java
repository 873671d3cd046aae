package fi.mailaudit.output;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output root and its commit protocol. A run writes every table into a staging folder under the
 * root; only when all of it is written does {@link #commit} move the new quarter partitions into
 * place. The moves are listed first in a journal, so a run killed half-way through the moves is
 * finished by the next one (roll forward), and a run killed before the journal leaves the previous
 * output untouched. Quarters the run did not compute are kept (SPEC §6).
 */
public final class OutputDirectory {
  public static final String MANIFEST = "_manifest.json";
  private static final String JOURNAL = "_commit_journal.json";
  private static final String STAGING_PREFIX = "_staging-";
  private static final String TRASH_PREFIX = "_trash-";
  static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final FileSystem fs;
  private final Path root;

  private OutputDirectory(FileSystem fs, Path root) {
    // Hadoop's local file system would leave a .crc beside every file it writes.
    fs.setWriteChecksum(false);
    this.fs = fs;
    this.root = root;
  }

  /**
   * Opens the output root for a run: creates it, or accepts it when it is empty or a mailaudit
   * output; finishes a previous run's interrupted commit; removes abandoned staging folders.
   *
   * @throws ForeignOutputException when the folder holds something other than a mailaudit output
   */
  public static OutputDirectory prepare(String output, Configuration hadoop) throws IOException {
    Path root = new Path(output);
    FileSystem fs = root.getFileSystem(hadoop);
    root = fs.makeQualified(root);
    if (fs.exists(root)) {
      if (!fs.getFileStatus(root).isDirectory()) {
        throw new ForeignOutputException(output, "it is a file");
      }
      FileStatus[] children = fs.listStatus(root);
      boolean ours = fs.exists(new Path(root, MANIFEST)) || fs.exists(new Path(root, JOURNAL));
      if (children.length > 0 && !ours && !onlyStaging(children)) {
        throw new ForeignOutputException(
            output, "it holds " + children.length + " entries and no " + MANIFEST);
      }
    } else {
      fs.mkdirs(root);
    }
    OutputDirectory dir = new OutputDirectory(fs, root);
    dir.rollForward();
    dir.removeAbandoned();
    return dir;
  }

  /** Opens an existing output for reading ({@code show}, {@code report}). */
  public static OutputDirectory open(String output, Configuration hadoop) throws IOException {
    Path root = new Path(output);
    FileSystem fs = root.getFileSystem(hadoop);
    if (!fs.exists(new Path(root, MANIFEST))) {
      throw new IOException("no mailaudit output at " + output + " (no " + MANIFEST + ")");
    }
    return new OutputDirectory(fs, fs.makeQualified(root));
  }

  public String root() {
    return root.toString();
  }

  public String tablePath(OutputTable table) {
    return new Path(root, table.dirName()).toString();
  }

  /** A fresh staging folder for one run. */
  public String staging(String runId) throws IOException {
    Path staging = new Path(root, STAGING_PREFIX + runId);
    fs.mkdirs(staging);
    return staging.toString();
  }

  public Manifest readManifest() throws IOException {
    try (InputStream in = fs.open(new Path(root, MANIFEST))) {
      return JSON.readValue(in, Manifest.class);
    }
  }

  /**
   * Moves the staged quarter partitions of every table into place, replacing those quarters, then
   * writes the manifest.
   */
  public void commit(String stagingDir, String runId, Manifest manifest) throws IOException {
    Path staging = new Path(stagingDir);
    Path trash = new Path(root, TRASH_PREFIX + runId);
    List<Move> moves = new ArrayList<>();
    forEachStagedPartition(staging, (table, partition) -> {
      String name = partition.getName();
      Path target = new Path(new Path(root, table.dirName()), name);
      moves.add(new Move(partition.toString(), target.toString(),
          new Path(new Path(trash, table.dirName()), name).toString()));
    });
    Path manifestTmp = new Path(staging, MANIFEST);
    try (OutputStream out = fs.create(manifestTmp, true)) {
      JSON.writeValue(out, manifest);
    }
    moves.add(new Move(manifestTmp.toString(), new Path(root, MANIFEST).toString(),
        new Path(trash, MANIFEST).toString()));
    Path journal = new Path(root, JOURNAL);
    try (OutputStream out = fs.create(journal, true)) {
      JSON.writeValue(out, moves);
    }
    apply(moves);
    for (OutputTable table : OutputTable.values()) {
      // An empty table is still a table: BI tools and `show` find its folder (and read it with the
      // declared schema) instead of failing on a missing path.
      fs.mkdirs(new Path(root, table.dirName()));
    }
    fs.delete(journal, false);
    fs.delete(staging, true);
    fs.delete(trash, true);
  }

  /** The quarters a staged run holds, sorted: what its commit will replace. */
  public List<String> stagedQuarters(String stagingDir) throws IOException {
    java.util.TreeSet<String> quarters = new java.util.TreeSet<>();
    forEachStagedPartition(new Path(stagingDir),
        (table, partition) -> quarters.add(partition.getName().substring(Columns.QUARTER.length() + 1)));
    return List.copyOf(quarters);
  }

  private void forEachStagedPartition(Path staging, PartitionVisitor visitor) throws IOException {
    for (OutputTable table : OutputTable.values()) {
      Path stagedTable = new Path(staging, table.dirName());
      if (!fs.exists(stagedTable)) {
        continue;
      }
      for (FileStatus partition : fs.listStatus(stagedTable)) {
        if (partition.isDirectory() && partition.getPath().getName().startsWith(Columns.QUARTER + "=")) {
          visitor.visit(table, partition.getPath());
        }
      }
    }
  }

  private interface PartitionVisitor {
    void visit(OutputTable table, Path partition);
  }

  private void rollForward() throws IOException {
    Path journal = new Path(root, JOURNAL);
    if (!fs.exists(journal)) {
      return;
    }
    List<Move> moves;
    try (InputStream in = fs.open(journal)) {
      moves = JSON.readValue(in, new TypeReference<List<Move>>() {});
    }
    apply(moves);
    fs.delete(journal, false);
  }

  /** Idempotent: a move already done (source gone, target present) is skipped. */
  private void apply(List<Move> moves) throws IOException {
    for (Move move : moves) {
      Path from = new Path(move.from());
      Path to = new Path(move.to());
      if (!fs.exists(from)) {
        continue;
      }
      if (fs.exists(to)) {
        Path trash = new Path(move.trash());
        fs.mkdirs(trash.getParent());
        fs.delete(trash, true);
        if (!fs.rename(to, trash)) {
          throw new IOException("could not move aside " + to);
        }
      }
      fs.mkdirs(to.getParent());
      if (!fs.rename(from, to)) {
        throw new IOException("could not move " + from + " to " + to);
      }
    }
  }

  private void removeAbandoned() throws IOException {
    for (FileStatus child : fs.listStatus(root)) {
      String name = child.getPath().getName();
      if (name.startsWith(STAGING_PREFIX) || name.startsWith(TRASH_PREFIX)) {
        fs.delete(child.getPath(), true);
      }
    }
  }

  private static boolean onlyStaging(FileStatus[] children) {
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (!name.startsWith(STAGING_PREFIX) && !name.startsWith(TRASH_PREFIX)) {
        return false;
      }
    }
    return true;
  }

  /** One step of a commit: what moves where, and where the replaced partition is parked. */
  record Move(String from, String to, String trash) {}

  /** The output folder holds something that is not a mailaudit output: refused, never overwritten. */
  public static final class ForeignOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    ForeignOutputException(String output, String why) {
      super("refusing to write into " + output + ": " + why
          + "; give an empty folder or a previous mailaudit output");
    }
  }
}
