package fi.mailaudit.fuzz;

import fi.mailaudit.corpora.ArchiveRun;
import fi.mailaudit.ingest.InputFormat;
import fi.mailaudit.ingest.LocalFiles;
import fi.mailaudit.ingest.RawMessage;
import fi.mailaudit.ingest.ReadTask;
import fi.mailaudit.ingest.SeekableInput;
import fi.mailaudit.ingest.mbox.ByteRange;
import fi.mailaudit.ingest.mbox.MboxOptions;
import fi.mailaudit.ingest.mbox.MboxReader;
import fi.mailaudit.ingest.mbox.MboxSink;
import fi.mailaudit.parse.ArchiveReader;
import fi.mailaudit.parse.ParsedMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads one mutant the way the job does ({@link ArchiveRun}: discovery, planning, every task) and
 * checks the accounting of every task: what the task found is what it returned, each found item
 * exactly once, each reject with a reason and a detail a person can act on. A failed check throws
 * an {@link AssertionError} saying which task and what.
 */
final class CaseCheck {
  private final ArchiveReader.Settings settings;
  private final MboxReader mbox;
  private final Configuration hadoop = new Configuration();

  CaseCheck(ArchiveReader.Settings settings) {
    this.settings = settings;
    this.mbox = new MboxReader(MboxOptions.defaults().withMaxMessageBytes(settings.maxMessageBytes()));
  }

  /** Runs and checks the case; its results for the summary. */
  List<ReadResult> run(Path input, long splitBytes, int pstSliceItems) {
    List<String> problems = new ArrayList<>();
    ArchiveRun run = ArchiveRun.read(input, splitBytes, pstSliceItems, settings,
        (task, results) -> check(task, results, problems));
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
    return run.results();
  }

  private void check(ReadTask task, List<ReadResult> results, List<String> problems) {
    String where = task.file().format() + " task " + task.start() + ".." + task.end()
        + (task.pstFolder() == null ? "" : " " + task.pstFolder());
    for (ReadResult result : results) {
      if (result == null || result.source() == null) {
        problems.add(where + ": a result without a source: " + result);
      } else if (result instanceof Reject reject && (reject.reason() == null || reject.detail() == null
          || reject.detail().isBlank())) {
        problems.add(where + ": a reject without reason or detail: " + reject);
      } else if (result instanceof ParsedMessage message && message.bodyText() == null) {
        problems.add(where + ": a message without body text: " + message.source());
      }
    }
    long expected = found(task);
    long got = task.file().format() == InputFormat.PST && task.descriptorIds() != null
        ? results.stream().filter(r -> !r.source().location().contains("#att")).count()
        : results.size();
    boolean atLeast = task.file().format() == InputFormat.ZIP
        || task.file().format() == InputFormat.PST && task.descriptorIds() == null;
    if (atLeast ? got < expected : got != expected) {
      problems.add(where + ": found " + expected + " items but returned " + got + " results: " + results);
    }
  }

  /**
   * How many results the task owes, counted independently of ArchiveReader: the separators (and
   * prefix / oversize rejects) a fresh MboxReader reports for the same range, the descriptors of a
   * PST slice, one per single-message file; for a zip and an unreadable PST a lower bound.
   */
  private long found(ReadTask task) {
    try {
      return switch (task.file().format()) {
        case MBOX -> {
          Counter counter = new Counter();
          try (SeekableInput in = LocalFiles.seekable(task.file().path(), hadoop)) {
            mbox.read(in, task.file().path(), new ByteRange(task.start(), task.end()), counter);
          }
          yield counter.count;
        }
        case MBOX_GZ -> {
          Counter counter = new Counter();
          try (InputStream in = LocalFiles.open(task.file().path(), hadoop)) {
            mbox.readGzip(in, task.file().path(), counter);
          }
          yield counter.count;
        }
        case PST -> task.descriptorIds() == null ? 1 : task.descriptorIds().length;
        case ZIP -> zipEntries(task);
        default -> 1;
      };
    } catch (IOException e) {
      return 1; // the reader meets the same error and owes one FILE_UNREADABLE reject
    }
  }

  /**
   * A readable zip owes a result per mail-candidate entry that holds more than white space (an
   * empty mbox holds no message, as on disk); an unreadable one a single reject.
   */
  private static long zipEntries(ReadTask task) {
    try (ZipFile zip = new ZipFile(LocalFiles.localFile(task.file().path()))) {
      long owed = 0;
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.startsWith("tmp/") || name.contains("/tmp/")) {
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          owed += blank(in) ? 0 : 1;
        } catch (IOException | RuntimeException e) {
          owed++; // a broken entry owes its reject
        }
      }
      return owed;
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }

  private static boolean blank(InputStream in) throws IOException {
    for (int b; (b = in.read()) >= 0; ) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /** Counts what an mbox read reports, keeping nothing. */
  private static final class Counter implements MboxSink {
    long count;

    @Override
    public void message(RawMessage message) {
      count++;
    }

    @Override
    public void reject(Reject reject) {
      count++;
    }
  }
}
