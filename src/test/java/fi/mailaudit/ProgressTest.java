package fi.mailaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The progress line a long run prints: its arithmetic, and its counts fed by a real Spark job. */
class ProgressTest {

  @Test
  void aThirdOfTheBytesInThirtySecondsLeavesAMinute() {
    ProgressEstimate e = new ProgressEstimate("parse", 48_211, 1L << 29, 3L << 29, true, Duration.ofSeconds(30));
    assertEquals(1 / 3.0, e.fraction(), 1e-9);
    assertEquals(Duration.ofSeconds(60), e.eta().orElseThrow());
    assertEquals(1607.0, e.messagesPerSecond().orElseThrow(), 1.0);
    assertEquals("48,211 messages · 1,607 msg/s · 33 % of 1.5 GB · ETA 1 min 00 s", e.line());
  }

  @Test
  void laterStagesCountTasksAndGiveNoRateForMessagesTheyDidNotRead() {
    ProgressEstimate e = new ProgressEstimate("output", 120_000, 30, 40, false, Duration.ofSeconds(90));
    assertTrue(e.messagesPerSecond().isEmpty());
    assertEquals("120,000 messages · 30 of 40 tasks · ETA 30 s", e.line());
  }

  @Test
  void noEtaBeforeAnythingIsDoneNorAfterAllIs() {
    assertTrue(new ProgressEstimate("parse", 0, 0, 100, true, Duration.ofSeconds(12)).eta().isEmpty());
    assertTrue(new ProgressEstimate("parse", 9, 100, 100, true, Duration.ofSeconds(12)).eta().isEmpty());
    assertTrue(new ProgressEstimate("parse", 0, 0, 0, true, Duration.ofSeconds(12)).eta().isEmpty());
    assertEquals("0 messages", new ProgressEstimate("output", 0, 0, 0, false, Duration.ZERO).line());
  }

  @Test
  void longDurationsReadAsHoursAndMinutes() {
    assertEquals("2 h 05 min", ProgressEstimate.duration(Duration.ofMinutes(125)));
    assertEquals("59 s", ProgressEstimate.duration(Duration.ofSeconds(59)));
    assertEquals("820.0 MB", ProgressEstimate.bytes(820L << 20));
  }

  /**
   * The parse stage's partitions are weighed by their bytes: a job over four partitions of 10, 20,
   * 30 and 40 bytes ends with all 100 counted, and a later job's tasks do not add to them.
   */
  @Test
  void sparkFeedsTheCountsByBytesForParseAndByTasksAfter() throws InterruptedException {
    SparkSession spark = SparkTestSession.get();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    TaskProgress tasks = new TaskProgress();
    spark.sparkContext().addSparkListener(tasks);
    try {
      tasks.restart(new long[] {10, 20, 30, 40});
      jsc.parallelize(List.of(1, 2, 3, 4), 4).map(i -> i * 2).count();
      awaitDone(tasks, 100);
      assertEquals(100, tasks.total());
      assertEquals(100, tasks.done());
      assertTrue(tasks.inBytes());
      jsc.parallelize(List.of(1, 2, 3), 3).count();
      Thread.sleep(200);
      assertEquals(100, tasks.done(), "a stage of another size is not weighed");

      tasks.restart(null);
      jsc.parallelize(IntStream.range(0, 6).boxed().toList(), 3).count();
      awaitDone(tasks, 3);
      assertEquals(3, tasks.total());
      assertEquals(3, tasks.done());
      assertFalse(tasks.inBytes());
    } finally {
      spark.sparkContext().removeSparkListener(tasks);
    }
  }

  @Test
  void aStageLongerThanATickPrintsItsProgressLine() throws InterruptedException {
    SparkSession spark = SparkTestSession.get();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TaskProgress tasks = new TaskProgress();
    spark.sparkContext().addSparkListener(tasks);
    try (Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), Duration.ofMillis(50))) {
      progress.attach(tasks);
      progress.stage("output", "write the tables as Parquet", null, () -> 1234);
      JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(List.of(1, 2, 3), 3).count();
      awaitDone(tasks, 3);
      Thread.sleep(300);
    } finally {
      spark.sparkContext().removeSparkListener(tasks);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("[mailaudit] output       write the tables as Parquet"), out);
    assertTrue(out.contains("[mailaudit] output       1,234 messages · 3 of 3 tasks"), out);
  }

  /**
   * One long parse task (a whole mbox slice) must not sit at zero until it ends: its counters reach
   * the driver with the executor's heartbeats.
   */
  @Test
  void aRunningTasksCountsArriveWithHeartbeats() throws Exception {
    SparkSession spark = SparkTestSession.get();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    TaskProgress tasks = new TaskProgress();
    ReadMeter meter = ReadMeter.register(jsc);
    tasks.watch(meter);
    tasks.restart(new long[] {1000});
    spark.sparkContext().addSparkListener(tasks);
    java.util.concurrent.atomic.AtomicLong seenWhileRunning = new java.util.concurrent.atomic.AtomicLong();
    try {
      Thread job = new Thread(() -> jsc.parallelize(List.of(1), 1).foreach(i -> {
        for (int n = 0; n < 80; n++) {
          meter.items().add(1);
          Thread.sleep(100);
        }
      }));
      job.start();
      while (job.isAlive()) {
        long items = tasks.itemsRead();
        if (items > 0 && items < 80) {
          seenWhileRunning.set(items);
        }
        Thread.sleep(100);
      }
    } finally {
      spark.sparkContext().removeSparkListener(tasks);
    }
    assertTrue(seenWhileRunning.get() > 0, "no heartbeat value seen while the task ran");
  }

  /** Listener events arrive on Spark's bus thread, after the job has returned. */
  private static void awaitDone(TaskProgress tasks, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (tasks.done() < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
