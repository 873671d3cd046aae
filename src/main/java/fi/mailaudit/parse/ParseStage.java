package fi.mailaudit.parse;

import fi.mailaudit.ingest.ReadTask;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark side of the parse stage: one partition per group of read tasks, one
 * {@link ArchiveReader} (and so one set of parsers) per partition, results streamed task by task.
 */
public final class ParseStage {
  private ParseStage() {}

  public static JavaRDD<ReadResult> read(
      JavaSparkContext spark, List<List<ReadTask>> groups, ArchiveReader.Settings settings) {
    return spark
        .parallelize(groups, Math.max(1, groups.size()))
        .mapPartitions(partition -> new TaskResults(partition, new ArchiveReader(settings)));
  }

  /** Reads one task at a time, so a partition holds at most one task's results in memory. */
  private static final class TaskResults implements Iterator<ReadResult> {
    private final Iterator<List<ReadTask>> groups;
    private final ArchiveReader reader;
    private Iterator<ReadTask> tasks = Collections.emptyIterator();
    private Iterator<ReadResult> current = Collections.emptyIterator();

    TaskResults(Iterator<List<ReadTask>> groups, ArchiveReader reader) {
      this.groups = groups;
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        while (!tasks.hasNext()) {
          if (!groups.hasNext()) {
            return false;
          }
          tasks = groups.next().iterator();
        }
        current = reader.readAll(tasks.next()).iterator();
      }
      return true;
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
