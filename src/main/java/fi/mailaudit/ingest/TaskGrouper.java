package fi.mailaudit.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs read tasks into Spark partitions of roughly equal bytes. Spark's own {@code parallelize}
 * splits by count, which puts a 64 MB mbox range and a 2 kB EML file on equal footing: one huge
 * archive beside thousands of small files would then hinge on luck. Here big tasks get a partition
 * each and small ones are packed together in order.
 */
public final class TaskGrouper {
  private TaskGrouper() {}

  public static List<List<ReadTask>> group(List<ReadTask> tasks, long targetBytes, int maxTasks) {
    if (targetBytes <= 0 || maxTasks <= 0) {
      throw new IllegalArgumentException(
          "targetBytes and maxTasks must be positive: " + targetBytes + ", " + maxTasks);
    }
    List<List<ReadTask>> groups = new ArrayList<>();
    List<ReadTask> current = new ArrayList<>();
    long currentBytes = 0;
    for (ReadTask task : tasks) {
      long weight = task.weightBytes();
      if (!current.isEmpty()
          && (currentBytes + weight > targetBytes || current.size() >= maxTasks)) {
        groups.add(current);
        current = new ArrayList<>();
        currentBytes = 0;
      }
      current.add(task);
      currentBytes += weight;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }
}
