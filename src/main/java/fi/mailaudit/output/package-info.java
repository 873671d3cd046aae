/**
 * Stage 5, output: the tables BI tools read. Each table's schema is declared once
 * ({@link fi.mailaudit.output.MessagesTable}, {@link fi.mailaudit.output.ThreadsTable},
 * {@link fi.mailaudit.output.RejectsTable}, listed in {@link fi.mailaudit.output.OutputTable}) with
 * column names from {@link fi.mailaudit.output.Columns}; {@link fi.mailaudit.output.OutputStage}
 * writes them as ZSTD Parquet in quarter partitions into a staging folder and
 * {@link fi.mailaudit.output.OutputDirectory} commits them with the run's
 * {@link fi.mailaudit.output.Manifest}.
 */
package fi.mailaudit.output;
