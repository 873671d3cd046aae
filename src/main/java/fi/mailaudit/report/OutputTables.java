package fi.mailaudit.report;

import fi.mailaudit.output.OutputDirectory;
import fi.mailaudit.output.OutputTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads an output's tables back, for {@code show} and {@code report}. */
final class OutputTables {
  private OutputTables() {}

  static Dataset<Row> read(SparkSession spark, OutputDirectory dir, OutputTable table) {
    // The declared schema, not inference: an empty table has no file to infer one from.
    return spark.read().schema(table.schema()).parquet(dir.tablePath(table));
  }
}
