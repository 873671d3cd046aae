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
   * The partitions the stages after parsing get: the input's bytes in tasks of {@code taskBytes},
   * at least one. Parsing packs small files at most {@code PARTITION_MAX_FILES} to a task, so
   * 100,000 EML files of 1.6 KB parse in 50 tasks; were the later stages to inherit those 50, every
   * one of them would build its rules, analysers and caches 50 times for 160 MB of mail (issue 7:
   * an EML corpus took twice the CPU of the same messages in one mbox).
   */
  static int partitions(long taskBytes, long totalBytes) {
    if (taskBytes <= 0) {
      throw new IllegalArgumentException("task bytes must be positive, got " + taskBytes);
    }
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, ceilDiv(Math.max(0, totalBytes), taskBytes)));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
