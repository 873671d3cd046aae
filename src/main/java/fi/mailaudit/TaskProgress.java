package fi.mailaudit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts the work Spark finishes for the stage the run is in, so {@link Progress} can say how far
 * it has come. Stages of a run are lazy (conversations, threads and rules are computed when the
 * output is written), so what is counted is the tasks of the Spark stages submitted since the run's
 * stage began; the parse stage weighs its tasks by the bytes each partition reads, as its
 * partitions are planned by size and their byte counts are known before the first task starts.
 * A running parse task's items and bytes come from the {@link ReadMeter} values executors send with
 * their heartbeats, so one long task (a whole mbox slice) shows progress before it ends.
 */
final class TaskProgress extends SparkListener {
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong();
  private volatile long[] partitionBytes;
  private volatile int weighedStage = -1;
  private volatile ReadMeter meter;
  /** Running parse tasks' latest heartbeat values: task id → items, task id → bytes. */
  private final Map<Long, Long> runningItems = new ConcurrentHashMap<>();
  private final Map<Long, Long> runningBytes = new ConcurrentHashMap<>();

  /** The parse stage's counters, whose running values this reads from heartbeats. */
  void watch(ReadMeter meter) {
    this.meter = meter;
  }

  /** Mail items the parse stage has read so far, running tasks included. */
  long itemsRead() {
    ReadMeter m = meter;
    return (m == null ? 0 : m.items().value()) + runningItems.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Starts counting afresh; {@code partitionBytes} weighs the next stage of that many partitions. */
  void restart(long[] partitionBytes) {
    this.partitionBytes = partitionBytes;
    this.weighedStage = -1;
    done.set(0);
    total.set(0);
    runningItems.clear();
    runningBytes.clear();
  }

  /** Tasks done, or bytes: those of finished partitions and what running ones have read. */
  long done() {
    if (partitionBytes == null) {
      return done.get();
    }
    long running = runningBytes.values().stream().mapToLong(Long::longValue).sum();
    return Math.min(total.get(), done.get() + running);
  }

  long total() {
    return total.get();
  }

  boolean inBytes() {
    return partitionBytes != null;
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    long[] weights = partitionBytes;
    int tasks = submitted.stageInfo().numTasks();
    if (weights == null) {
      total.addAndGet(tasks);
    } else if (weighedStage < 0 && tasks == weights.length) {
      weighedStage = submitted.stageInfo().stageId();
      long sum = 0;
      for (long w : weights) {
        sum += w;
      }
      total.set(sum);
    }
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    ReadMeter m = meter;
    if (m == null) {
      return;
    }
    update.accumUpdates().foreach(task -> {
      long taskId = (Long) task._1();
      task._4().foreach(info -> {
        record(info, m.items().id(), taskId, runningItems);
        record(info, m.bytes().id(), taskId, runningBytes);
        return null;
      });
      return null;
    });
  }

  private static void record(AccumulableInfo info, long id, long taskId, Map<Long, Long> running) {
    if (info.id() == id && info.update().isDefined() && info.update().get() instanceof Long value) {
      running.put(taskId, value);
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    runningItems.remove(end.taskInfo().taskId());
    runningBytes.remove(end.taskInfo().taskId());
    if (!end.taskInfo().successful()) {
      return; // a retried task is counted when it succeeds
    }
    long[] weights = partitionBytes;
    if (weights == null) {
      done.incrementAndGet();
    } else if (end.stageId() == weighedStage && end.taskInfo().index() < weights.length) {
      done.addAndGet(weights[end.taskInfo().index()]);
    }
  }
}
