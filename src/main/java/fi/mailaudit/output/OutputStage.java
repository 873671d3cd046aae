package fi.mailaudit.output;

import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.conversation.ThreadSummary;
import fi.mailaudit.metrics.UnitLevel;
import fi.mailaudit.metrics.UnitSummary;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import fi.mailaudit.rules.ThreadScores;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Writes the tables of one run into its staging folder: Parquet, ZSTD, Hive-style {@code quarter=}
 * partitions, several files per quarter for the big tables, rows sorted inside each file so that
 * re-runs give the same files.
 */
public final class OutputStage {
  private OutputStage() {}

  /** What was written: the counts the manifest reports from the output itself. */
  public record Written(long unique, long notFinnish, long rejects, long threads, long replies, long scored) {}

  public static Written write(
      SparkSession spark, String staging, JavaRDD<AuditedMessage> messages,
      JavaRDD<ThreadSummary> threads, JavaRDD<ThreadScores> scores, JavaRDD<ReadResult> read,
      JavaRDD<UnitSummary> units, List<String> quarters) {
    Dataset<Row> messageRows = inQuarters(
        spark.createDataFrame(messages.map(MessagesTable::toRow), MessagesTable.SCHEMA), quarters);
    Dataset<Row> threadRows = inQuarters(
        spark.createDataFrame(withRuleFlags(threads, scores), ThreadsTable.SCHEMA), quarters);
    Dataset<Row> replyRows = inQuarters(spark.createDataFrame(
        scores.flatMap(s -> s.replies().iterator()).map(RepliesTable::toRow), RepliesTable.SCHEMA), quarters);
    Dataset<Row> rejectRows =
        spark.createDataFrame(
            read.filter(r -> r instanceof Reject).map(r -> RejectsTable.toRow((Reject) r)),
            RejectsTable.SCHEMA);
    write(messageRows, staging, OutputTable.MESSAGES, Columns.SENT_AT, Columns.MESSAGE_KEY);
    write(threadRows, staging, OutputTable.THREADS, Columns.FIRST_CUSTOMER_MESSAGE_AT, Columns.THREAD_ID);
    write(replyRows, staging, OutputTable.REPLIES, Columns.SENT_AT, Columns.MESSAGE_KEY);
    write(rejectRows, staging, OutputTable.REJECTS, Columns.SOURCE_FILE, Columns.LOCATION);
    writeUnits(spark, staging, units, quarters);
    Dataset<Row> written = readBack(spark, staging, OutputTable.MESSAGES);
    long unique = written.count();
    long notFinnish = written.filter(NOT_FINNISH).count();
    long threadCount = readBack(spark, staging, OutputTable.THREADS).count();
    long rejects = readBack(spark, staging, OutputTable.REJECTS).count();
    Dataset<Row> replies = readBack(spark, staging, OutputTable.REPLIES);
    long replyCount = replies.count();
    long scored = replies.filter(functions.col(Columns.SCORED)).count();
    return new Written(unique, notFinnish, rejects, threadCount, replyCount, scored);
  }

  /** The three unit tables (SPEC §6), each sorted by its key so re-runs give the same files. */
  private static void writeUnits(
      SparkSession spark, String staging, JavaRDD<UnitSummary> units, List<String> quarters) {
    Dataset<Row> agents = inQuarters(spark.createDataFrame(units.filter(u -> u.key().level() == UnitLevel.AGENT)
        .map(AgentQuarterTable::toRow), AgentQuarterTable.SCHEMA), quarters);
    Dataset<Row> departments = inQuarters(spark.createDataFrame(
        units.filter(u -> u.key().level() == UnitLevel.DEPARTMENT).map(DepartmentQuarterTable::toRow),
        DepartmentQuarterTable.SCHEMA), quarters);
    Dataset<Row> companies = inQuarters(spark.createDataFrame(
        units.filter(u -> u.key().level() == UnitLevel.COMPANY).map(CompanyQuarterTable::toRow),
        CompanyQuarterTable.SCHEMA), quarters);
    write(agents, staging, OutputTable.AGENT_QUARTER, Columns.AGENT_EMAIL, Columns.DEPARTMENT, Columns.COMPANY);
    write(departments, staging, OutputTable.DEPARTMENT_QUARTER, Columns.COMPANY, Columns.DEPARTMENT);
    write(companies, staging, OutputTable.COMPANY_QUARTER, Columns.COMPANY);
  }

  /** Thread rows with their rule columns: a left join, since threads without text have no scores. */
  private static JavaRDD<Row> withRuleFlags(JavaRDD<ThreadSummary> threads, JavaRDD<ThreadScores> scores) {
    JavaPairRDD<String, Map<String, Object>> flags =
        scores.mapToPair(s -> new Tuple2<>(s.threadId(), s.threadFlags()));
    return threads.mapToPair(t -> new Tuple2<>(t.threadId(), t))
        .leftOuterJoin(flags)
        .values()
        // No scores: the rules stage saw no customer message in the thread (customer mail always
        // carries its text there), so the customer did not thank.
        .map(t -> ThreadsTable.toRow(t._1(), t._2().orElse(ThreadScores.NO_CUSTOMER_MESSAGE)));
  }

  /**
   * {@code counts.not_finnish} (SPEC §4 "other languages are counted and reported as not scored"):
   * the human mail between the company and its customers, the mail Finnish rules would read (agent
   * replies, and the customer messages whose register and questions they compare against), whose
   * language is not {@code fi}; {@code und} counts too ("OK", a bare link), since it is not scored
   * either. Internal mail, system senders and auto-replies are left out: they are never scored in
   * any language, so counting them would blur what the number warns about.
   */
  static final Column NOT_FINNISH =
      functions.col(Columns.SENDER_ROLE).isin("agent", "customer")
          .and(functions.col(Columns.DIRECTION).notEqual("internal"))
          .and(functions.not(functions.col(Columns.IS_AUTO_REPLY)))
          .and(functions.col(Columns.LANGUAGE).notEqual("fi"));

  private static Dataset<Row> inQuarters(Dataset<Row> rows, List<String> quarters) {
    return quarters.isEmpty() ? rows : rows.filter(functions.col(Columns.QUARTER).isin(quarters.toArray()));
  }

  private static Dataset<Row> readBack(SparkSession spark, String staging, OutputTable table) {
    return spark.read().schema(table.schema()).parquet(new Path(staging, table.dirName()).toString());
  }

  /**
   * One table's rows, hashed by quarter and the first sort column into the session's shuffle
   * partitions: a quarter is written by several tasks, a few files each, instead of one task
   * sorting a whole quarter (a 1 M-message run with a 2 GB heap ran out of memory there, issue
   * 7). The hash of the same values gives the same files on a re-run; each file is sorted.
   */
  private static void write(Dataset<Row> rows, String staging, OutputTable table, String... sortBy) {
    List<Column> order = new java.util.ArrayList<>();
    order.add(functions.col(Columns.QUARTER));
    java.util.Arrays.stream(sortBy).map(functions::col).forEach(order::add);
    rows.repartition(functions.col(Columns.QUARTER), functions.col(sortBy[0]))
        .sortWithinPartitions(order.toArray(Column[]::new))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .option("compression", "zstd")
        .partitionBy(Columns.QUARTER)
        .parquet(new Path(staging, table.dirName()).toString());
  }
}
