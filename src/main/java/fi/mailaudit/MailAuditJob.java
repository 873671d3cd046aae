package fi.mailaudit;

import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.conversation.ConversationStage;
import fi.mailaudit.conversation.ThreadStage;
import fi.mailaudit.conversation.ThreadSummary;
import fi.mailaudit.ingest.InputDiscovery;
import fi.mailaudit.ingest.InputFile;
import fi.mailaudit.ingest.ReadTask;
import fi.mailaudit.ingest.TaskGrouper;
import fi.mailaudit.metrics.MetricsStage;
import fi.mailaudit.metrics.UnitSummary;
import fi.mailaudit.output.Manifest;
import fi.mailaudit.output.OutputDirectory;
import fi.mailaudit.output.OutputStage;
import fi.mailaudit.parse.ParseStage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.rules.RulesStage;
import fi.mailaudit.rules.ThreadScores;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The audit as a table of contents: ingest → parse → conversation → threads → rules → metrics →
 * output. Each stage is a
 * class of its own with a pure core; this class only passes their results along and tells the user
 * where the run is.
 */
public final class MailAuditJob {
  /**
   * Bytes of input one Spark partition reads at most ({@link PartitionSizing} lowers it for the
   * cores): big mbox ranges get their own, small files share.
   */
  private static final long PARTITION_BYTES = 64L * 1024 * 1024;
  private static final int PARTITION_MAX_FILES = 2000;

  /**
   * Every cache grows with the archive (messages with their text, one summary per thread, one
   * scored row per reply), so all go straight to local disk, Kryo-serialized: a memory cache must
   * unroll partitions on the heap first, and a 1 M message run with a 2 GB heap ran out of memory
   * doing that; serialized thread and reply caches held in storage memory left too little heap for
   * the Parquet writers' sort (issue 7: a 10 GB mbox with a 2 GB executor). Re-reading them from
   * the page cache costs about what a serialized memory cache does.
   */
  private static final StorageLevel ARCHIVE_SIZED = StorageLevel.DISK_ONLY();

  private final AuditOptions options;
  private final Progress progress;

  public MailAuditJob(AuditOptions options, PrintStream console) {
    this.options = options;
    this.progress = new Progress(console);
  }

  public RunSummary run() throws IOException {
    Instant started = Instant.now();
    String runId = started.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
    RunContext context = RunContext.create(options, progress);
    SparkSession spark = SparkSessions.create("mailaudit", options.master());
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      context.attach(jsc);
      TaskProgress sparkProgress = new TaskProgress();
      spark.sparkContext().addSparkListener(sparkProgress);
      progress.attach(sparkProgress);

      stage(jsc, "ingest", "discover the inputs");
      // Inputs before the output folder: a missing input must leave no empty output folder behind.
      List<InputFile> inputs = new InputDiscovery(jsc.hadoopConfiguration()).discover(options.inputs(), options.output());
      OutputDirectory output = OutputDirectory.prepare(options.output(), jsc.hadoopConfiguration());
      long inputBytes = inputs.stream().mapToLong(InputFile::sizeBytes).sum();
      List<ReadTask> tasks = context.planner(inputBytes).plan(inputs);
      long taskBytes = PartitionSizing.taskBytes(PARTITION_BYTES, inputBytes, jsc.defaultParallelism());
      List<List<ReadTask>> groups = TaskGrouper.group(tasks, taskBytes, PARTITION_MAX_FILES);
      progress.info(inputs.size() + " files, " + tasks.size() + " read tasks in " + groups.size() + " partitions");

      ReadMeter meter = ReadMeter.register(jsc);
      sparkProgress.watch(meter);
      stage(jsc, "parse", "read and parse every mail item",
          groups.stream().mapToLong(g -> g.stream().mapToLong(ReadTask::weightBytes).sum()).toArray(),
          sparkProgress::itemsRead);
      JavaRDD<ReadResult> read = ParseStage.read(jsc, groups, context.readerSettings())
          .map(meter::count)
          .persist(ARCHIVE_SIZED);
      ReadCounts counts = ReadCounts.of(read);
      long parsed = counts.parsed();
      progress.info(counts.parsed() + " parsed, " + counts.rejected() + " rejected");

      stage(jsc, "conversation", "roles, pseudonyms, duplicates", null, () -> parsed);
      int messagePartitions = PartitionSizing.partitions(parsed, jsc.defaultParallelism());
      JavaRDD<AuditedMessage> messages = ConversationStage.uniqueMessages(
          read, context.auditorSettings(), messagePartitions).persist(ARCHIVE_SIZED);

      stage(jsc, "threads", "conversations, first response times, unanswered", null, () -> parsed);
      JavaRDD<AuditedMessage> threaded =
          ThreadStage.assignThreads(messages, context.threadSettings()).persist(ARCHIVE_SIZED);
      JavaRDD<ThreadSummary> threads =
          ThreadStage.summarize(threaded, context.threadSettings()).persist(ARCHIVE_SIZED);

      stage(jsc, "rules", "Finnish rules on agent replies and threads", null, () -> parsed);
      JavaRDD<ThreadScores> scores =
          RulesStage.score(threaded, context.rulesSettings()).persist(ARCHIVE_SIZED);

      stage(jsc, "metrics", "agent, department and company cards per quarter", null, () -> parsed);
      JavaRDD<UnitSummary> units = MetricsStage.units(scores, threads, threaded, options.cardRules());

      stage(jsc, "output", "write the tables as Parquet", null, () -> parsed);
      String staging = output.staging(runId);
      OutputStage.Written written =
          OutputStage.write(spark, staging, threaded, threads, scores, read, units, options.quarters());
      progress.info(written.unique() + " messages, " + written.threads() + " threads, "
          + written.replies() + " agent replies (" + written.scored() + " scored), "
          + written.rejects() + " rejects written");
      List<String> quarters = output.stagedQuarters(staging);
      Manifest manifest = ManifestBuilder.build(
          runId, started, Instant.now(), options, context, inputs, counts, written, quarters);
      output.commit(staging, runId, manifest);
      progress.info("committed quarters " + String.join(", ", quarters));
      read.unpersist();
      messages.unpersist();
      threaded.unpersist();
      threads.unpersist();
      scores.unpersist();
      return new RunSummary(output.root(), manifest, Instant.now().toEpochMilli() - started.toEpochMilli());
    } finally {
      progress.close();
      spark.stop();
    }
  }

  /**
   * Tells the person at the terminal and the Spark UI (job description "stage: what", which the
   * benchmark's stage timer reads) which stage the run is in.
   */
  private void stage(JavaSparkContext jsc, String name, String what) {
    stage(jsc, name, what, null, () -> 0);
  }

  /** As above, with what the stage's progress line weighs and counts (see {@link Progress#stage}). */
  private void stage(JavaSparkContext jsc, String name, String what, long[] partitionBytes, LongSupplier messages) {
    progress.stage(name, what, partitionBytes, messages);
    jsc.setJobDescription(name + ": " + what);
  }
}
