package fi.mailaudit;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts the work Spark finishes for the stage the run is in, so {@link Progress} can say how far
 * it has come. Stages of a run are lazy (conversations, threads and rules are computed when the
 * output is written), so what is counted is the tasks of the Spark stages submitted since the run's
 * stage began; the parse stage weighs its tasks by the bytes each partition reads, as its
 * partitions are planned by size and their byte counts are known before the first task starts.
 */
final class TaskProgress extends SparkListener {
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong();
  private volatile long[] partitionBytes;
  private volatile int weighedStage = -1;

  /** Starts counting afresh; {@code partitionBytes} weighs the next stage of that many partitions. */
  void restart(long[] partitionBytes) {
    this.partitionBytes = partitionBytes;
    this.weighedStage = -1;
    done.set(0);
    total.set(0);
  }

  long done() {
    return done.get();
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
  public void onTaskEnd(SparkListenerTaskEnd end) {
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
