package fi.mailaudit;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Tells the person at the terminal which stage the run is in, how long each took and, while a
 * stage runs longer than a tick, how far it has come: messages, rate and ETA (see {@link
 * ProgressEstimate}). The estimate comes from {@link TaskProgress}, which Spark feeds.
 */
final class Progress implements AutoCloseable {
  static final Duration TICK = Duration.ofSeconds(10);

  private final PrintStream console;
  private final Duration tick;
  private volatile Instant stageStart = Instant.now();
  private volatile String stage;
  private volatile LongSupplier messages = () -> 0;
  private TaskProgress tasks;
  private ScheduledExecutorService ticker;

  Progress(PrintStream console) {
    this(console, TICK);
  }

  Progress(PrintStream console, Duration tick) {
    this.console = console;
    this.tick = tick;
  }

  /** From now on a running stage reports every tick, from what {@code tasks} has counted. */
  synchronized void attach(TaskProgress tasks) {
    this.tasks = tasks;
    if (ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mailaudit-progress");
        t.setDaemon(true);
        return t;
      });
      ticker.scheduleAtFixedRate(this::report, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  void stage(String name, String what) {
    stage(name, what, null, () -> 0);
  }

  /**
   * A stage begins. {@code partitionBytes} (the parse stage's) weighs its progress by bytes, else by
   * tasks; {@code messages} says how many messages it has so far.
   */
  synchronized void stage(String name, String what, long[] partitionBytes, LongSupplier messages) {
    stage = name;
    stageStart = Instant.now();
    this.messages = messages;
    if (tasks != null) {
      tasks.restart(partitionBytes);
    }
    console.printf("[mailaudit] %-12s %s%n", name, what);
  }

  void info(String message) {
    console.printf("[mailaudit] %-12s %s (%.1f s)%n", stage == null ? "" : stage, message,
        Duration.between(stageStart, Instant.now()).toMillis() / 1000.0);
  }

  void warn(String message) {
    console.println("[mailaudit] WARNING: " + message);
  }

  /** The progress line of the running stage, once it has run a tick. */
  synchronized ProgressEstimate estimate() {
    TaskProgress t = tasks;
    return new ProgressEstimate(stage, messages.getAsLong(), t == null ? 0 : t.done(), t == null ? 0 : t.total(),
        t != null && t.inBytes(), Duration.between(stageStart, Instant.now()));
  }

  private void report() {
    ProgressEstimate e = estimate();
    if (e.stage() != null && e.elapsed().compareTo(tick) >= 0 && e.total() > 0) {
      console.printf("[mailaudit] %-12s %s%n", e.stage(), e.line());
    }
  }

  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }
}
