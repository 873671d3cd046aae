package fi.mailaudit.output;

import fi.mailaudit.conversation.AuditedMessage;
import fi.mailaudit.parse.ReadResult;
import fi.mailaudit.parse.Reject;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Writes the tables of one run into its staging folder: Parquet, ZSTD, Hive-style {@code quarter=}
 * partitions, rows sorted inside each file so that re-runs give the same files.
 */
public final class OutputStage {
  private OutputStage() {}

  /** What was written: the counts the manifest reports from the output itself. */
  public record Written(long unique, long notFinnish, long rejects) {}

  public static Written write(
      SparkSession spark, String staging, JavaRDD<AuditedMessage> messages,
      JavaRDD<ReadResult> read, List<String> quarters) {
    Dataset<Row> messageRows =
        spark.createDataFrame(messages.map(MessagesTable::toRow), MessagesTable.SCHEMA);
    if (!quarters.isEmpty()) {
      messageRows = messageRows.filter(functions.col(Columns.QUARTER).isin(quarters.toArray()));
    }
    Dataset<Row> rejectRows =
        spark.createDataFrame(
            read.filter(r -> r instanceof Reject).map(r -> RejectsTable.toRow((Reject) r)),
            RejectsTable.SCHEMA);
    write(messageRows, staging, OutputTable.MESSAGES, Columns.SENT_AT, Columns.MESSAGE_KEY);
    write(rejectRows, staging, OutputTable.REJECTS, Columns.SOURCE_FILE, Columns.LOCATION);
    Dataset<Row> written = spark.read().schema(MessagesTable.SCHEMA).parquet(new Path(staging, OutputTable.MESSAGES.dirName()).toString());
    long unique = written.count();
    long notFinnish = written.filter(functions.col(Columns.LANGUAGE).isNotNull()
        .and(functions.col(Columns.LANGUAGE).notEqual("fi"))).count();
    long rejects = spark.read().schema(RejectsTable.SCHEMA).parquet(new Path(staging, OutputTable.REJECTS.dirName()).toString()).count();
    return new Written(unique, notFinnish, rejects);
  }

  private static void write(Dataset<Row> rows, String staging, OutputTable table, String... sortBy) {
    rows.repartition(functions.col(Columns.QUARTER))
        .sortWithinPartitions(java.util.Arrays.stream(sortBy).map(functions::col).toArray(org.apache.spark.sql.Column[]::new))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .option("compression", "zstd")
        .partitionBy(Columns.QUARTER)
        .parquet(new Path(staging, table.dirName()).toString());
  }
}
