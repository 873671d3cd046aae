package fi.mailaudit;

/**
 * How finely the run's input is cut into Spark tasks. A fixed 64 MB left a 160 MB mbox in three
 * tasks on two cores, one core idle for a third of every stage (issue 7 profile), and every later
 * stage inherits the partition count. So the configured sizes are upper bounds, lowered until each
 * core gets about {@link #TASKS_PER_CORE} tasks; a floor keeps tiny inputs from turning into many
 * tasks whose start-up costs more than their work. Output does not depend on the cut: an mbox
 * message belongs to the range its {@code From_} line starts in whatever the range size.
 */
final class PartitionSizing {
  /** Enough tasks per core that an uneven last task costs little; more only adds scheduling. */
  static final int TASKS_PER_CORE = 3;
  /** Below this a task's fixed cost (about a millisecond to schedule, a reader to build) dominates. */
  static final long FLOOR_BYTES = 4L * 1024 * 1024;

  private PartitionSizing() {}

  /**
   * The bytes one task gets: {@code configured} at most, {@code totalBytes} over {@code cores} ×
   * {@link #TASKS_PER_CORE} when that is smaller, never below {@link #FLOOR_BYTES} unless {@code
   * configured} itself is.
   */
  static long taskBytes(long configured, long totalBytes, int cores) {
    long even = ceilDiv(Math.max(0, totalBytes), (long) Math.max(1, cores) * TASKS_PER_CORE);
    return Math.min(configured, Math.max(FLOOR_BYTES, even));
  }

  /**
   * Messages one task of the stages after parsing gets at most: what a 64 MB range of a plain-text
   * mbox holds (1.6 KB a message), the size the parse stage was tuned on.
   */
  static final long MESSAGES_PER_TASK = 40_000;

  /**
   * The partitions the stages after parsing get: about {@link #TASKS_PER_CORE} per core, more when
   * a task would hold over {@link #MESSAGES_PER_TASK} messages. Counted in messages, not in input
   * bytes or files, because those stages hold message text only: parsing packs small files at most
   * {@code PARTITION_MAX_FILES} to a task, so 100,000 EML files parse in 50 tasks, and a 10 GB mbox
   * of mail with attachments parses in 154 byte ranges; inherited, either count made every later
   * stage build its rules, analysers and caches that many times for a few hundred MB of text
   * (issue 7: the EML corpus took twice the CPU of the same messages in one mbox).
   */
  static int partitions(long messages, int cores) {
    long byCount = ceilDiv(Math.max(0, messages), MESSAGES_PER_TASK);
    long perCore = (long) Math.max(1, cores) * TASKS_PER_CORE;
    return (int) Math.min(Integer.MAX_VALUE, Math.max(byCount, perCore));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
